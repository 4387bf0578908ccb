/**
 * The server's meters (Micrometer): sessions, connections, logins, bytes, commands, transfers, Terminates,
 * denyByFailure blocks, reloads and site state, published as Prometheus text at {@code /metrics} and over JMX.
 */
package org.apphostftp.metrics;
