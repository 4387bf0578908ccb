package org.apphostftp.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.apphostftp.RawFtp;
import org.apphostftp.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The exact text of LIST lines in each directoryBrowse style (sizes right-aligned, as IIS and ls align them). */
class ListingLinesTest {

    private static final Instant MODIFIED = Instant.parse("2019-02-15T19:26:00Z");

    @TempDir
    Path dir;

    private TestServer server;

    @AfterEach
    void stop() {
        server.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "UseGmtTime                       | 02-15-19  07:26PM        <DIR>          pub | 02-15-19  07:26PM              1234567 readme.txt",
        "LongDate, UseGmtTime             | 02-15-2019  07:26PM        <DIR>          pub | 02-15-2019  07:26PM              1234567 readme.txt",
        "StyleUnix, UseGmtTime            | drwxrwxrwx 1 owner group               0 Feb 15  2019 pub | -rw-rw-rw- 1 owner group         1234567 Feb 15  2019 readme.txt"})
    void linesFollowTheStyle(String showFlags, String folderLine, String fileLine) throws Exception {
        server = TestServer.start(dir, "<configuration><system.applicationHost><sites>"
                + "<site name=\"S\" id=\"1\"><bindings><binding protocol=\"ftp\" bindingInformation=\"127.0.0.1:2121:\" /></bindings>"
                + "<application path=\"/\"><virtualDirectory path=\"/\" physicalPath=\"root\" /></application>"
                + "<ftpServer><security><ssl controlChannelPolicy=\"SslAllow\" dataChannelPolicy=\"SslAllow\" />"
                + "<authentication><anonymousAuthentication enabled=\"true\" /></authentication></security>"
                + "<directoryBrowse showFlags=\"" + showFlags + "\" /></ftpServer></site>"
                + "</sites></system.applicationHost>"
                + "<location path=\"S\"><system.ftpServer><security><authorization>"
                + "<add accessType=\"Allow\" users=\"*\" permissions=\"Read, Write\" /></authorization></security></system.ftpServer></location>"
                + "</configuration>");
        Path file = server.file("root/readme.txt", "x".repeat(1234567));
        Files.createDirectories(dir.resolve("root/pub"));
        Files.setLastModifiedTime(file, FileTime.from(MODIFIED));
        Files.setLastModifiedTime(dir.resolve("root/pub"), FileTime.from(MODIFIED));
        try (RawFtp ftp = new RawFtp(server.port())) {
            ftp.code();
            ftp.command("USER anonymous");
            ftp.command("PASS a@b");
            Socket data = ftp.pasv();
            ftp.send("LIST");
            assertThat(ftp.code()).isEqualTo(150);
            String listing = new String(ftp.readAll(data), StandardCharsets.UTF_8);
            assertThat(ftp.code()).isEqualTo(226);
            assertThat(listing).isEqualTo(folderLine + "\r\n" + fileLine + "\r\n");
        }
    }
}
