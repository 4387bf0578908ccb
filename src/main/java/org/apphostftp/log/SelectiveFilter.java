package org.apphostftp.log;

import java.util.Locale;
import java.util.Set;
import org.apphostftp.config.effective.SelectiveLogging;

/**
 * logFile/@selectiveLogging. IIS documents LogInfrastructure as the flag for "low-level data channel activity",
 * naming DataChannelOpened, DataChannelClosed, PORT/EPRT and PASV/EPSV; we count the control channel events and
 * those four verbs as infrastructure and log them only with that flag. Every other line is an error when its FTP
 * status is 4xx or 5xx (LogError) and successful otherwise (LogSuccessful).
 */
final class SelectiveFilter {

    private static final Set<String> INFRASTRUCTURE_VERBS = Set.of("PORT", "EPRT", "PASV", "EPSV");

    private SelectiveFilter() {
    }

    static boolean accepts(Set<SelectiveLogging> flags, FtpLogEvent e) {
        if (isInfrastructure(e)) {
            return flags.contains(SelectiveLogging.LOG_INFRASTRUCTURE);
        }
        return flags.contains(isError(e) ? SelectiveLogging.LOG_ERROR : SelectiveLogging.LOG_SUCCESSFUL);
    }

    static boolean isInfrastructure(FtpLogEvent e) {
        return e.isChannelEvent() || INFRASTRUCTURE_VERBS.contains(e.method().toUpperCase(Locale.ROOT));
    }

    static boolean isError(FtpLogEvent e) {
        return e.ftpStatus() >= 400;
    }
}
