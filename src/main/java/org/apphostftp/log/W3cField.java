package org.apphostftp.log;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apphostftp.config.effective.LogField;

/**
 * The W3C fields of an IIS FTP log, in the order IIS writes them. Real IIS 8.5/10 logs show the default set as
 * {@code date time c-ip cs-username s-ip s-port cs-method cs-uri-stem sc-status sc-win32-status sc-substatus
 * x-session x-fullpath} and {@code ... sc-substatus sc-bytes cs-bytes time-taken x-session x-fullpath}; the
 * others sit where IIS Manager's field list puts them.
 */
enum W3cField {
    DATE(LogField.DATE, "date"),
    TIME(LogField.TIME, "time"),
    CLIENT_IP(LogField.CLIENT_IP, "c-ip"),
    CLIENT_PORT(LogField.CLIENT_PORT, "c-port"),
    USER_NAME(LogField.USER_NAME, "cs-username"),
    SITE_NAME(LogField.SITE_NAME, "s-sitename"),
    COMPUTER_NAME(LogField.COMPUTER_NAME, "s-computername"),
    HOST(LogField.HOST, "cs-host"),
    SERVER_IP(LogField.SERVER_IP, "s-ip"),
    SERVER_PORT(LogField.SERVER_PORT, "s-port"),
    METHOD(LogField.METHOD, "cs-method"),
    URI_STEM(LogField.URI_STEM, "cs-uri-stem"),
    FTP_STATUS(LogField.FTP_STATUS, "sc-status"),
    WIN32_STATUS(LogField.WIN32_STATUS, "sc-win32-status"),
    FTP_SUB_STATUS(LogField.FTP_SUB_STATUS, "sc-substatus"),
    BYTES_SENT(LogField.BYTES_SENT, "sc-bytes"),
    BYTES_RECV(LogField.BYTES_RECV, "cs-bytes"),
    TIME_TAKEN(LogField.TIME_TAKEN, "time-taken"),
    SESSION(LogField.SESSION, "x-session"),
    FULL_PATH(LogField.FULL_PATH, "x-fullpath"),
    INFO(LogField.INFO, "x-debug");

    private final LogField flag;
    private final String w3cName;

    W3cField(LogField flag, String w3cName) {
        this.flag = flag;
        this.w3cName = w3cName;
    }

    String w3cName() {
        return w3cName;
    }

    /** The fields the flags select, in IIS's order whatever the order of the flags. */
    static List<W3cField> selectedBy(Set<LogField> flags) {
        List<W3cField> selected = new ArrayList<>();
        for (W3cField f : values()) {
            if (flags.contains(f.flag)) {
                selected.add(f);
            }
        }
        return List.copyOf(selected);
    }
}
