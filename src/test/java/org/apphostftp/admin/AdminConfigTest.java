package org.apphostftp.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.apache.commons.net.ftp.FTPClient;
import org.apphostftp.AdminHttp;
import org.apphostftp.FtpClients;
import org.junit.jupiter.api.Test;
import org.xmlunit.assertj3.XmlAssert;

/** GET /api/config: sections as they are now, runtime parts included, filtered by the config API's filters. */
class AdminConfigTest extends TwoSitesAdminTest {

    private static final String SITES = "/api/config?section=system.applicationHost/sites";

    private static String q(String value) {
        return AdminHttp.encode(value);
    }

    @Test
    void theSitesSectionAsXmlIsTheFileShapeWithStateAndSessions() {
        AdminHttp.Response response = http.getXml(SITES);

        assertThat(response.status()).isEqualTo(200);
        XmlAssert.assertThat(response.body()).and("""
                <sites>
                  <site name="Alpha" id="1">
                    <bindings><binding protocol="ftp" bindingInformation="127.0.0.1:%d:" /></bindings>
                    <application path="/"><virtualDirectory path="/" physicalPath="alpha" /></application>
                    <ftpServer state="Started" lastStartupStatus="0">
                      <security>
                        <ssl controlChannelPolicy="SslAllow" dataChannelPolicy="SslAllow" />
                        <authentication><anonymousAuthentication enabled="true" /><basicAuthentication enabled="true" /></authentication>
                      </security>
                      <sessions />
                    </ftpServer>
                  </site>
                  <site name="Beta" id="2">
                    <bindings><binding protocol="ftp" bindingInformation="127.0.0.1:%d:" /></bindings>
                    <application path="/"><virtualDirectory path="/" physicalPath="beta" /></application>
                    <ftpServer state="Started" lastStartupStatus="0">
                      <security>
                        <ssl controlChannelPolicy="SslAllow" dataChannelPolicy="SslAllow" />
                        <authentication><anonymousAuthentication enabled="true" /><basicAuthentication enabled="true" /></authentication>
                      </security>
                      <sessions />
                    </ftpServer>
                  </site>
                </sites>""".formatted(server.port(2121), server.port(2122))).ignoreWhitespace().areIdentical();
    }

    @Test
    void theJsonFormIsTheSameTreeWithTheLiveSessionsInside() {
        FTPClient bob = FtpClients.login(server.port(2121), "bob", "pw");
        try {
            JsonNode sites = http.get(SITES).json().get("sites");

            JsonNode alpha = sites.get("site").get(0);
            assertThat(alpha.get("name").asText()).isEqualTo("Alpha");
            assertThat(alpha.get("bindings").get("binding").get(0).get("protocol").asText()).isEqualTo("ftp");
            assertThat(alpha.get("ftpServer").get("state").asText()).isEqualTo("Started");
            JsonNode session = alpha.get("ftpServer").get("sessions").get("session").get(0);
            assertThat(session.get("userName").asText()).isEqualTo("bob");
            assertThat(session.get("clientPort").asInt()).isEqualTo(bob.getLocalPort());
            assertThat(sites.get("site").get(1).get("ftpServer").get("sessions").get("session")).isEmpty();
        } finally {
            FtpClients.close(bob);
        }
    }

    @Test
    void aFilterRelativeToTheSectionSelectsElementsInsideTheSectionElement() {
        FTPClient bob = FtpClients.login(server.port(2121), "bob", "pw");
        FTPClient carol = FtpClients.login(server.port(2121), "carol", "pw");
        try {
            JsonNode json = http.get(SITES + "&filter=" + q("site[@name='Alpha']/ftpServer/sessions/session[@userName='bob']")).json();
            String xml = http.getXml(SITES + "&filter=" + q("site[@name='Alpha']/ftpServer/sessions/session")).body();

            assertThat(json.get("sites").get("session")).hasSize(1);
            assertThat(json.get("sites").get("session").get(0).get("clientPort").asInt()).isEqualTo(bob.getLocalPort());
            XmlAssert.assertThat(xml).nodesByXPath("/sites/session/@userName").extractingText().containsExactlyInAnyOrder("bob", "carol");
        } finally {
            FtpClients.close(bob);
            FtpClients.close(carol);
        }
    }

    @Test
    void anAbsoluteFilterWorksWhenItStaysInTheSection() throws Exception {
        JsonNode json = http.get(SITES + "&filter=" + q("/system.applicationHost/sites/site[@id='2']")).json();

        assertThat(json.get("sites").get("site")).hasSize(1);
        assertThat(json.get("sites").get("site").get(0).get("name").asText()).isEqualTo("Beta");
        AdminHttp.Response outside = http.get(SITES + "&filter=" + q("/system.ftpServer/log"));
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.json().get("error").asText()).startsWith("the filter '/system.ftpServer/log' is outside section system.applicationHost/sites");
    }

    @Test
    void aFilterThatMatchesNothingGivesAnEmptySectionElement() {
        assertThat(http.get(SITES + "&filter=" + q("site[@name='Gamma']")).json().toString()).isEqualTo("{\"sites\":{}}");
        XmlAssert.assertThat(http.getXml(SITES + "&filter=" + q("site[@name='Gamma']")).body()).and("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sites/>").areIdentical();
    }

    @Test
    void aBadFilterIs400WithTheConfigApisMessage() {
        AdminHttp.Response response = http.get(SITES + "&filter=" + q("site[@name='Alpha'"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asText()).startsWith("invalid filter: expected ']' to end the predicate")
                .contains("at character");
        assertThat(response.json().get("path").asText()).isEqualTo("/system.applicationHost/sites/site[@name='Alpha'");
    }

    @Test
    void aFilterOfTwentyThousandNestedParenthesesIs400AndTheEndpointKeepsAnswering() {
        String deep = "site[" + "(".repeat(20_000) + "@name='Alpha'" + ")".repeat(20_000) + "]";

        AdminHttp.Response response = http.get(SITES + "&filter=" + q(deep));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asText()).startsWith("invalid filter: parentheses nested more than 64 deep");
        assertThat(http.get("/api/status").status()).isEqualTo(200);
    }

    @Test
    void aFilterOnAnAttributeTheSchemaDoesNotHaveIs400WithASuggestion() {
        AdminHttp.Response response = http.get(SITES + "&filter=" + q("site/ftpServer/sessions/session[@username='bob']"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asText()).contains("<session> has no attribute 'username'").contains("userName");
    }

    @Test
    void anUnknownSectionIs404() {
        AdminHttp.Response response = http.get("/api/config?section=system.applicationHost/site");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("error").asText()).startsWith("no section 'system.applicationHost/site'");
    }

    @Test
    void theSectionParameterIsRequired() {
        AdminHttp.Response response = http.get("/api/config");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asText()).isEqualTo("parameter 'section' is required, e.g. section=system.applicationHost/sites");
    }

    @Test
    void aLocationGivesTheSectionAsItAppliesThere() {
        JsonNode json = http.get("/api/config?section=system.ftpServer/security/authorization&location=Alpha").json();

        JsonNode rule = json.get("authorization").get("add").get(0);
        assertThat(rule.get("accessType").asText()).isEqualTo("Allow");
        assertThat(rule.get("users").asText()).isEqualTo("*");
        assertThat(rule.get("permissions").asText()).isEqualTo("Read, Write");
    }

    @Test
    void aServerLevelSectionAtALocationIs400() {
        AdminHttp.Response response = http.get("/api/config?section=system.ftpServer/log&location=Alpha");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asText()).contains("can only be set at the server level");
    }
}
