package org.apphostftp.config;

import java.util.List;
import java.util.stream.Collectors;
import org.apphostftp.config.location.Problem;

/** A configuration that cannot be used; the message lists every error as {@code FILE:LINE:COL: message}. */
public class ConfigurationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public ConfigurationException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
