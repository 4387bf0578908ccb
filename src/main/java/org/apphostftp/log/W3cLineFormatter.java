package org.apphostftp.log;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apphostftp.config.effective.LogField;

/** Turns events into W3C lines for one set of logExtFileFlags, and writes the header that names those fields. */
final class W3cLineFormatter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter HEADER_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final List<W3cField> fields;
    private final Supplier<String> computerName;

    W3cLineFormatter(Set<LogField> flags, Supplier<String> computerName) {
        this.fields = W3cField.selectedBy(flags);
        this.computerName = computerName;
    }

    /** The directives at the top of every file (and again when the fields change), each ending in a newline. */
    String header(Instant now) {
        return "#Software: apphost-ftp " + Software.version() + "\n"
                + "#Version: 1.0\n"
                + "#Date: " + HEADER_DATE.format(LocalDateTime.ofInstant(now, ZoneOffset.UTC)) + "\n"
                + fieldsDirective() + "\n";
    }

    String fieldsDirective() {
        StringBuilder b = new StringBuilder("#Fields:");
        for (W3cField f : fields) {
            b.append(' ').append(f.w3cName());
        }
        return b.toString();
    }

    /** One entry line, newline included. Date and time are UTC whatever localTimeRollover says, as in IIS. */
    String format(FtpLogEvent e) {
        LocalDateTime utc = LocalDateTime.ofInstant(e.time(), ZoneOffset.UTC);
        StringBuilder b = new StringBuilder(160);
        for (W3cField f : fields) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(value(f, e, utc));
        }
        return b.append('\n').toString();
    }

    private String value(W3cField field, FtpLogEvent e, LocalDateTime utc) {
        return switch (field) {
            case DATE -> DATE.format(utc);
            case TIME -> TIME.format(utc);
            case CLIENT_IP -> W3cText.token(e.clientIp());
            case CLIENT_PORT -> W3cText.positive(e.clientPort());
            case USER_NAME -> W3cText.token(e.userName());
            case SITE_NAME -> "FTPSVC" + e.siteId();
            case COMPUTER_NAME -> W3cText.token(computerName.get());
            case HOST -> W3cText.token(e.host());
            case SERVER_IP -> W3cText.token(e.serverIp());
            case SERVER_PORT -> W3cText.positive(e.serverPort());
            case METHOD -> W3cText.token(e.method());
            case URI_STEM -> W3cText.token(e.uriStem());
            case FTP_STATUS -> W3cText.positive(e.ftpStatus());
            case WIN32_STATUS -> Long.toString(e.win32Status());
            case FTP_SUB_STATUS -> Integer.toString(e.ftpSubStatus());
            case BYTES_SENT -> Long.toString(e.bytesSent());
            case BYTES_RECV -> Long.toString(e.bytesReceived());
            case TIME_TAKEN -> Long.toString(e.timeTakenMillis());
            case SESSION -> W3cText.token(e.sessionId());
            case FULL_PATH -> W3cText.token(e.fullPath());
            case INFO -> W3cText.token(e.info());
        };
    }
}
