package org.apphostftp.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPFile;
import org.apphostftp.ExternalClients;
import org.apphostftp.FtpClients;
import org.apphostftp.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default (conf/) as a new user meets it: with Commons Net, curl, lftp and Python's ftplib. */
class EmbeddedDefaultSiteTest {

    @TempDir
    Path dir;

    private TestServer server;
    private int port;

    @BeforeEach
    void startTheEmbeddedDefault() throws IOException {
        copyTree(Path.of("conf/ftproot"), dir.resolve("ftproot"));
        Files.copy(Path.of("conf/administration.config"), dir.resolve("administration.config"));
        server = TestServer.start(dir, Files.readString(Path.of("conf/applicationHost.config")));
        port = server.port(2121);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void anonymousListsAndDownloadsTheSampleTree() throws IOException {
        FTPClient c = FtpClients.login(port, "anonymous", "guest@example.com");
        try {
            assertThat(Stream.of(c.listFiles("/")).map(FTPFile::getName)).containsExactlyInAnyOrder("README.txt", "pub", "upload");
            assertThat(FtpClients.retrieve(c, "/pub/hello.txt")).isEqualTo("Hello from apphost-ftp!\n");
        } finally {
            FtpClients.close(c);
        }
    }

    @Test
    void demoUploadsIntoUpload() throws IOException {
        FTPClient c = FtpClients.login(port, "demo", "demo");
        try {
            assertThat(FtpClients.store(c, "/upload/report.txt", "quarterly")).as(c.getReplyString()).isTrue();
        } finally {
            FtpClients.close(c);
        }
        assertThat(dir.resolve("ftproot/upload/report.txt")).hasContent("quarterly");
    }

    @Test
    void demoCannotWriteOutsideUpload() throws IOException {
        FTPClient c = FtpClients.login(port, "demo", "demo");
        try {
            assertThat(FtpClients.store(c, "/pub/report.txt", "x")).isFalse();
            assertThat(c.getReplyCode()).isEqualTo(550);
        } finally {
            FtpClients.close(c);
        }
        assertThat(dir.resolve("ftproot/pub/report.txt")).doesNotExist();
    }

    @Test
    void anonymousUploadIsRefusedWith550() throws IOException {
        FTPClient c = FtpClients.login(port, "anonymous", "guest@example.com");
        try {
            assertThat(FtpClients.store(c, "/upload/x.txt", "x")).isFalse();
            assertThat(c.getReplyCode()).isEqualTo(550);
        } finally {
            FtpClients.close(c);
        }
        assertThat(dir.resolve("ftproot/upload/x.txt")).doesNotExist();
    }

    @Test
    void wrongPasswordGets530() throws IOException {
        FTPClient c = FtpClients.connect(port);
        try {
            assertThat(c.login("demo", "wrong")).isFalse();
            assertThat(c.getReplyCode()).isEqualTo(530);
            assertThat(c.getReplyString()).contains("User cannot log in.");
        } finally {
            FtpClients.close(c);
        }
    }

    @Test
    void curlListsTheTreeAndDownloads() {
        var list = ExternalClients.curl(dir, "ftp://127.0.0.1:" + port + "/");
        var file = ExternalClients.curl(dir, "ftp://127.0.0.1:" + port + "/pub/hello.txt");

        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).contains("README.txt").contains("pub").contains("upload");
        assertThat(file.out()).isEqualTo("Hello from apphost-ftp!\n");
    }

    @Test
    void curlUploadsAsDemo() throws IOException {
        Path local = Files.writeString(dir.resolve("local.txt"), "from curl");

        var put = ExternalClients.curl(dir, "-u", "demo:demo", "-T", local.toString(), "ftp://127.0.0.1:" + port + "/upload/");

        assertThat(put.exitCode()).as(put.err()).isZero();
        assertThat(dir.resolve("ftproot/upload/local.txt")).hasContent("from curl");
    }

    @Test
    void lftpMirrorsAndUploads() throws IOException {
        Path local = Files.writeString(dir.resolve("lftp.txt"), "from lftp");

        var result = ExternalClients.lftp(dir, "-u demo,demo ftp://127.0.0.1:" + port,
                "put " + local + " -o /upload/lftp.txt; cls -1 /upload; get /pub/hello.txt -o " + dir.resolve("got.txt"));

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("lftp.txt");
        assertThat(dir.resolve("ftproot/upload/lftp.txt")).hasContent("from lftp");
        assertThat(dir.resolve("got.txt")).hasContent("Hello from apphost-ftp!\n");
    }

    @Test
    void pythonFtplibLogsInListsAndRetrieves() {
        var result = ExternalClients.python(dir, "f = ftplib.FTP()\n"
                + "f.connect('127.0.0.1', " + port + ")\n"
                + "f.login()\n"
                + "print(sorted(f.nlst()))\n"
                + "f.retrbinary('RETR pub/hello.txt', lambda b: sys.stdout.write(b.decode()))\n"
                + "f.quit()\n");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("['README.txt', 'pub', 'upload']").contains("Hello from apphost-ftp!");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
