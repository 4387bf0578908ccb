package org.apphostftp.config.location;

import java.util.Comparator;

/**
 * One error or warning found in a configuration, printed as {@code FILE:LINE:COL: message} or
 * {@code FILE:LINE:COL: warning: message}.
 */
public record Problem(Severity severity, Location location, String message) {

    public enum Severity { ERROR, WARNING }

    /** File, then line, then column: the order an editor shows them in. */
    public static final Comparator<Problem> BY_LOCATION = Comparator
            .comparing((Problem p) -> p.location().file())
            .thenComparingInt(p -> p.location().line())
            .thenComparingInt(p -> p.location().column());

    public static Problem error(Location location, String message) {
        return new Problem(Severity.ERROR, location, message);
    }

    public static Problem warning(Location location, String message) {
        return new Problem(Severity.WARNING, location, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return location + ": " + (isError() ? "" : "warning: ") + message;
    }
}
