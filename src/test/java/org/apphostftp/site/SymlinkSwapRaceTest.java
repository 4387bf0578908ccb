package org.apphostftp.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPFile;
import org.apphostftp.FtpClients;
import org.apphostftp.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A local process swaps a name inside the served tree between a real file or folder and a symlink to the outside, as
 * fast as it can, while a client downloads, lists or uploads through that name: the client must never see or write
 * outside content, whatever moment the swap hits.
 */
class SymlinkSwapRaceTest {

    private static final long RACE_NANOS = 1_500_000_000L;

    @TempDir
    Path dir;

    private TestServer server;
    private FTPClient client;
    private Swapper swapper;

    @BeforeEach
    void start() throws IOException {
        server = TestServer.start(dir, SiteConfigs.site(""));
        server.file("outside/secret.txt", "SECRET");
        server.file("root/placeholder.txt", "x");
        client = FtpClients.login(server.port(), "anonymous", "a@b");
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (swapper != null) {
            swapper.stop();
        }
        FtpClients.close(client);
        server.close();
    }

    @Test
    void aDownloadNeverReturnsTheTargetOfASwappedInLink() throws Exception {
        server.file("root/victim.txt", "inside");
        swapper = Swapper.start(dir.resolve("root/victim.txt"), dir.resolve("outside/secret.txt"));
        int inside = 0;
        for (long end = System.nanoTime() + RACE_NANOS; System.nanoTime() < end; ) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (client.retrieveFile("victim.txt", out)) {
                assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("inside");
                inside++;
            }
        }
        swapper.stop();
        assertThat(swapper.swaps()).isPositive();
        assertThat(inside).isPositive(); // the real file was served between swaps
    }

    @Test
    void aListingNeverShowsTheFolderOfASwappedInLink() throws Exception {
        server.file("root/folder/inside-entry.txt", "inside");
        swapper = Swapper.start(dir.resolve("root/folder"), dir.resolve("outside"));
        int listed = 0;
        for (long end = System.nanoTime() + RACE_NANOS; System.nanoTime() < end; ) {
            FTPFile[] files = client.listFiles("folder");
            for (FTPFile f : files) {
                assertThat(f.getName()).isNotEqualTo("secret.txt");
            }
            String[] names = client.listNames("folder");
            if (names != null) {
                assertThat(names).noneMatch(n -> n.contains("secret"));
            }
            assertThat(client.getSize("folder/secret.txt")).isNull();
            listed += files.length;
        }
        swapper.stop();
        assertThat(swapper.swaps()).isPositive();
        assertThat(listed).isPositive();
    }

    @Test
    void anUploadNeverWritesThroughASwappedInLink() throws Exception {
        Files.createDirectories(dir.resolve("root/drop"));
        Path outsideDrop = Files.createDirectories(dir.resolve("outside-drop"));
        swapper = Swapper.start(dir.resolve("root/drop"), outsideDrop);
        server.file("root/target.txt", "inside");
        Swapper fileSwapper = Swapper.start(dir.resolve("root/target.txt"), dir.resolve("outside/secret.txt"));
        int stored = 0;
        try {
            for (long end = System.nanoTime() + RACE_NANOS; System.nanoTime() < end; ) {
                if (FtpClients.store(client, "drop/planted.txt", "planted")) {
                    stored++;
                }
                FtpClients.store(client, "target.txt", "replaced");
                client.makeDirectory("drop/made");
                client.deleteFile("drop/planted.txt");
                client.removeDirectory("drop/made");
                try (var outside = Files.list(outsideDrop)) {
                    assertThat(outside).isEmpty();
                }
            }
        } finally {
            fileSwapper.stop();
        }
        swapper.stop();
        assertThat(swapper.swaps()).isPositive();
        assertThat(stored).isPositive();
        assertThat(dir.resolve("outside/secret.txt")).hasContent("SECRET");
    }

    /**
     * Swaps {@code name} between what it is and a symlink to {@code outside}, with renames in a loop (Java has no
     * renameat2 RENAME_EXCHANGE): the name is the real thing, missing for a moment, or the link.
     */
    private static final class Swapper implements Runnable {
        private final Path name;
        private final Path outside;
        private final Path parked;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicInteger swaps = new AtomicInteger();
        private final Thread thread = new Thread(this, "symlink-swapper");

        private Swapper(Path name, Path outside) {
            this.name = name;
            this.outside = outside;
            this.parked = name.resolveSibling("parked");
        }

        static Swapper start(Path name, Path outside) {
            Swapper s = new Swapper(name, outside);
            s.thread.setDaemon(true);
            s.thread.start();
            return s;
        }

        @Override
        public void run() {
            while (running.get()) {
                try {
                    if (Files.isDirectory(name, LinkOption.NOFOLLOW_LINKS)) {
                        swapFolder();
                    } else {
                        swapFile();
                    }
                    swaps.incrementAndGet();
                } catch (IOException e) {
                    restore();
                }
            }
            restore();
        }

        /** A file is replaced by the link and back by renames over it: the name never goes missing. */
        private void swapFile() throws IOException {
            Path link = name.resolveSibling("next-link");
            Files.deleteIfExists(link);
            Files.createSymbolicLink(link, outside);
            Files.move(link, name, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Path real = name.resolveSibling("next-real");
            Files.writeString(real, "inside");
            Files.move(real, name, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }

        /** A folder cannot be renamed over: it is parked, the link put in its place, then the folder put back. */
        private void swapFolder() throws IOException {
            Files.move(name, parked, StandardCopyOption.ATOMIC_MOVE);
            Files.createSymbolicLink(name, outside);
            Thread.onSpinWait();
            Files.delete(name);
            Files.move(parked, name, StandardCopyOption.ATOMIC_MOVE);
        }

        private void restore() {
            try {
                if (Files.exists(parked, LinkOption.NOFOLLOW_LINKS)) {
                    if (Files.isSymbolicLink(name)) {
                        Files.delete(name);
                    }
                    Files.move(parked, name, StandardCopyOption.ATOMIC_MOVE);
                }
            } catch (IOException e) {
                // next round
            }
        }

        int swaps() {
            return swaps.get();
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join(5_000);
        }
    }
}
