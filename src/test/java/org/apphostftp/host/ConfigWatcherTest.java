package org.apphostftp.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher calls back once per settled save, with the final content, whatever way an editor saves. */
class ConfigWatcherTest {

    private static final Duration QUIET = Duration.ofMillis(150);
    /** The host's own quiet period ({@code FtpHost}): short, because a file that looks cut off is waited for. */
    private static final Duration SHORT_QUIET = Duration.ofMillis(50);
    private static final Duration SETTLED = Duration.ofSeconds(3);

    @TempDir
    Path dir;

    private Path config;
    private Path admin;
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private ConfigWatcher watcher;

    @BeforeEach
    void files() throws IOException {
        config = Files.writeString(dir.resolve("applicationHost.config"), "<configuration>v1</configuration>");
        admin = dir.resolve("administration.config");
    }

    @AfterEach
    void stop() {
        if (watcher != null) {
            watcher.close();
        }
    }

    private void watch() {
        watch(QUIET);
    }

    private void watch(Duration quiet) {
        watcher = new ConfigWatcher(List.of(config, admin), quiet, Duration.ofSeconds(1), this::record);
        watcher.start();
    }

    /** The callback notes what the files hold when it runs (what a reload would read). */
    private void record() {
        if (!Files.isRegularFile(config)) {
            seen.add("unreadable: not a regular file");
            return;
        }
        try {
            String main = Files.readString(config);
            seen.add(Files.exists(admin) ? main + "+" + Files.readString(admin) : main);
        } catch (IOException e) {
            seen.add("unreadable: " + e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aTemporaryFileRenamedOverTheConfigurationIsOneChange() throws IOException {
        watch();
        Path temp = Files.writeString(dir.resolve(".applicationHost.config.swp"), "<configuration>v2</configuration>");

        Files.move(temp, config, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

        await().atMost(SETTLED).until(() -> !seen.isEmpty());
        assertThat(seen).containsExactly("<configuration>v2</configuration>");
    }

    @Test
    void truncateThenWriteIsSeenOnlyWithItsFinalContent() throws IOException {
        watch();
        try (FileChannel channel = FileChannel.open(config, StandardOpenOption.WRITE)) {
            channel.truncate(0);
            channel.force(true); // the empty file really is on disk for a moment
            channel.write(StandardCharsets.UTF_8.encode("<configuration>v2</configuration>"));
        }

        await().atMost(SETTLED).until(() -> !seen.isEmpty());
        assertThat(seen).containsExactly("<configuration>v2</configuration>");
    }

    @Test
    void aBurstOfWritesGivesOneCallbackWithTheLastContent() {
        watch();
        for (int i = 2; i <= 20; i++) {
            write(config, "<configuration>v" + i + "</configuration>");
        }

        await().atMost(SETTLED).until(() -> !seen.isEmpty());
        assertThat(seen).containsExactly("<configuration>v20</configuration>");
    }

    @Test
    void touchingAFileWithoutChangingItIsNotAChange() throws IOException {
        FileSnapshot before = FileSnapshot.of(config);

        Files.setLastModifiedTime(config, java.nio.file.attribute.FileTime.fromMillis(0));

        assertThat(FileSnapshot.of(config)).isEqualTo(before);
        write(config, "<configuration>v2</configuration>");
        assertThat(FileSnapshot.of(config)).isNotEqualTo(before);
    }

    @Test
    void administrationConfigCreatedBesideTheFileIsAChange() {
        watch();

        write(admin, "<configuration>users</configuration>");

        await().atMost(SETTLED).until(() -> !seen.isEmpty());
        assertThat(seen).containsExactly("<configuration>v1</configuration>+<configuration>users</configuration>");
    }

    @Test
    void withoutFileEventsThePollStillSeesTheChange() {
        watcher = ConfigWatcher.pollingOnly(List.of(config, admin), QUIET, Duration.ofMillis(200), this::record);
        watcher.start();

        write(config, "<configuration>v2</configuration>");

        await().atMost(SETTLED).until(() -> !seen.isEmpty());
        assertThat(seen).containsExactly("<configuration>v2</configuration>");
    }

    @Test
    void eachSettledChangeCallsBackAgain() {
        watch();
        write(config, "<configuration>v2</configuration>");
        await().atMost(SETTLED).until(() -> seen.size() == 1);

        write(config, "<configuration>v3</configuration>");

        await().atMost(SETTLED).until(() -> seen.size() == 2);
        assertThat(seen).containsExactly("<configuration>v2</configuration>", "<configuration>v3</configuration>");
    }

    @Test
    void aCallbackThatRunsOutOfMemoryDoesNotStopTheWatcher() {
        watcher = new ConfigWatcher(List.of(config, admin), QUIET, Duration.ofSeconds(1), () -> {
            record();
            if (seen.size() == 1) { // what a reload reading /dev/zero whole once did to the watcher thread
                throw new OutOfMemoryError("Java heap space");
            }
        });
        watcher.start();
        write(config, "<configuration>v2</configuration>");
        await().atMost(SETTLED).until(() -> seen.size() == 1);

        write(config, "<configuration>v3</configuration>");

        await().atMost(SETTLED).until(() -> seen.size() == 2);
        assertThat(seen).containsExactly("<configuration>v2</configuration>", "<configuration>v3</configuration>");
        assertThat(watcher.isRunning()).isTrue();
    }

    @Test
    void aConfigurationReplacedByALinkToADeviceIsSeenWithoutReadingTheDevice() throws IOException {
        watch();
        Path link = dir.resolve(".link.tmp");
        Files.createSymbolicLink(link, Path.of("/dev/zero"));

        Files.move(link, config, StandardCopyOption.REPLACE_EXISTING);

        await().atMost(SETTLED).until(() -> !seen.isEmpty());
        assertThat(seen.get(0)).startsWith("unreadable");
        assertThat(watcher.isRunning()).isTrue();
    }

    /** Hostile: a writer that stops half-way for many quiet periods; the callback sees only the whole file. */
    @Test
    void aSlowWriterPausingHalfWayIsSeenOnlyOnceTheFileIsWhole() throws IOException {
        watch(SHORT_QUIET);
        try (FileChannel channel = FileChannel.open(config, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(StandardCharsets.UTF_8.encode("<configuration>v2, the first half"));
            channel.force(true);
            await().during(SHORT_QUIET.multipliedBy(8)).atMost(SETTLED).until(seen::isEmpty);

            channel.write(StandardCharsets.UTF_8.encode(" and the second</configuration>\n"));
        }

        await().atMost(SETTLED).until(() -> !seen.isEmpty());
        assertThat(seen).containsExactly("<configuration>v2, the first half and the second</configuration>\n");
    }

    /** A save in several writes, the last one a comment after the end tag: one callback with all of it. */
    @Test
    void aSaveInSeveralWritesEndingWithACommentIsOneChange() throws IOException {
        watch(SHORT_QUIET);
        try (FileChannel channel = FileChannel.open(config, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            for (String part : List.of("<?xml version=\"1.0\"?>\n", "<configuration>", "v2", "</configuration>", "\n<!-- saved -->\n")) {
                channel.write(StandardCharsets.UTF_8.encode(part));
            }
        }

        await().atMost(SETTLED).until(() -> !seen.isEmpty());
        assertThat(seen).containsExactly("<?xml version=\"1.0\"?>\n<configuration>v2</configuration>\n<!-- saved -->\n");
    }

    /** A file left cut off for good is still handed on, after the longest wait, so that its error gets reported. */
    @Test
    void aFileLeftCutOffIsStillHandedOnAfterTheLongestWait() {
        watch(SHORT_QUIET);

        write(config, "<configuration><system.ftpServer");

        await().atMost(SETTLED.multipliedBy(2)).until(() -> !seen.isEmpty());
        assertThat(seen).containsExactly("<configuration><system.ftpServer");
    }

    /** Hostile: two editors renaming their saves over the file at once; the last callback sees what the file holds. */
    @Test
    void twoEditorsSavingAtOnceEndWithACallbackOfTheFinalContent() throws Exception {
        watch(SHORT_QUIET);
        List<Thread> editors = new java.util.ArrayList<>();
        for (String editor : List.of("a", "b")) {
            editors.add(new Thread(() -> {
                for (int i = 0; i < 20; i++) {
                    try {
                        Path temp = Files.writeString(dir.resolve("." + editor + i + ".tmp"), "<configuration>" + editor + i + "</configuration>");
                        Files.move(temp, config, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }));
        }
        editors.forEach(Thread::start);
        for (Thread t : editors) {
            t.join(SETTLED.toMillis());
        }
        String last = Files.readString(config);

        await().atMost(SETTLED).until(() -> !seen.isEmpty() && seen.get(seen.size() - 1).equals(last));
        assertThat(seen).allMatch(s -> s.matches("<configuration>[ab]\\d+</configuration>"));
    }

    @Test
    void closeStopsTheThread() {
        watch();
        assertThat(watcher.isRunning()).isTrue();

        watcher.close();

        assertThat(watcher.isRunning()).isFalse();
    }
}
