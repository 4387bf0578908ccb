/**
 * The HTTP admin endpoint of {@code system.ftpServer/management} (SPEC section 6):
 * {@link org.apphostftp.admin.AdminEndpoint} is the transport (the JDK's HTTP or HTTPS server, the bearer token of the
 * token file), {@link org.apphostftp.admin.AdminApi} turns each request into config API calls (filters through
 * {@code Configuration.select}, JSON and XML through {@code ConfigurationRenderer}, Terminate/Start/Stop through
 * {@code getMethods()}), so the endpoint and the Java config API share one implementation. Resources: {@code /api/sites},
 * {@code /api/sessions}, {@code /api/config}, {@code /api/status}; errors are {@code {"error", "path"}} with the status.
 */
package org.apphostftp.admin;
