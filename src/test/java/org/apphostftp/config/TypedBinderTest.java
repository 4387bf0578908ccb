package org.apphostftp.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apphostftp.config.jaxb.Connections;
import org.apphostftp.config.jaxb.Site;
import org.apphostftp.config.location.Location;
import org.apphostftp.config.location.Problem;
import org.apphostftp.config.schema.ConfigSchema;
import org.apphostftp.config.xml.SafeXmlReader;
import org.apphostftp.config.xml.XmlDocument;
import org.junit.jupiter.api.Test;

/** The load binds the file into the typed model once; every typed element knows where it is written. */
class TypedBinderTest {

    private static XmlDocument parse(String text) throws Exception {
        return new SafeXmlReader().parse(Path.of("applicationHost.config"), "test.config", text.getBytes(StandardCharsets.UTF_8));
    }

    private static String siteWith(String ftpServerInner) {
        return "<?xml version=\"1.0\"?>\n<configuration>\n  <system.applicationHost>\n    <sites>\n"
                + "      <site name=\"One\" id=\"1\">\n"
                + "        <bindings><binding protocol=\"ftp\" bindingInformation=\"127.0.0.1:2121:\" /></bindings>\n"
                + "        <ftpServer>\n" + ftpServerInner + "\n        </ftpServer>\n"
                + "      </site>\n    </sites>\n  </system.applicationHost>\n</configuration>\n";
    }

    @Test
    void everyTypedElementKnowsTheLineAndColumnOfTheElementItWasReadFrom() throws Exception {
        XmlDocument document = parse(siteWith("\t  <connections controlChannelTimeout=\"42\" />"));
        List<Problem> problems = new ArrayList<>();

        TypedDocument typed = TypedBinder.bind(document, ConfigSchema.standard(), problems).orElseThrow();

        Site site = typed.model().systemApplicationHost.sites.sites.get(0);
        Connections connections = site.ftpServer.connections;
        assertThat(problems).isEmpty();
        assertThat(connections.controlChannelTimeout).isEqualTo(42);
        assertThat(typed.location(site)).isEqualTo(new Location("test.config", 5, 7));
        assertThat(typed.location(connections)).isEqualTo(new Location("test.config", 8, 4));
        assertThat(typed.location(connections, "controlChannelTimeout")).contains(new Location("test.config", 8, 17));
        assertThat(typed.location(connections)).isEqualTo(document.root().children().get(0).children().get(0).children().get(0)
                .child("ftpServer").orElseThrow().child("connections").orElseThrow().location());
    }

    @Test
    void aNumberTheBinderCannotReadIsAProblemAtItsElementNotASilentDefault() throws Exception {
        XmlDocument document = parse(siteWith("          <connections controlChannelTimeout=\"soon\" />"));
        List<Problem> problems = new ArrayList<>();

        Optional<TypedDocument> typed = TypedBinder.bind(document, ConfigSchema.standard(), problems);

        assertThat(typed).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo(new Location("test.config", 8, 11));
            assertThat(p.message()).startsWith("cannot read the value: ").contains("soon");
        });
    }

    @Test
    void aBooleanTheAdapterRefusesIsAProblemAtItsElement() throws Exception {
        XmlDocument document = parse(siteWith("          <fileHandling allowModeZ=\"maybe\" />"));
        List<Problem> problems = new ArrayList<>();

        assertThat(TypedBinder.bind(document, ConfigSchema.standard(), problems)).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo(new Location("test.config", 8, 11));
            assertThat(p.message()).contains("maybe");
        });
    }

    @Test
    void elementsTheModelDoesNotHoldAreLeftToTheValidatorsAndBindNothing() throws Exception {
        XmlDocument document = parse("<configuration><configSections /><system.applicationHost><applicationPools />"
                + "<sites><site name=\"A\" id=\"1\" /></sites></system.applicationHost></configuration>");
        List<Problem> problems = new ArrayList<>();

        TypedDocument typed = TypedBinder.bind(document, ConfigSchema.standard(), problems).orElseThrow();

        assertThat(problems).isEmpty();
        assertThat(typed.model().systemApplicationHost.sites.sites).extracting(s -> s.name).containsExactly("A");
    }
}
