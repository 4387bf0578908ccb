package org.apphostftp.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apphostftp.config.location.Problem;
import org.apphostftp.config.xml.SafeXmlReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that once cost the loader its memory or a stack trace: each is now a located error. */
class HostileConfigTest {

    @TempDir
    Path dir;

    private static String config(String vdirs, String rest) {
        return "<?xml version=\"1.0\"?>\n<configuration>\n<system.applicationHost>\n<sites>\n"
                + "<site name=\"S\" id=\"1\">\n<bindings><binding protocol=\"ftp\" bindingInformation=\"127.0.0.1:2121:\" /></bindings>\n"
                + "<application path=\"/\">" + vdirs + "</application>\n"
                + "<ftpServer><security><ssl controlChannelPolicy=\"SslAllow\" dataChannelPolicy=\"SslAllow\" />"
                + "<authentication><anonymousAuthentication enabled=\"true\" /></authentication></security></ftpServer>\n</site>\n"
                + "</sites>\n</system.applicationHost>\n" + rest + "</configuration>\n";
    }

    private static final String ROOT = "<virtualDirectory path=\"/\" physicalPath=\"root\" />";

    private LoadResult load(String text) {
        return Fixtures.loader(Map.of()).load(Fixtures.installText(text, dir), "test.config");
    }

    @Test
    void aTokenFileThatIsADeviceIsALocatedErrorNotAnOutOfMemoryError() {
        LoadResult result = load(config(ROOT, "<system.ftpServer><management tokenFile=\"/dev/zero\" /></system.ftpServer>\n"));

        assertThat(result.errors()).singleElement().satisfies(p -> {
            assertThat(p.location().line()).isEqualTo(12);
            assertThat(p.location().column()).isPositive();
            assertThat(p.message()).isEqualTo("system.ftpServer/management: tokenFile '/dev/zero' is not a regular file");
        });
    }

    @Test
    void aTokenFileLargerThanATokenIsALocatedError() throws IOException {
        Files.write(dir.resolve("big.token"), new byte[SmallRegularFile.TOKEN_FILE_BYTES + 1]);

        LoadResult result = load(config(ROOT, "<system.ftpServer><management tokenFile=\"big.token\" /></system.ftpServer>\n"));

        assertThat(result.errors()).extracting(Problem::message).singleElement().asString()
                .contains("tokenFile 'big.token' is 4097 bytes, more than the 4096 accepted");
    }

    @Test
    void aConfigurationThatIsADeviceIsRefusedBeforeItIsRead() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("applicationHost.config"), Path.of("/dev/zero"));

        LoadResult result = Fixtures.loader().load(link, "zero.config");

        assertThat(result.errors()).extracting(Problem::toString).containsExactly("zero.config: is not a regular file");
    }

    /** The file of issue 11: valid XML, 31 MB, 7.9 million empty elements. The tree is never built in memory. */
    @Test
    void millionsOfEmptyElementsAreALocatedErrorNotAnOutOfMemoryError() throws IOException {
        Path file = dir.resolve("applicationHost.config");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("<configuration>\n".getBytes(StandardCharsets.US_ASCII));
            byte[] line = "<a/>".repeat(100).concat("\n").getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 79_000; i++) {
                out.write(line);
            }
            out.write("</configuration>\n".getBytes(StandardCharsets.US_ASCII));
        }
        assertThat(Files.size(file)).isGreaterThan(31_000_000L).isLessThan(SafeXmlReader.MAX_FILE_BYTES);

        LoadResult result = Fixtures.loader().load(file, "huge.config");

        assertThat(result.errors()).singleElement().satisfies(p -> {
            assertThat(p.location().file()).isEqualTo("huge.config");
            assertThat(p.location().line()).isBetween(2, 79_001);
            assertThat(p.message()).contains("Maximum Element Count").contains(String.valueOf(SafeXmlReader.MAX_ELEMENTS));
        });
    }

    @Test
    void aVirtualDirectoryPathWithoutItsSlashIsALocatedError() {
        LoadResult result = load(config("<virtualDirectory path=\"x\" physicalPath=\"root\" />", ""));

        assertThat(result.errors()).extracting(Problem::toString).contains(
                "test.config:7:41: site 'S': application '/'/virtualDirectory 'x': attribute 'path' must start with '/', got 'x'");
    }

    @Test
    void anApplicationPathWithoutItsSlashIsALocatedError() {
        String text = config(ROOT, "").replace("<application path=\"/\">", "<application path=\"app\">");

        LoadResult result = load(text);

        assertThat(result.errors()).extracting(Problem::message)
                .contains("site 'S': application 'app': attribute 'path' must start with '/', got 'app'");
        assertThat(result.errors()).allSatisfy(p -> assertThat(p.location().line()).isPositive());
    }
}
