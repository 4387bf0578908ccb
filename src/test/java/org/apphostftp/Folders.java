package org.apphostftp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What tests look for in a served folder while an upload is written beside its target under a hidden name. */
public final class Folders {

    private Folders() {
    }

    /** The size of the largest file in {@code folder} (an upload in progress is one of them), 0 when there is none. */
    public static long largestFile(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.mapToLong(f -> f.toFile().length()).max().orElse(0);
        }
    }

    /** How many entries {@code folder} holds (an unfinished upload's hidden file included). */
    public static long count(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.count();
        }
    }

    /** How many uploads are being written beside their targets in {@code folder}. */
    public static long uploadsInProgress(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith(".apphost-ftp~upload-")).count();
        }
    }
}
