package org.apphostftp.config.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AttributeValuesTest {

    private final ElementSchema ftpServer = ConfigSchema.standard().section("system.applicationHost/sites").orElseThrow()
            .root().collection().orElseThrow().itemSchema().child("ftpServer").orElseThrow();

    private AttributeSchema attribute(String element, String name) {
        return ftpServer.child(element).orElseThrow().attribute(name).orElseThrow();
    }

    @Test
    void enumsAcceptNamesInAnyCaseAndNumbers() {
        AttributeSchema mode = attribute("userIsolation", "mode");

        assertThat(AttributeValues.parse(mode, "IsolateAllDirectories")).isEqualTo("IsolateAllDirectories");
        assertThat(AttributeValues.parse(mode, "isolatealldirectories")).isEqualTo("IsolateAllDirectories");
        assertThat(AttributeValues.parse(mode, "3")).isEqualTo("IsolateAllDirectories");
    }

    @Test
    void badEnumValueListsTheAllowedOnes() {
        assertThatThrownBy(() -> AttributeValues.parse(attribute("userIsolation", "mode"), "Sometimes"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("must be one of StartInUsersDirectory, IsolateRootDirectoryOnly, ActiveDirectory, "
                        + "IsolateAllDirectories, None, Custom (or 0-5), got 'Sometimes'");
    }

    @Test
    void flagsAcceptNameListsAndSumsAndComeBackInSchemaOrder() {
        AttributeSchema show = attribute("directoryBrowse", "showFlags");

        assertThat(AttributeValues.parse(show, "DisplayVirtualDirectories, StyleUnix")).isEqualTo("StyleUnix, DisplayVirtualDirectories");
        assertThat(AttributeValues.parse(show, "36")).isEqualTo("StyleUnix, DisplayVirtualDirectories");
        assertThat(AttributeValues.parse(show, "")).isEqualTo("");
        assertThatThrownBy(() -> AttributeValues.parse(show, "StyleUnix, Shiny"))
                .hasMessageContaining("'Shiny' is not one of them");
        assertThatThrownBy(() -> AttributeValues.parse(show, "1")).hasMessageContaining("must be a combination");
    }

    @Test
    void booleansIgnoreCaseAsAppcmdWritesThem() {
        AttributeSchema b = ftpServer.attribute("allowUTF8").orElseThrow();

        assertThat(AttributeValues.parse(b, "True")).isEqualTo(true);
        assertThat(AttributeValues.parse(b, "false")).isEqualTo(false);
        assertThatThrownBy(() -> AttributeValues.parse(b, "yes")).hasMessage("must be true or false, got 'yes'");
    }

    @Test
    void numbersAreCheckedForTypeAndRange() {
        assertThatThrownBy(() -> AttributeValues.parse(attribute("connections", "controlChannelTimeout"), "abc"))
                .hasMessage("must be an integer, got 'abc'");
        assertThatThrownBy(() -> AttributeValues.parse(attribute("connections", "maxConnections"), "-1"))
                .hasMessageContaining("must be an unsigned integer");
        AttributeSchema flush = ConfigSchema.standard().section("system.ftpServer/caching").orElseThrow().root()
                .child("credentialsCache").orElseThrow().attribute("flushInterval").orElseThrow();
        assertThatThrownBy(() -> AttributeValues.parse(flush, "2")).hasMessage("must be between 5 and 604800, got 2");
    }

    @Test
    void timeSpansReadAndWriteInIisForm() {
        AttributeSchema expiration = ConfigSchema.standard().section("system.ftpServer/security/authentication").orElseThrow()
                .root().child("denyByFailure").orElseThrow().attribute("entryExpiration").orElseThrow();

        assertThat(AttributeValues.parse(expiration, "00:00:30")).isEqualTo(Duration.ofSeconds(30));
        assertThat(AttributeValues.parse(expiration, "1.02:03:04")).isEqualTo(Duration.parse("P1DT2H3M4S"));
        assertThat(AttributeValues.format(expiration, Duration.ofSeconds(90))).isEqualTo("00:01:30");
        assertThatThrownBy(() -> AttributeValues.parse(expiration, "30s")).hasMessageContaining("time span");
    }

    @Test
    void everySchemaDefaultParses() {
        for (SectionSchema s : ConfigSchema.standard().sections().values()) {
            assertDefaultsParse(s.root());
        }
    }

    private void assertDefaultsParse(ElementSchema e) {
        for (AttributeSchema a : e.attributes().values()) {
            if (a.defaultValue() != null) {
                assertThat(a.typedDefault()).as(e.name() + "/@" + a.name()).isNotNull();
            }
        }
        e.children().values().forEach(this::assertDefaultsParse);
        e.collection().ifPresent(c -> assertDefaultsParse(c.itemSchema()));
    }
}
