package org.apphostftp.configapi;

import java.util.List;
import java.util.stream.Collectors;
import org.apphostftp.config.location.Problem;

/**
 * A configuration file that breaks the loader's rules: the file a {@link ServerManager} was opened on, or the text a
 * commit would have written (then nothing was written). Each problem names the file, line and column.
 */
public final class ConfigurationValidationException extends ConfigurationApiException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /**
     * @param file    the file as the user named it
     * @param summary the first line of the message, before the problems
     */
    public ConfigurationValidationException(String file, String summary, List<Problem> problems) {
        super(file, summary + ":\n" + problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** The errors, in file order. */
    public List<Problem> getProblems() {
        return problems;
    }
}
