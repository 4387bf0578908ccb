package org.apphostftp.configapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apphostftp.config.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writing a system.ftpServer section into a file that declares its sections but not the FTP ones (an IIS Express or
 * web-only file) adds the declarations IIS's FTP role has, in the file's own layout (issue 12 item 6).
 */
class SectionDeclarationsTest {

    private static final String AUTHORIZATION = "system.ftpServer/security/authorization";

    @TempDir
    Path dir;

    /** An IIS Express style file: configSections with the web groups only, one FTP site. */
    private static String file(String ftpGroup) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<configuration>\n"
                + "    <configSections>\n"
                + "        <sectionGroup name=\"system.applicationHost\">\n"
                + "            <section name=\"sites\" allowDefinition=\"AppHostOnly\" overrideModeDefault=\"Deny\" />\n"
                + "        </sectionGroup>\n"
                + ftpGroup
                + "    </configSections>\n"
                + "    <system.applicationHost>\n"
                + "        <sites>\n"
                + "            <site name=\"FTP\" id=\"2\">\n"
                + "                <bindings><binding protocol=\"ftp\" bindingInformation=\"127.0.0.1:2121:\" /></bindings>\n"
                + "                <application path=\"/\"><virtualDirectory path=\"/\" physicalPath=\"ftproot\" /></application>\n"
                + "                <ftpServer><security><ssl controlChannelPolicy=\"SslAllow\" dataChannelPolicy=\"SslAllow\" />"
                + "<authentication><anonymousAuthentication enabled=\"true\" /></authentication></security></ftpServer>\n"
                + "            </site>\n"
                + "        </sites>\n"
                + "    </system.applicationHost>\n"
                + "</configuration>\n";
    }

    private String addRule(Path file) throws Exception {
        try (ServerManager manager = new ServerManager(file)) {
            ConfigurationElementCollection rules = manager.getApplicationHostConfiguration().getSection(AUTHORIZATION, "FTP")
                    .getCollection();
            ConfigurationElement rule = rules.createElement("add");
            rule.setAttributeValue("accessType", "Allow");
            rule.setAttributeValue("users", "?");
            rule.setAttributeValue("permissions", "Read");
            rules.add(rule);
            manager.commitChanges();
        }
        return Files.readString(file);
    }

    @Test
    void aFileWithoutTheFtpGroupGetsTheWholeGroupAsIisDeclaresIt() throws Exception {
        Path file = Fixtures.installText(file(""), dir);

        String text = addRule(file);

        assertThat(text).contains("        </sectionGroup>\n"
                + "        <sectionGroup name=\"system.ftpServer\">\n"
                + "            <section name=\"log\" overrideModeDefault=\"Deny\" allowDefinition=\"AppHostOnly\" />\n"
                + "            <section name=\"firewallSupport\" overrideModeDefault=\"Deny\" allowDefinition=\"AppHostOnly\" />\n"
                + "            <section name=\"caching\" overrideModeDefault=\"Deny\" allowDefinition=\"AppHostOnly\" />\n"
                + "            <section name=\"providerDefinitions\" overrideModeDefault=\"Deny\" />\n"
                + "            <sectionGroup name=\"security\">\n"
                + "                <section name=\"ipSecurity\" overrideModeDefault=\"Deny\" />\n"
                + "                <section name=\"requestFiltering\" overrideModeDefault=\"Deny\" />\n"
                + "                <section name=\"authorization\" overrideModeDefault=\"Deny\" />\n"
                + "                <section name=\"authentication\" overrideModeDefault=\"Deny\" />\n"
                + "            </sectionGroup>\n"
                + "            <section name=\"serverRuntime\" overrideModeDefault=\"Deny\" allowDefinition=\"AppHostOnly\" />\n"
                + "        </sectionGroup>\n"
                + "    </configSections>\n");
        assertThat(text).contains("<add accessType=\"Allow\" users=\"?\" permissions=\"Read\" />");
        assertThat(Fixtures.loader().load(file).problems()).isEmpty();
    }

    @Test
    void aGroupMissingOneSectionGetsOnlyThatDeclaration() throws Exception {
        Path file = Fixtures.installText(file("        <sectionGroup name=\"system.ftpServer\">\n"
                + "            <section name=\"log\" overrideModeDefault=\"Deny\" allowDefinition=\"AppHostOnly\" />\n"
                + "        </sectionGroup>\n"), dir);

        String text = addRule(file);

        assertThat(text).contains("        <sectionGroup name=\"system.ftpServer\">\n"
                + "            <section name=\"log\" overrideModeDefault=\"Deny\" allowDefinition=\"AppHostOnly\" />\n"
                + "            <sectionGroup name=\"security\">\n"
                + "                <section name=\"authorization\" overrideModeDefault=\"Deny\" />\n"
                + "            </sectionGroup>\n"
                + "        </sectionGroup>\n");
    }

    @Test
    void aFileThatDeclaresNothingIsNotGivenDeclarations() throws Exception {
        Path file = Fixtures.installText(file("").replaceAll("(?s)    <configSections>.*</configSections>\n", ""), dir);

        String text = addRule(file);

        assertThat(text).doesNotContain("configSections").contains("<location path=\"FTP\">");
    }
}
