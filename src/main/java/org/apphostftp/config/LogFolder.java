package org.apphostftp.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.apphostftp.config.schema.InvalidValueException;

/**
 * Where a W3C log goes ({@code logFile/@directory}, {@code centralLogFile/@directory}). Logging is not worth refusing a
 * file for: IIS's own default folder, which IIS Manager writes as soon as logging is touched, means our default folder
 * here; any other folder that names an unset variable turns that log off. Both say so in a warning.
 *
 * @param path    the folder, or empty when the log cannot be written anywhere
 * @param warning what the administrator should know, or empty when the folder is used as written
 */
record LogFolder(Optional<Path> path, Optional<String> warning) {

    /** IIS's default log folder, compared without regard to case or slash direction. */
    static final String IIS_DEFAULT = "%SystemDrive%\\inetpub\\logs\\LogFiles";

    /** Our default (the schema default of logFile/@directory), relative to the config folder. */
    static final String DEFAULT = "logs";

    static LogFolder resolve(String raw, PathExpander paths) {
        try {
            return new LogFolder(Optional.of(paths.path(raw)), Optional.empty());
        } catch (InvalidValueException e) {
            if (isIisDefault(raw)) {
                Path ours = paths.path(DEFAULT);
                return new LogFolder(Optional.of(ours), Optional.of("directory '" + raw + "' is IIS's default log folder, "
                        + "which has no meaning here; the log goes to our default folder " + ours));
            }
            return new LogFolder(Optional.empty(), Optional.of("directory '" + raw + "' " + e.getMessage()
                    + "; this log is not written"));
        }
    }

    static boolean isIisDefault(String raw) {
        String normal = raw.trim().replace('/', '\\').toLowerCase(Locale.ROOT);
        while (normal.endsWith("\\")) {
            normal = normal.substring(0, normal.length() - 1);
        }
        return normal.equals(IIS_DEFAULT.toLowerCase(Locale.ROOT));
    }
}
