package org.apphostftp.site.command;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apphostftp.config.effective.FtpSiteSettings;
import org.apphostftp.config.effective.Permission;
import org.apphostftp.config.effective.ShowFlag;
import org.apphostftp.fs.SiteFile;

/**
 * One line of a directory listing in the site's directoryBrowse style: MS-DOS as IIS writes it by default
 * ({@code 02-15-19  07:26PM       <DIR>          pub}), or UNIX with StyleUnix; LongDate shows four-digit years,
 * UseGmtTime shows UTC instead of the server's local time.
 */
final class ListingFormat {

    private static final DateTimeFormatter DOS_SHORT = DateTimeFormatter.ofPattern("MM-dd-yy  hh:mma", Locale.ROOT);
    private static final DateTimeFormatter DOS_LONG = DateTimeFormatter.ofPattern("MM-dd-yyyy  hh:mma", Locale.ROOT);
    private static final DateTimeFormatter UNIX_RECENT = DateTimeFormatter.ofPattern("MMM dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter UNIX_OLD = DateTimeFormatter.ofPattern("MMM dd  yyyy", Locale.ROOT);
    private static final long SIX_MONTHS_SECONDS = 183L * 24 * 3600;

    private final boolean unix;
    private final boolean longDate;
    private final ZoneId zone;
    private final Instant now = Instant.now();

    ListingFormat(FtpSiteSettings.DirectoryBrowse browse) {
        this.unix = browse.has(ShowFlag.STYLE_UNIX);
        this.longDate = browse.has(ShowFlag.LONG_DATE);
        this.zone = browse.has(ShowFlag.USE_GMT_TIME) ? ZoneOffset.UTC : ZoneId.systemDefault();
    }

    String line(SiteFile file) {
        return (unix ? unix(file) : dos(file)) + "\r\n";
    }

    private String dos(SiteFile file) {
        Instant modified = Instant.ofEpochMilli(file.getLastModified());
        String date = (longDate ? DOS_LONG : DOS_SHORT).format(modified.atZone(zone));
        StringBuilder line = new StringBuilder(64).append(date).append(' ');
        if (file.isDirectory()) {
            line.append("       <DIR>         ");
        } else {
            padded(line, file.getSize(), 20);
        }
        return line.append(' ').append(file.getName()).toString();
    }

    private String unix(SiteFile file) {
        StringBuilder mode = new StringBuilder(file.isDirectory() ? "d" : "-");
        String rights = (file.permissions().contains(Permission.READ) ? "r" : "-")
                + (file.permissions().contains(Permission.WRITE) ? "w" : "-")
                + (file.isDirectory() ? "x" : "-");
        mode.append(rights).append(rights).append(rights);
        Instant modified = Instant.ofEpochMilli(file.getLastModified());
        boolean recent = Math.abs(now.getEpochSecond() - modified.getEpochSecond()) < SIX_MONTHS_SECONDS;
        String date = (recent && !longDate ? UNIX_RECENT : UNIX_OLD).format(modified.atZone(zone));
        mode.append(" 1 owner group ");
        padded(mode, file.isDirectory() ? 0 : file.getSize(), 15);
        return mode.append(' ').append(date).append(' ').append(file.getName()).toString();
    }

    /** {@code value} right-aligned in {@code width} columns (String.format costs more than the rest of a LIST line). */
    private static void padded(StringBuilder out, long value, int width) {
        String digits = Long.toString(value);
        for (int i = digits.length(); i < width; i++) {
            out.append(' ');
        }
        out.append(digits);
    }
}
