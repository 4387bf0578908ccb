/**
 * IIS-style W3C logging for FTP sites: {@link org.apphostftp.log.FtpLogEvent} is one line,
 * {@link org.apphostftp.log.W3cLogService} queues lines from session threads and writes every site's files
 * ({@code <directory>/FTPSVC<siteId>/u_exYYMMDD.log}, or one {@code FTPSVC} folder in central mode) on one
 * background thread, from the effective {@code logFile} and {@code system.ftpServer/log} settings.
 */
package org.apphostftp.log;
