package org.apphostftp.site;

import java.util.Locale;
import org.apphostftp.config.effective.FtpSiteSettings;
import org.apphostftp.session.LiveSession;

/**
 * The site's messages (banner, greeting, exit, max clients) with IIS's variables when expandVariables is on:
 * %UserName%, %SessionID%, %SiteName%, %BytesSent%, %BytesReceived% (names in any case), %% for '%'; an unknown
 * %Token% is dropped, as IIS does.
 */
public final class MessageText {

    private MessageText() {
    }

    public static String expand(String text, FtpSiteSettings.Messages messages, LiveSession session) {
        if (!messages.expandVariables() || text.indexOf('%') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = c == '%' ? text.indexOf('%', i + 1) : -1;
            if (close < 0) {
                out.append(c);
                i++;
                continue;
            }
            String name = text.substring(i + 1, close);
            if (name.isEmpty()) {
                out.append('%');
            } else {
                out.append(value(name, session));
            }
            i = close + 1;
        }
        return out.toString();
    }

    private static String value(String name, LiveSession s) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "username" -> s.userName();
            case "sessionid" -> s.sessionId();
            case "sitename" -> s.siteName();
            case "bytessent" -> Long.toString(s.bytesSent());
            case "bytesreceived" -> Long.toString(s.bytesReceived());
            default -> "";
        };
    }
}
