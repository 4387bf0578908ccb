package org.apphostftp.configapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apphostftp.config.Fixtures;
import org.apphostftp.config.schema.ConfigSchema;
import org.apphostftp.json.JsonTree;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xmlunit.assertj3.XmlAssert;

/** JSON and XML renderings of sections with runtime parts, in the shapes of SPEC section 6. */
class ConfigurationRendererTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String SESSION = """
            {"sessionId": "s-1", "userName": "bob", "clientIp": "::1", "sessionStartTime": "2026-11-25T22:07:39.123Z",
             "currentCommand": "RETR demo.txt", "commandStartTime": "2026-11-25T22:07:41.500Z", "previousCommand": "PASV",
             "bytesSent": 1843, "bytesReceived": 97, "lastErrorStatus": 226, "siteName": "Default FTP Site", "hostName": "",
             "serverIp": "127.0.0.1", "serverPort": 2121, "clientPort": 50123, "currentDirectory": "/",
             "secureControl": false, "secureData": false}""";

    @TempDir
    Path dir;

    private final InMemoryFtpServer server = new InMemoryFtpServer().started("Default FTP Site")
            .connect("Default FTP Site", "s-1", "bob", "::1");
    private ServerManager manager;
    private Configuration config;

    @BeforeEach
    void open() {
        manager = new ServerManager(Fixtures.install("configapi.config", dir), server.providers(), ConfigSchema.standard(), Map.of());
        config = manager.getApplicationHostConfiguration();
    }

    @AfterEach
    void close() {
        manager.close();
    }

    /** Parsed JSON; rendered trees are compared after a round trip so that 1 (int) equals 1 (long). */
    private static JsonNode json(String text) throws Exception {
        return MAPPER.readTree(text);
    }

    @Test
    void theSitesSectionAsJsonHasTheEffectiveValuesAndTheLiveParts() throws Exception {
        Map<String, Object> rendered = ConfigurationRenderer.standard().toJson(config.getSection("system.applicationHost/sites"));

        String siteDefaultsFtp = """
                "connections": {"unauthenticatedTimeout": 20}, "messages": {"bannerMessage": "welcome"},
                "directoryBrowse": {"showFlags": "LongDate, StyleUnix"}""";
        assertThat(json(JsonTree.toText(rendered))).isEqualTo(json("""
                {"sites": {
                  "site": [
                    {"name": "Default FTP Site", "id": 1,
                     "bindings": {"binding": [{"protocol": "ftp", "bindingInformation": "127.0.0.1:2121:"}]},
                     "ftpServer": {"state": "Started", "lastStartupStatus": 0,
                       "connections": {"controlChannelTimeout": 45, "unauthenticatedTimeout": 20},
                       "security": {"ssl": {"controlChannelPolicy": "SslAllow", "dataChannelPolicy": "SslAllow"},
                                    "authentication": {"anonymousAuthentication": {"enabled": true},
                                                       "basicAuthentication": {"enabled": true}}},
                       "messages": {"bannerMessage": "welcome"}, "directoryBrowse": {"showFlags": "LongDate, StyleUnix"},
                       "sessions": {"session": [%s]}},
                     "application": [{"path": "/", "virtualDirectory": [{"path": "/", "physicalPath": "ftproot"}]}]},
                    {"name": "beta", "id": 2, "applicationPool": "DefaultAppPool",
                     "bindings": {"binding": [{"protocol": "ftp", "bindingInformation": "127.0.0.1:2122:"}]},
                     "ftpServer": {"state": "Stopped", "lastStartupStatus": 0, %s,
                       "security": {"authentication": {"basicAuthentication": {"enabled": true}}},
                       "sessions": {"session": []}},
                     "application": [{"path": "/", "virtualDirectory": [{"path": "/", "physicalPath": "beta"}]}],
                     "logFile": {"directory": "D:\\\\logs"}}
                  ],
                  "siteDefaults": {"ftpServer": {%s,
                    "security": {"authentication": {"basicAuthentication": {"enabled": true}}}}}
                }}""".formatted(SESSION, siteDefaultsFtp, siteDefaultsFtp)));
    }

    @Test
    void sessionAttributesKeepTheSchemaOrderAndTheirJsonTypes() throws Exception {
        ConfigurationElementCollection sessions = (ConfigurationElementCollection) config.select(
                "/system.applicationHost/sites/site[@name='Default FTP Site']/ftpServer/sessions").get(0).getCollection();

        Map<String, Object> session = ConfigurationRenderer.standard().toJsonObject(sessions.get(0));

        assertThat(JsonTree.toText(session)).isEqualTo(json(SESSION).toString());
        assertThat(session.get("bytesSent")).isInstanceOf(Long.class);
        assertThat(session.get("lastErrorStatus")).isInstanceOf(Long.class);
        assertThat(session.get("secureData")).isInstanceOf(Boolean.class);
    }

    @Test
    void theSitesSectionAsXmlIsTheFileShapeWithTheLivePartsFilled() {
        String xml = ConfigurationRenderer.standard().toXml(config.getSection("system.applicationHost/sites"));

        XmlAssert.assertThat(xml).and("""
                <sites>
                  <site name="Default FTP Site" id="1">
                    <bindings><binding protocol="ftp" bindingInformation="127.0.0.1:2121:" /></bindings>
                    <application path="/"><virtualDirectory path="/" physicalPath="ftproot" /></application>
                    <ftpServer state="Started" lastStartupStatus="0">
                      <connections controlChannelTimeout="45" unauthenticatedTimeout="20" />
                      <security>
                        <ssl controlChannelPolicy="SslAllow" dataChannelPolicy="SslAllow" />
                        <authentication><anonymousAuthentication enabled="true" /><basicAuthentication enabled="true" /></authentication>
                      </security>
                      <messages bannerMessage="welcome" />
                      <directoryBrowse showFlags="LongDate, StyleUnix" />
                      <sessions>
                        <session sessionId="s-1" userName="bob" clientIp="::1" sessionStartTime="2026-11-25T22:07:39.123Z"
                                 currentCommand="RETR demo.txt" commandStartTime="2026-11-25T22:07:41.500Z" previousCommand="PASV"
                                 bytesSent="1843" bytesReceived="97" lastErrorStatus="226" siteName="Default FTP Site" hostName=""
                                 serverIp="127.0.0.1" serverPort="2121" clientPort="50123" currentDirectory="/"
                                 secureControl="false" secureData="false" />
                      </sessions>
                    </ftpServer>
                  </site>
                  <site name="beta" id="2" applicationPool="DefaultAppPool">
                    <bindings><binding protocol="ftp" bindingInformation="127.0.0.1:2122:" /></bindings>
                    <application path="/"><virtualDirectory path="/" physicalPath="beta" /></application>
                    <logFile directory="D:\\logs" />
                    <ftpServer state="Stopped" lastStartupStatus="0">
                      <connections unauthenticatedTimeout="20" />
                      <messages bannerMessage="welcome" />
                      <security><authentication><basicAuthentication enabled="true" /></authentication></security>
                      <directoryBrowse showFlags="LongDate, StyleUnix" />
                      <sessions />
                    </ftpServer>
                  </site>
                  <siteDefaults>
                    <ftpServer>
                      <connections unauthenticatedTimeout="20" />
                      <messages bannerMessage="welcome" />
                      <security><authentication><basicAuthentication enabled="true" /></authentication></security>
                      <directoryBrowse showFlags="LongDate, StyleUnix" />
                    </ftpServer>
                  </siteDefaults>
                </sites>""").ignoreWhitespace().areIdentical();
        assertThat(xml).contains("<session sessionId=\"s-1\" userName=\"bob\" clientIp=\"::1\"");
    }

    @Test
    void sessionsOfSeveralSitesRenderAsOneListInBothShapes() throws Exception {
        server.connect("beta", "s-2", "carol", "10.0.0.1");
        List<ConfigurationElement> all = config.select("/system.applicationHost/sites/site/ftpServer/sessions/session");

        assertThat(json(JsonTree.toText(ConfigurationRenderer.standard().toJsonArray(all, List.of("sessionId", "siteName")))))
                .isEqualTo(json("[{\"sessionId\": \"s-1\", \"siteName\": \"Default FTP Site\"}, {\"sessionId\": \"s-2\", \"siteName\": \"beta\"}]"));
        XmlAssert.assertThat(ConfigurationRenderer.standard().toXml("sessions", all)).nodesByXPath("/sessions/session/@userName")
                .extractingText().containsExactly("bob", "carol");
        assertThat(ConfigurationRenderer.standard().toXml("sessions", List.of())).isEqualTo("<sessions />\n");
    }

    @Test
    void aStreamedElementIsTheSameJsonAsItsTree() throws Exception {
        ConfigurationElement site = config.select("/system.applicationHost/sites/site[@name='Default FTP Site']").get(0);
        ConfigurationElement session = config.select("/system.applicationHost/sites/site/ftpServer/sessions/session").get(0);

        for (ConfigurationRenderer renderer : List.of(ConfigurationRenderer.standard(), ConfigurationRenderer.withDefaults())) {
            for (ConfigurationElement element : List.of(site, session, config.getSection("system.applicationHost/sites"))) {
                java.io.StringWriter out = new java.io.StringWriter();
                try (com.fasterxml.jackson.core.JsonGenerator generator = JsonTree.FACTORY.createGenerator(out)) {
                    renderer.writeJsonObject(generator, element);
                }
                assertThat(out.toString()).isEqualTo(JsonTree.toText(renderer.toJsonObject(element)))
                        .isEqualTo(json(out.toString()).toString());
            }
        }
    }

    @Test
    void withDefaultsShowsEverySchemaDefault() throws Exception {
        ConfigurationElement connections = config.select("/system.applicationHost/sites/site[@name='beta']/ftpServer/connections").get(0);

        assertThat(json(JsonTree.toText(ConfigurationRenderer.withDefaults().toJsonObject(connections)))).isEqualTo(json("""
                {"controlChannelTimeout": 120, "dataChannelTimeout": 30, "disableSocketPooling": false,
                 "maxBandwidth": 4294967295, "maxConnections": 4294967295, "minBytesPerSecond": 240,
                 "resetOnMaxConnections": false, "serverListenBacklog": 60, "unauthenticatedTimeout": 20}"""));
        assertThat(JsonTree.toText(ConfigurationRenderer.standard().toJsonObject(connections))).isEqualTo("{\"unauthenticatedTimeout\":20}");
    }

    @Test
    void timeSpansAreTextAndCharactersXmlCannotHoldAreReplaced() throws Exception {
        ConfigurationElement deny = config.getSection("system.ftpServer/security/authentication").getChildElement("denyByFailure");
        server.connect("beta", "s-9", "eve\u0001", "10.0.0.1");

        assertThat(ConfigurationRenderer.withDefaults().toJsonObject(deny).get("entryExpiration")).isEqualTo("00:00:30");
        assertThat(ConfigurationRenderer.standard().toXml("sessions",
                config.select("/system.applicationHost/sites/site/ftpServer/sessions/session[@sessionId='s-9']")))
                .contains("userName=\"eve\uFFFD\"");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAnswerComposedInJsonHasItsXmlForm() throws Exception {
        Map<String, Object> sites = (Map<String, Object>) JsonTree.parse("""
                {"site": [{"name": "a&b", "id": 1, "state": "Started",
                           "bindings": {"binding": [{"protocol": "ftp", "bindingInformation": "127.0.0.1:2121:"}]}}]}""");

        XmlAssert.assertThat(ConfigurationRenderer.jsonToXml("sites", sites)).and("""
                <sites><site name="a&amp;b" id="1" state="Started">
                  <bindings><binding protocol="ftp" bindingInformation="127.0.0.1:2121:" /></bindings>
                </site></sites>""").ignoreWhitespace().areIdentical();
    }
}
