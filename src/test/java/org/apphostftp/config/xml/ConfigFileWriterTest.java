package org.apphostftp.config.xml;

import static org.apphostftp.config.xml.TestDocuments.at;
import static org.apphostftp.config.xml.TestDocuments.fixture;
import static org.apphostftp.config.xml.TestDocuments.replaceOnce;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileWriterTest {

    private static final String NAME = "conf/applicationHost.config";
    private static final String CONFLICT = NAME + " changed on disk since it was read; reload and apply your change again";

    @TempDir
    Path dir;

    private final SafeXmlReader reader = new SafeXmlReader();

    private Path file(byte[] bytes) throws IOException {
        return Files.write(dir.resolve("applicationHost.config"), bytes);
    }

    private XmlDocument read(Path file) throws Exception {
        return reader.read(file, NAME);
    }

    private static Edit banner(XmlDocument doc, String value) {
        return new Edit.SetAttribute(at(doc.root(), "system.applicationHost", "sites", "site[name=Contoso FTP]", "ftpServer",
                "messages"), "bannerMessage", value);
    }

    private List<Path> folderContents() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    @Test
    void commitReplacesTheFileWithTheEditedTextAndReturnsItAsRead() throws Exception {
        String before = fixture("iis-real-world.config");
        Path file = file(before.getBytes(StandardCharsets.UTF_8));
        XmlDocument doc = read(file);

        XmlDocument saved = new ConfigFileWriter().commit(doc, List.of(banner(doc, "Welcome")));

        String expected = replaceOnce(before, "bannerMessage=\"Contoso\"", "bannerMessage=\"Welcome\"");
        assertThat(Files.readAllBytes(file)).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
        assertThat(saved.text()).isEqualTo(expected);
        assertThat(saved.sha256()).isEqualTo(read(file).sha256()).isNotEqualTo(doc.sha256());
        assertThat(folderContents()).containsExactly(file);
    }

    @Test
    void byteOrderMarkAndCrlfLineEndingsAreKept() throws Exception {
        String before = fixture("iis-real-world.config").replace("\n", "\r\n");
        Path file = file(withUtf8Bom(before));
        XmlDocument doc = read(file);
        XmlElement authorization = at(doc.root(), "system.ftpServer", "security", "authorization");

        new ConfigFileWriter().commit(doc, List.of(new Edit.AddElement(authorization, "add",
                List.of(TestDocuments.attr("accessType", "Allow"), TestDocuments.attr("users", "*")), List.of(), null)));

        String expected = replaceOnce(before, "            <authorization />\r\n", "            <authorization>\r\n"
                + "                <add accessType=\"Allow\" users=\"*\" />\r\n            </authorization>\r\n");
        assertThat(Files.readAllBytes(file)).isEqualTo(withUtf8Bom(expected));
    }

    private static byte[] withUtf8Bom(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.write(text.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void utf16FileStaysUtf16WithItsByteOrderMark() throws Exception {
        String before = "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?>\r\n<configuration a=\"1\" />\r\n";
        Path file = file(before.getBytes(StandardCharsets.UTF_16LE));
        XmlDocument doc = read(file);

        new ConfigFileWriter().commit(doc, List.of(new Edit.SetAttribute(doc.root(), "a", "Grüße")));

        assertThat(Files.readAllBytes(file)).isEqualTo(before.replace("a=\"1\"", "a=\"Grüße\"").getBytes(StandardCharsets.UTF_16LE));
    }

    @Test
    void nonAsciiUtf8TextIsWrittenAsUtf8() throws Exception {
        String before = "<configuration>\n  <!-- Straße, 日本 -->\n  <a v=\"x\" />\n</configuration>\n";
        Path file = file(before.getBytes(StandardCharsets.UTF_8));
        XmlDocument doc = read(file);

        new ConfigFileWriter().commit(doc, List.of(new Edit.SetAttribute(doc.root().children().get(0), "v", "Grüße 👋")));

        assertThat(Files.readAllBytes(file)).isEqualTo(before.replace("v=\"x\"", "v=\"Grüße 👋\"").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void fileKeepsItsPermissions() throws Exception {
        Path file = file(fixture("iis-real-world.config").getBytes(StandardCharsets.UTF_8));
        assumeThat(Files.getFileAttributeView(file, PosixFileAttributeView.class)).isNotNull();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        XmlDocument doc = read(file);

        new ConfigFileWriter().commit(doc, List.of(banner(doc, "Welcome")));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
    }

    @Test
    void symbolicLinkToTheFileStaysALink() throws Exception {
        Path real = Files.createDirectory(dir.resolve("real")).resolve("applicationHost.config");
        Files.writeString(real, fixture("iis-real-world.config"));
        Path link = Files.createSymbolicLink(dir.resolve("applicationHost.config"), real);
        XmlDocument doc = read(link);

        new ConfigFileWriter().commit(doc, List.of(banner(doc, "Welcome")));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).contains("bannerMessage=\"Welcome\"");
    }

    @Test
    void fileChangedOnDiskSinceItWasReadIsAConflictAndKeepsTheOtherChange() throws Exception {
        Path file = file(fixture("iis-real-world.config").getBytes(StandardCharsets.UTF_8));
        XmlDocument doc = read(file);
        String theirs = fixture("iis-real-world.config").replace("Contoso\"", "Theirs\"");
        Files.writeString(file, theirs);

        assertThatThrownBy(() -> new ConfigFileWriter().commit(doc, List.of(banner(doc, "Mine"))))
                .isInstanceOf(ConfigFileConflictException.class).hasMessage(CONFLICT);

        assertThat(Files.readString(file)).isEqualTo(theirs);
        assertThat(folderContents()).containsExactly(file);
    }

    @Test
    void changeSavedWhileTheNewFileIsBeingWrittenIsAConflict() throws Exception {
        Path file = file(fixture("iis-real-world.config").getBytes(StandardCharsets.UTF_8));
        XmlDocument doc = read(file);
        String theirs = fixture("iis-real-world.config").replace("Contoso\"", "Theirs\"");
        ConfigFileWriter writer = new ConfigFileWriter(reader, temp -> Files.writeString(file, theirs));

        assertThatThrownBy(() -> writer.commit(doc, List.of(banner(doc, "Mine"))))
                .isInstanceOf(ConfigFileConflictException.class).hasMessage(CONFLICT)
                .satisfies(e -> assertThat(((ConfigFileConflictException) e).file()).isEqualTo(NAME));

        assertThat(Files.readString(file)).isEqualTo(theirs);
        assertThat(folderContents()).containsExactly(file);
    }

    @Test
    void removedFileIsAConflict() throws Exception {
        Path file = file(fixture("iis-real-world.config").getBytes(StandardCharsets.UTF_8));
        XmlDocument doc = read(file);
        Files.delete(file);

        assertThatThrownBy(() -> new ConfigFileWriter().commit(doc, List.of(banner(doc, "Mine"))))
                .isInstanceOf(ConfigFileConflictException.class)
                .hasMessage(NAME + " was removed since it was read; reload and apply your change again");
        assertThat(folderContents()).isEmpty();
    }

    @Test
    void failureWhileWritingLeavesTheFileAndNoTemporaryFile() throws Exception {
        byte[] original = fixture("iis-real-world.config").getBytes(StandardCharsets.UTF_8);
        Path file = file(original);
        XmlDocument doc = read(file);
        ConfigFileWriter writer = new ConfigFileWriter(reader, temp -> {
            assertThat(temp.getFileName().toString()).startsWith(".applicationHost.config.").endsWith(".tmp");
            throw new IOException("No space left on device");
        });

        assertThatThrownBy(() -> writer.commit(doc, List.of(banner(doc, "Mine"))))
                .isInstanceOf(IOException.class).hasMessage("No space left on device");

        assertThat(Files.readAllBytes(file)).isEqualTo(original);
        assertThat(folderContents()).containsExactly(file);
    }

    @Test
    void nextCommitStartsFromTheReturnedDocument() throws Exception {
        Path file = file(fixture("iis-real-world.config").getBytes(StandardCharsets.UTF_8));
        XmlDocument first = read(file);
        ConfigFileWriter writer = new ConfigFileWriter();

        XmlDocument second = writer.commit(first, List.of(banner(first, "One")));
        writer.commit(second, List.of(banner(second, "Two")));

        assertThat(Files.readString(file)).contains("bannerMessage=\"Two\"");
        assertThatThrownBy(() -> writer.commit(first, List.of(banner(first, "Stale"))))
                .isInstanceOf(ConfigFileConflictException.class);
    }

    @Test
    void textThatIsNotWellFormedIsRefusedBeforeAnythingIsWritten() throws Exception {
        byte[] original = fixture("iis-real-world.config").getBytes(StandardCharsets.UTF_8);
        Path file = file(original);
        XmlDocument doc = read(file);

        assertThatThrownBy(() -> new ConfigFileWriter().write(doc, "<configuration>"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("the new text of " + NAME + " is not well-formed");

        assertThat(Files.readAllBytes(file)).isEqualTo(original);
        assertThat(folderContents()).containsExactly(file);
    }

    @Test
    void unchangedTextWritesNothing() throws Exception {
        Path file = file(fixture("iis-real-world.config").getBytes(StandardCharsets.UTF_8));
        XmlDocument doc = read(file);
        ConfigFileWriter writer = new ConfigFileWriter(reader, temp -> {
            throw new AssertionError("nothing should be written");
        });

        assertThat(writer.commit(doc, List.of(new Edit.RemoveAttribute(doc.root(), "absent")))).isSameAs(doc);
    }
}
