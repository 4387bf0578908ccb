package org.apphostftp.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apphostftp.config.schema.InvalidValueException;

/**
 * Expands {@code %NAME%} from the environment and turns IIS paths into paths on this machine: backslashes read as
 * '/', relative paths resolve against the folder of the config file. The one place that does either.
 */
public final class PathExpander {

    private static final Pattern VARIABLE = Pattern.compile("%([A-Za-z_][A-Za-z0-9_.()-]*)%");

    private final Map<String, String> environment;
    private final Path baseDirectory;

    public PathExpander(Map<String, String> environment, Path baseDirectory) {
        this.environment = Map.copyOf(environment);
        this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
    }

    /** {@code raw} with every %NAME% replaced; an unset variable is an error that names it. */
    public String expand(String raw) {
        Matcher m = VARIABLE.matcher(raw);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = lookup(m.group(1));
            if (value == null) {
                throw new InvalidValueException("names the unset environment variable %" + m.group(1) + "%");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The absolute, normalised path that {@code raw} names. */
    public Path path(String raw) {
        String expanded = expand(raw).replace('\\', '/');
        return baseDirectory.resolve(expanded).normalize();
    }

    private String lookup(String name) {
        String value = environment.get(name);
        if (value != null) {
            return value;
        }
        for (Map.Entry<String, String> e : environment.entrySet()) { // IIS variable names ignore case
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }
}
