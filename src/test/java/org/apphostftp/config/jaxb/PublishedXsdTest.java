package org.apphostftp.config.jaxb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.SAXParseException;

/**
 * schema/applicationHost-ftp.xsd is what editors use for completion and validation; the build makes it from
 * schema/ftp_schema.xml. These tests keep the published copy equal to what the build makes, and prove that it accepts
 * real files and catches the mistakes an editor should show.
 */
class PublishedXsdTest {

    private static final Path PUBLISHED = Path.of("schema/applicationHost-ftp.xsd");
    private static final Path GENERATED = Path.of("target/generated-resources/schema/applicationHost-ftp.xsd");

    @Test
    void publishedXsdIsTheOneTheBuildMakesFromTheSchema() throws Exception {
        assertThat(Files.readString(PUBLISHED))
                .as("schema/applicationHost-ftp.xsd is stale: after changing schema/ftp_schema.xml run "
                        + "'mvn -q generate-sources && cp %s %s'", GENERATED, PUBLISHED)
                .isEqualTo(Files.readString(GENERATED));
    }

    @ParameterizedTest
    @ValueSource(strings = {"conf/applicationHost.config", "src/test/resources/fixtures/minimal-anonymous.config",
        "src/test/resources/fixtures/site-defaults.config", "src/test/resources/fixtures/user-isolation.config",
        "src/test/resources/fixtures/virtual-hosts.config", "src/test/resources/fixtures/iis-real-world.config",
        "src/test/resources/fixtures/configapi.config"})
    void validFilesPassTheXsd(String file) throws Exception {
        validator().validate(new StreamSource(Path.of(file).toFile()));
    }

    @Test
    void aMisspelledFtpAttributeIsShownWithItsLine() {
        String config = """
                <configuration>
                  <system.applicationHost>
                    <applicationPools><add name="x" /></applicationPools>
                    <sites>
                      <site name="S" id="1">
                        <ftpServer>
                          <connections controlChanelTimeout="5" />
                        </ftpServer>
                      </site>
                    </sites>
                  </system.applicationHost>
                </configuration>
                """;
        assertThatThrownBy(() -> validator().validate(new StreamSource(new StringReader(config))))
                .isInstanceOf(SAXParseException.class)
                .hasMessageContaining("controlChanelTimeout")
                .satisfies(e -> assertThat(((SAXParseException) e).getLineNumber()).isEqualTo(7));
    }

    @Test
    void aWrongEnumValueIsShownButNumbersAreAccepted() throws Exception {
        String template = """
                <configuration><system.applicationHost><sites><site name="S" id="1"><ftpServer><security>
                  <ssl controlChannelPolicy="%s" />
                </security></ftpServer></site></sites></system.applicationHost></configuration>
                """;
        validator().validate(new StreamSource(new StringReader(template.formatted("SslAllow"))));
        validator().validate(new StreamSource(new StringReader(template.formatted("0"))));
        assertThatThrownBy(() -> validator().validate(new StreamSource(new StringReader(template.formatted("SslMaybe")))))
                .isInstanceOf(SAXParseException.class)
                .hasMessageContaining("SslMaybe");
    }

    @Test
    void iisGeneralAttributesAreAcceptedOnFtpElements() throws Exception {
        String config = """
                <configuration><system.ftpServer><security><authorization lockElements="clear">
                  <add accessType="Allow" users="*" permissions="Read" lockItem="true" />
                </authorization></security></system.ftpServer></configuration>
                """;
        validator().validate(new StreamSource(new StringReader(config)));
    }

    private static Validator validator() throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Schema schema = factory.newSchema(PUBLISHED.toFile());
        return schema.newValidator();
    }
}
