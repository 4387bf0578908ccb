package org.apphostftp.configapi;

import java.util.List;
import java.util.stream.Collectors;
import org.apphostftp.config.Problem;

/**
 * A commit that would leave an invalid configuration file: the proposed text broke a rule the loader checks.
 * Nothing was written. Each problem names the line and column in the proposed text.
 */
public final class ConfigurationValidationException extends ConfigurationApiException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public ConfigurationValidationException(String file, List<Problem> problems) {
        super(file, "the changes were not saved; they would make " + file + " invalid:\n"
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** The errors, in file order. */
    public List<Problem> getProblems() {
        return problems;
    }
}
