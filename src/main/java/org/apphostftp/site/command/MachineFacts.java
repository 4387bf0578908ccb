package org.apphostftp.site.command;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.ftpserver.impl.FtpIoSession;
import org.apphostftp.config.effective.Permission;
import org.apphostftp.fs.SiteFile;

/**
 * RFC 3659 facts for MLST and MLSD: the facts FEAT announces as default (Size, Modify, Type, Perm), or those chosen
 * with OPTS MLST. Perm says what this user may do here (r, a d f w for files; e l, c f m p for folders).
 */
final class MachineFacts {

    static final String[] DEFAULT = {"Size", "Modify", "Type", "Perm"};
    private static final String SELECTED = "MLST.types"; // where MINA's OPTS MLST keeps the choice
    private static final DateTimeFormatter MODIFY = DateTimeFormatter.ofPattern("yyyyMMddHHmmss.SSS", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final String[] selected;

    private MachineFacts(String[] selected) {
        this.selected = selected;
    }

    static MachineFacts of(FtpIoSession session) {
        Object chosen = session.getAttribute(SELECTED);
        return new MachineFacts(chosen instanceof String[] types ? types : DEFAULT);
    }

    /** "Size=12;Modify=20261126010203.000;Type=file;Perm=r;" */
    String facts(SiteFile file) {
        StringBuilder out = new StringBuilder(64);
        boolean directory = file.isDirectory();
        for (String fact : selected) {
            switch (fact.toLowerCase(Locale.ROOT)) {
                case "size" -> {
                    if (!directory) {
                        out.append("Size=").append(file.getSize()).append(';');
                    }
                }
                case "modify" -> out.append("Modify=").append(MODIFY.format(Instant.ofEpochMilli(file.getLastModified()))).append(';');
                case "type" -> out.append("Type=").append(directory ? "dir" : "file").append(';');
                case "perm" -> {
                    out.append("Perm=");
                    if (file.permissions().contains(Permission.READ)) {
                        out.append(directory ? "el" : "r");
                    }
                    if (file.permissions().contains(Permission.WRITE)) {
                        out.append(directory ? "cfmp" : "adfw");
                    }
                    out.append(';');
                }
                default -> { }
            }
        }
        return out.toString();
    }
}
