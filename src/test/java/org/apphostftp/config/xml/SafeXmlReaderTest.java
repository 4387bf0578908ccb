package org.apphostftp.config.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeXmlReaderTest {

    @TempDir
    Path dir;

    private final SafeXmlReader reader = new SafeXmlReader();

    private XmlDocument parse(String text) throws XmlSyntaxException {
        return reader.parse(dir.resolve("a.config"), "a.config", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void externalEntityIsRefusedWithoutReadingTheFile() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE configuration [<!ENTITY x SYSTEM \"file://" + secret + "\">]>\n"
                + "<configuration><a b=\"&x;\"/></configuration>";

        assertThatThrownBy(() -> parse(xxe))
                .isInstanceOf(XmlSyntaxException.class)
                .hasMessageContaining("DOCTYPE declarations are not allowed")
                .satisfies(e -> assertThat(((XmlSyntaxException) e).location().line()).isEqualTo(2))
                .hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void entityExpansionBombIsRefused() {
        StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i < 10; i++) {
            bomb.append("<!ENTITY lol").append(i).append(" \"");
            bomb.append(("&lol" + (i - 1 == 0 ? "" : String.valueOf(i - 1)) + ";").repeat(10)).append("\">");
        }
        bomb.append("]>\n<configuration a=\"&lol9;\"/>");

        assertThatThrownBy(() -> parse(bomb.toString())).isInstanceOf(XmlSyntaxException.class)
                .hasMessageContaining("DOCTYPE declarations are not allowed");
    }

    @Test
    void undeclaredEntityIsAnErrorWithItsLocation() {
        assertThatThrownBy(() -> parse("<configuration>\n  <a b=\"&unknown;\"/>\n</configuration>"))
                .isInstanceOf(XmlSyntaxException.class)
                .satisfies(e -> assertThat(((XmlSyntaxException) e).location().line()).isEqualTo(2));
    }

    @Test
    void malformedXmlNamesLineAndColumn() {
        assertThatThrownBy(() -> parse("<configuration>\n  <sites>\n  </site>\n</configuration>"))
                .isInstanceOf(XmlSyntaxException.class)
                .hasMessageStartingWith("malformed XML: ")
                .satisfies(e -> {
                    XmlSyntaxException x = (XmlSyntaxException) e;
                    assertThat(x.location().file()).isEqualTo("a.config");
                    assertThat(x.location().line()).isEqualTo(3);
                    assertThat(x.location().column()).isGreaterThan(1);
                });
    }

    @Test
    void oversizedInputIsRefusedBeforeParsing() {
        byte[] big = new byte[(int) SafeXmlReader.MAX_FILE_BYTES + 1];

        assertThatThrownBy(() -> reader.parse(dir.resolve("big"), "big", big))
                .isInstanceOf(XmlSyntaxException.class).hasMessageContaining("largest accepted");
    }

    @Test
    void deeplyNestedInputIsRefused() {
        String deep = "<configuration>" + "<a>".repeat(500) + "</a>".repeat(500) + "</configuration>";

        assertThatThrownBy(() -> parse(deep)).isInstanceOf(XmlSyntaxException.class);
    }

    @Test
    void elementsAndAttributesKnowWhereTheyAreWritten() throws Exception {
        String text = "<?xml version=\"1.0\"?>\n<configuration>\n  <x  a = 'one'\tb=\"t&amp;o\"/>\n  <y></y>\n</configuration>\n";

        XmlDocument doc = parse(text);

        XmlElement x = doc.root().children().get(0);
        assertThat(x.location().line()).isEqualTo(3);
        assertThat(x.location().column()).isEqualTo(3);
        assertThat(x.selfClosing()).isTrue();
        assertThat(text.substring(x.start(), x.end())).isEqualTo("<x  a = 'one'\tb=\"t&amp;o\"/>");
        XmlAttribute b = x.attribute("b").orElseThrow();
        assertThat(b.value()).isEqualTo("t&o");
        assertThat(text.substring(b.valueStart(), b.valueEnd())).isEqualTo("t&amp;o");
        assertThat(b.location().column()).isEqualTo(17);
        XmlAttribute a = x.attribute("a").orElseThrow();
        assertThat(a.quote()).isEqualTo('\'');
        assertThat(text.substring(a.valueStart(), a.valueEnd())).isEqualTo("one");
        XmlElement y = doc.root().children().get(1);
        assertThat(text.substring(y.start(), y.end())).isEqualTo("<y></y>");
    }

    @Test
    void byteOrderMarkIsRememberedAndNotPartOfTheText() throws Exception {
        byte[] body = "<configuration/>".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);

        XmlDocument doc = reader.parse(dir.resolve("b"), "b", withBom);

        assertThat(doc.byteOrderMark()).isTrue();
        assertThat(doc.text()).isEqualTo("<configuration/>");
    }

    @Test
    void documentRemembersTheSha256OfTheBytesRead() throws Exception {
        byte[] bytes = "<configuration a=\"Grüße\"/>".getBytes(StandardCharsets.UTF_8);

        XmlDocument doc = reader.parse(dir.resolve("h"), "h", bytes);

        assertThat(doc.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
    }

    @Test
    void invalidUtf8IsAClearError() {
        byte[] bad = {'<', 'a', '>', (byte) 0xC3, (byte) 0x28, '<', '/', 'a', '>'};

        assertThatThrownBy(() -> reader.parse(dir.resolve("c"), "c", bad))
                .isInstanceOf(XmlSyntaxException.class).hasMessageContaining("not valid UTF-8");
    }
}
