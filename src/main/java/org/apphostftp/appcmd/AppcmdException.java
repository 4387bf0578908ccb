package org.apphostftp.appcmd;

import java.util.List;
import org.apphostftp.config.location.Problem;

/** A command appcmd refuses: printed as {@code ERROR ( message:... )}, then any FILE:LINE:COL lines; exit code 1. */
public final class AppcmdException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public AppcmdException(String message) {
        this(message, List.of());
    }

    public AppcmdException(String message, List<Problem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    /** The problems of a configuration the change would have made invalid (empty otherwise). */
    public List<Problem> problems() {
        return problems;
    }
}
