/**
 * The audit trail: one line per administrative action (Terminate, site Start/Stop, commits, user changes, reloads)
 * saying when, what, on which target, with which result, and who asked from where.
 */
package org.apphostftp.audit;
