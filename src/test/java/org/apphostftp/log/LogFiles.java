package org.apphostftp.log;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reading what the log service wrote. */
final class LogFiles {

    private LogFiles() {
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entry lines, directives left out. */
    static List<String> entries(Path file) {
        return lines(file).stream().filter(l -> !l.startsWith("#")).toList();
    }

    /** The directive lines. */
    static List<String> directives(Path file) {
        return lines(file).stream().filter(l -> l.startsWith("#")).toList();
    }

    /** The names of the files in a folder, sorted. */
    static List<String> names(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last space-separated token of each line: the x-fullpath or cs-uri-stem the tests put last. */
    static List<String> lastTokens(List<String> entries) {
        return entries.stream().map(l -> l.substring(l.lastIndexOf(' ') + 1)).toList();
    }
}
