package org.apphostftp.appcmd;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xmlunit.assertj3.XmlAssert;

/** Each appcmd command form on a configuration without a running server: its output and what it writes. */
class AppcmdFormsTest {

    @TempDir
    Path dir;

    private Path config;

    @BeforeEach
    void write() throws Exception {
        Files.createDirectories(dir.resolve("root"));
        Files.createDirectories(dir.resolve("pub"));
        config = dir.resolve("applicationHost.config");
        Files.writeString(config, """
                <?xml version="1.0" encoding="UTF-8"?>
                <configuration>
                  <!-- kept as it is -->
                  <system.applicationHost>
                    <sites>
                      <site name="Alpha" id="1">
                        <bindings>
                          <binding protocol="ftp" bindingInformation="127.0.0.1:2121:" />
                        </bindings>
                        <application path="/">
                          <virtualDirectory path="/" physicalPath="root" />
                        </application>
                      </site>
                    </sites>
                  </system.applicationHost>
                  <system.ftpServer>
                    <management enabled="false" />
                  </system.ftpServer>
                </configuration>
                """);
    }

    private String file() throws Exception {
        return Files.readString(config);
    }

    @Test
    void listSitePrintsOneLinePerSite() {
        assertThat(AppcmdRun.ok(config, "list", "site").out()).isEqualTo("SITE \"Alpha\" (id:1,bindings:ftp/127.0.0.1:2121:,state:Unknown)\n");
        assertThat(AppcmdRun.ok(config, "list", "site", "alpha").out()).startsWith("SITE \"Alpha\"");
        assertThat(AppcmdRun.ok(config, "list", "site", "/id:2").out()).isEmpty();
    }

    @Test
    void textAttributePrintsOneValuePerObjectAndTextStarEveryProperty() {
        assertThat(AppcmdRun.ok(config, "list", "site", "/text:name").out()).isEqualTo("Alpha\n");
        assertThat(AppcmdRun.ok(config, "list", "site", "/text:ftpServer.security.ssl.controlChannelPolicy").out())
                .isEqualTo("SslRequire\n");
        String all = AppcmdRun.ok(config, "list", "site", "/text:*").out();
        assertThat(all).startsWith("SITE\n  SITE.NAME:\"Alpha\"\n  SITE.ID:\"1\"\n").contains("  [site]\n", "    name:\"Alpha\"",
                "controlChannelPolicy:\"SslRequire\"");
    }

    @Test
    void xmlPrintsTheObjectsAsAppcmdElements() {
        XmlAssert.assertThat(AppcmdRun.ok(config, "list", "site", "/xml").out()).and("<appcmd><SITE SITE.NAME=\"Alpha\" SITE.ID=\"1\" "
                + "bindings=\"ftp/127.0.0.1:2121:\" state=\"Unknown\" /></appcmd>").ignoreWhitespace().areIdentical();
    }

    @Test
    void addSiteWritesTheSiteItsBindingsAndItsRootFolderAsWritten() throws Exception {
        AppcmdRun run = AppcmdRun.ok(config, "add", "site", "/name:Beta", "/bindings:ftp/127.0.0.1:2122:,ftp://127.0.0.1:2123",
                "/physicalPath:root", "/ftpServer.connections.maxConnections:7");
        assertThat(run.out()).isEqualTo("SITE object \"Beta\" added\nAPP object \"Beta/\" added\nVDIR object \"Beta/\" added\n");
        assertThat(file()).contains("<!-- kept as it is -->", "<site name=\"Beta\" id=\"2\">",
                "<binding protocol=\"ftp\" bindingInformation=\"127.0.0.1:2123:\" />", "maxConnections=\"7\"");
    }

    @Test
    void setSiteChangesDottedAttributesAndRenames() throws Exception {
        assertThat(AppcmdRun.ok(config, "set", "site", "Alpha", "/ftpServer.security.ssl.controlChannelPolicy:SslAllow").out())
                .isEqualTo("SITE object \"Alpha\" changed\n");
        assertThat(file()).contains("controlChannelPolicy=\"SslAllow\"");
        AppcmdRun.ok(config, "set", "site", "/site.name:Alpha", "/name:Gamma");
        assertThat(file()).contains("<site name=\"Gamma\" id=\"1\">");
    }

    @Test
    void deleteSiteRemovesIt() throws Exception {
        AppcmdRun.ok(config, "add", "site", "/name:Beta", "/bindings:ftp/127.0.0.1:2122:", "/physicalPath:root");
        assertThat(AppcmdRun.ok(config, "delete", "site", "Beta").out()).isEqualTo("SITE object \"Beta\" deleted\n");
        assertThat(file()).doesNotContain("Beta");
    }

    @Test
    void stopAndStartWithoutARunningServerWriteServerAutoStart() throws Exception {
        assertThat(AppcmdRun.ok(config, "stop", "site", "Alpha").out()).contains("will stay stopped");
        assertThat(file()).contains("serverAutoStart=\"false\"");
        AppcmdRun.ok(config, "start", "site", "Alpha");
        assertThat(file()).contains("serverAutoStart=\"true\"");
    }

    @Test
    void appsAndVdirsAreNamedBySiteAndPath() throws Exception {
        assertThat(AppcmdRun.ok(config, "add", "app", "/site.name:Alpha", "/path:/tools", "/physicalPath:pub").out())
                .isEqualTo("APP object \"Alpha/tools\" added\nVDIR object \"Alpha/tools/\" added\n");
        assertThat(AppcmdRun.ok(config, "add", "vdir", "/app.name:Alpha/", "/path:/pub", "/physicalPath:.\\pub").out())
                .isEqualTo("VDIR object \"Alpha/pub\" added\n");
        assertThat(AppcmdRun.ok(config, "list", "app").out()).isEqualTo("APP \"Alpha/\"\nAPP \"Alpha/tools\"\n");
        assertThat(AppcmdRun.ok(config, "list", "vdir", "/app.name:Alpha/").out())
                .isEqualTo("VDIR \"Alpha/\" (physicalPath:root)\nVDIR \"Alpha/pub\" (physicalPath:.\\pub)\n");
        AppcmdRun.ok(config, "set", "vdir", "Alpha/pub", "/physicalPath:pub");
        assertThat(file()).contains("<virtualDirectory path=\"/pub\" physicalPath=\"pub\" />");
        assertThat(AppcmdRun.ok(config, "delete", "vdir", "Alpha/pub").out()).isEqualTo("VDIR object \"Alpha/pub\" deleted\n");
        assertThat(AppcmdRun.ok(config, "delete", "app", "Alpha/tools").out()).isEqualTo("APP object \"Alpha/tools\" deleted\n");
        assertThat(file()).doesNotContain("tools", "path=\"/pub\"");
    }

    @Test
    void setConfigAtALocationAddsChangesAndRemovesCollectionItems() throws Exception {
        assertThat(AppcmdRun.ok(config, "set", "config", "alpha", "/section:SYSTEM.FTPSERVER/security/authorization",
                "/+[accessType='Allow',users='bob',permissions='Read']", "/commit:apphost").out())
                .isEqualTo("Applied configuration changes to section \"system.ftpServer/security/authorization\" for "
                        + "\"MACHINE/WEBROOT/APPHOST/Alpha\" at configuration commit path \"MACHINE/WEBROOT/APPHOST\"\n");
        AppcmdRun.ok(config, "set", "config", "Alpha", "-section:system.ftpServer/security/authorization",
                "/[users='bob'].permissions:Read,Write");
        assertThat(file()).contains("<location path=\"Alpha\">", "users=\"bob\" permissions=\"Read, Write\"");
        AppcmdRun.ok(config, "set", "config", "Alpha", "-section:system.ftpServer/security/authorization", "/-[users='bob']");
        assertThat(file()).doesNotContain("bob");
    }

    @Test
    void listConfigPrintsTheSectionInsideItsGroups() {
        AppcmdRun.ok(config, "set", "config", "-section:system.ftpServer/firewallSupport", "/lowDataChannelPort:5000",
                "/highDataChannelPort:5100");
        assertThat(AppcmdRun.ok(config, "list", "config", "/section:system.ftpServer/firewallSupport").out()).isEqualTo("""
                <system.ftpServer>
                  <firewallSupport lowDataChannelPort="5000" highDataChannelPort="5100" />
                </system.ftpServer>
                """);
        assertThat(AppcmdRun.ok(config, "list", "config", "/section:system.ftpServer/firewallSupport",
                "/text:lowDataChannelPort").out()).isEqualTo("5000\n");
    }

    @Test
    void clearConfigRemovesWhatTheSectionSets() throws Exception {
        AppcmdRun.ok(config, "set", "config", "-section:system.ftpServer/firewallSupport", "/lowDataChannelPort:5000",
                "/highDataChannelPort:5100");
        AppcmdRun.ok(config, "clear", "config", "-section:system.ftpServer/firewallSupport");
        assertThat(file()).doesNotContain("lowDataChannelPort");
    }

    @Test
    void helpListsTheSupportedObjects() {
        assertThat(AppcmdRun.ok(config, "/?").out()).contains("SITE", "APP", "VDIR", "CONFIG", "web-server objects");
    }
}
