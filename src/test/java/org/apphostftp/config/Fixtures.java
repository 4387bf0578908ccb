package org.apphostftp.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Copies a sample config from test resources into a folder and creates the folders its physicalPaths name. */
public final class Fixtures {

    private static final Pattern PHYSICAL_PATH = Pattern.compile("physicalPath=\"([^\"%]+)\"");

    private Fixtures() {
    }

    /** The fixture's text. */
    public static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the fixture as {@code dir/applicationHost.config}, creates its folders, returns the file. */
    public static Path install(String name, Path dir) {
        return installText(text(name), dir);
    }

    /** Writes {@code text} as {@code dir/applicationHost.config}, creates its folders, returns the file. */
    public static Path installText(String text, Path dir) {
        try {
            Matcher m = PHYSICAL_PATH.matcher(text);
            while (m.find()) { // before the file: a running server may read it at once
                Files.createDirectories(dir.resolve(m.group(1).replace('\\', '/')));
            }
            Path file = dir.resolve("applicationHost.config");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A loader that sees no environment variables but {@code env}. */
    public static ConfigLoader loader(Map<String, String> env) {
        return new ConfigLoader(org.apphostftp.config.schema.ConfigSchema.standard(), env);
    }

    public static ConfigLoader loader() {
        return loader(Map.of());
    }
}
