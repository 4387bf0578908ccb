package org.apphostftp.config.location;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A configuration that cannot be used ({@code FtpHost.start} on a file with errors); the message lists every error as
 * {@code FILE:LINE:COL: message}, and {@link #problems()} gives them one by one.
 */
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
