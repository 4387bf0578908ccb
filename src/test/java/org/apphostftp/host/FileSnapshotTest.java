package org.apphostftp.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A snapshot tells a whole configuration file from one still being written, by how it ends. */
class FileSnapshotTest {

    @TempDir
    Path dir;

    private FileSnapshot snapshotOf(String text) throws IOException {
        return FileSnapshot.of(Files.writeString(dir.resolve("applicationHost.config"), text, StandardCharsets.UTF_8));
    }

    @Test
    void aFileEndingWithTheEndTagOrACommentIsWhole() throws IOException {
        assertThat(snapshotOf("<configuration></configuration>").complete()).isTrue();
        assertThat(snapshotOf("<configuration>\n</configuration >\r\n\n  ").complete()).isTrue();
        assertThat(snapshotOf("<configuration/>\n<!-- written by hand -->\n").complete()).isTrue();
    }

    @Test
    void aFileCutOffAnywhereElseIsNotWhole() throws IOException {
        assertThat(snapshotOf("").complete()).isFalse();
        assertThat(snapshotOf("<configuration><system.ftpServer").complete()).isFalse();
        assertThat(snapshotOf("<configuration><sites></sites>").complete()).isFalse();
        assertThat(snapshotOf("<configuration></configur").complete()).isFalse();
    }

    @Test
    void aUtf16FileIsJudgedAsItsText() throws IOException {
        Path file = dir.resolve("utf16.config");
        Files.write(file, "\uFEFF<configuration>\n</configuration>\n".getBytes(StandardCharsets.UTF_16LE));
        assertThat(FileSnapshot.of(file).complete()).isTrue();
        Files.write(file, "\uFEFF<configuration>\n<sites>".getBytes(StandardCharsets.UTF_16BE));
        assertThat(FileSnapshot.of(file).complete()).isFalse();
    }

    /** The end is found however the content falls into reads: a file much larger than one read buffer. */
    @Test
    void aLargeFileIsJudgedByItsLastBytes() throws IOException {
        String body = "<configuration>" + "<!-- filler -->".repeat(20_000);
        assertThat(snapshotOf(body + "</configuration>\n").complete()).isTrue();
        assertThat(snapshotOf(body + "<sites>").complete()).isFalse();
    }

    @Test
    void aMissingFileNeedsNoWait() {
        FileSnapshot missing = FileSnapshot.of(dir.resolve("administration.config"));
        assertThat(missing.exists()).isFalse();
        assertThat(missing.complete()).isTrue();
    }
}
