package org.apphostftp.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apphostftp.config.effective.FtpPolicy;
import org.apphostftp.config.effective.Permission;
import org.apphostftp.config.effective.SiteConfig;
import org.apphostftp.config.location.Problem;
import org.apphostftp.configapi.ConfigurationElement;
import org.apphostftp.configapi.ServerManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Constructs of real IIS files (issue 12), each from the lines IIS's documentation and installer write: accepted,
 * honoured where they matter to an FTP server, or refused with FILE:LINE:COL.
 */
class IisConstructsTest {

    @TempDir
    Path dir;

    /** One FTP site "FTP" rooted at ftproot (with an Upload folder), anonymous and basic logins, plaintext allowed. */
    private static String config(String siteFtpInner, String rest) {
        return "<?xml version=\"1.0\"?>\n<configuration>\n<system.applicationHost>\n<sites>\n"
                + "<site name=\"FTP\" id=\"2\">\n"
                + "<bindings><binding protocol=\"ftp\" bindingInformation=\"127.0.0.1:2121:\" /></bindings>\n"
                + "<application path=\"/\"><virtualDirectory path=\"/\" physicalPath=\"ftproot\" />"
                + "<virtualDirectory path=\"/Upload\" physicalPath=\"upload\" /></application>\n"
                + "<ftpServer>" + siteFtpInner + "\n"
                + "<security><ssl controlChannelPolicy=\"SslAllow\" dataChannelPolicy=\"SslAllow\" />"
                + "<authentication><anonymousAuthentication enabled=\"true\" /><basicAuthentication enabled=\"true\" />"
                + "</authentication></security></ftpServer>\n</site>\n"
                + "</sites>\n</system.applicationHost>\n" + rest + "</configuration>\n";
    }

    private LoadResult load(String text) {
        return load(text, Map.of());
    }

    private LoadResult load(String text, Map<String, String> env) {
        return Fixtures.loader(env).load(Fixtures.installText(text, dir), "test.config");
    }

    private static final String SERVER_RULES = "<system.ftpServer>\n<security>\n<authorization>\n"
            + "<add accessType=\"Allow\" users=\"*\" permissions=\"Read\" lockItem=\"true\" />\n"
            + "</authorization>\n</security>\n</system.ftpServer>\n";

    // --------------------------------------------------------------------------------- general attributes (item 1)

    @Test
    void theFiveLockAttributesAreAcceptedOnFtpElements() {
        String text = config("<connections lockAttributes=\"controlChannelTimeout\" controlChannelTimeout=\"60\" />",
                "<system.ftpServer>\n<security>\n"
                        + "<requestFiltering lockElements=\"hiddenSegments\" lockAllAttributesExcept=\"allowHighBitCharacters\">"
                        + "<hiddenSegments lockAllElementsExcept=\"add\"><add segment=\"_vti_bin\" /></hiddenSegments>"
                        + "</requestFiltering>\n"
                        + "<authorization>\n<add accessType=\"Allow\" users=\"*\" permissions=\"Read\" lockItem=\"true\" />\n"
                        + "</authorization>\n</security>\n</system.ftpServer>\n")
                .replace("<ftpServer>", "<ftpServer lockElements=\"userIsolation\">")
                .replace("<anonymousAuthentication enabled=\"true\" />",
                        "<anonymousAuthentication enabled=\"true\" lockAttributes=\"enabled\" />");

        LoadResult result = load(text);

        assertThat(result.problems()).isEmpty();
        SiteConfig site = result.orElseThrow().sites().get(0);
        assertThat(site.ftp().connections().controlChannelTimeout()).hasSeconds(60);
        assertThat(site.policies().siteLevel().authorization()).singleElement()
                .satisfies(r -> assertThat(r.permissions()).containsExactly(Permission.READ));
    }

    @Test
    void aLockItemWrittenWithAnotherValueIsALocatedError() {
        LoadResult result = load(config("", SERVER_RULES.replace("lockItem=\"true\"", "lockItem=\"yes\"")));

        assertThat(result.errors()).extracting(Problem::toString).containsExactly("test.config:16:54: "
                + "system.ftpServer/security/authorization: add '* Read': attribute 'lockItem' must be true or false, got 'yes'");
    }

    @Test
    void removingALockedItemInALocationIsALocatedError() {
        String text = config("", SERVER_RULES + "<location path=\"FTP/Upload\">\n<system.ftpServer>\n<security>\n<authorization>\n"
                + "<remove users=\"*\" roles=\"\" permissions=\"Read\" />\n"
                + "<add accessType=\"Allow\" users=\"*\" permissions=\"Read, Write\" />\n"
                + "</authorization>\n</security>\n</system.ftpServer>\n</location>\n");

        LoadResult result = load(text);

        assertThat(result.errors()).extracting(Problem::toString).containsExactly("test.config:24:1: location 'FTP/Upload': "
                + "system.ftpServer/security/authorization: <remove> cannot remove the item locked (lockItem) at line 16");
    }

    @Test
    void clearingACollectionWithALockedItemInALocationIsALocatedError() {
        String text = config("", SERVER_RULES + "<location path=\"FTP\">\n<system.ftpServer>\n<security>\n<authorization>\n"
                + "<clear />\n</authorization>\n</security>\n</system.ftpServer>\n</location>\n");

        assertThat(load(text).errors()).extracting(Problem::message).containsExactly("location 'FTP': "
                + "system.ftpServer/security/authorization: <clear> cannot clear the collection: the item at line 16 is locked (lockItem)");
    }

    /** {@code serverSecurity} in system.ftpServer/security at the server level (line 15), {@code siteSecurity} for the site. */
    private static String serverAndLocation(String serverSecurity, String siteSecurity) {
        return config("", "<system.ftpServer>\n<security>\n" + serverSecurity + "\n</security>\n</system.ftpServer>\n"
                + "<location path=\"FTP\">\n<system.ftpServer>\n<security>\n" + siteSecurity + "\n</security>\n"
                + "</system.ftpServer>\n</location>\n");
    }

    @Test
    void aLockedAttributeSetInALocationIsALocatedError() {
        String text = serverAndLocation("<ipSecurity allowUnlisted=\"true\" lockAttributes=\"allowUnlisted\" />",
                "<ipSecurity allowUnlisted=\"false\" enableReverseDns=\"false\" />");

        assertThat(load(text).errors()).extracting(Problem::toString).containsExactly("test.config:21:13: location 'FTP': "
                + "system.ftpServer/security/ipSecurity: attribute 'allowUnlisted' is locked (lockAttributes) at line 15 and cannot be set here");
    }

    @Test
    void lockAllAttributesExceptLeavesOnlyTheNamedAttributesOpen() {
        String text = serverAndLocation("<ipSecurity lockAllAttributesExcept=\"enableReverseDns\" />",
                "<ipSecurity allowUnlisted=\"false\" enableReverseDns=\"true\" />");

        assertThat(load(text).errors()).extracting(Problem::message).containsExactly("location 'FTP': system.ftpServer/security/"
                + "ipSecurity: attribute 'allowUnlisted' is locked (lockAllAttributesExcept) at line 15 and cannot be set here");
    }

    @Test
    void lockedElementsCannotBeWrittenInALocation() {
        String text = serverAndLocation(
                "<requestFiltering lockElements=\"hiddenSegments\" lockAllElementsExcept=\"hiddenSegments,fileExtensions\">"
                        + "<hiddenSegments><add segment=\"_vti_bin\" /></hiddenSegments></requestFiltering>",
                "<requestFiltering><hiddenSegments><clear /></hiddenSegments><requestLimits maxUrl=\"1024\" /><fileExtensions />"
                        + "</requestFiltering>");

        assertThat(load(text).errors()).extracting(Problem::message).containsExactly(
                "location 'FTP': system.ftpServer/security/requestFiltering: element <hiddenSegments> in <requestFiltering> is "
                        + "locked (lockElements) at line 15 and cannot be set here",
                "location 'FTP': system.ftpServer/security/requestFiltering: element <requestLimits> in <requestFiltering> is "
                        + "locked (lockAllElementsExcept) at line 15 and cannot be set here");
    }

    @Test
    void theLockAttributesAreKeptWhenTheConfigApiWritesTheFile() throws Exception {
        Path file = Fixtures.installText(config("", SERVER_RULES), dir);
        try (ServerManager manager = new ServerManager(file)) {
            ConfigurationElement ssl = manager.getApplicationHostConfiguration().getSection("system.applicationHost/sites")
                    .getCollection().find("name", "FTP").orElseThrow().getChildElement("ftpServer")
                    .getChildElement("connections");
            ssl.setAttributeValue("controlChannelTimeout", 60);
            manager.commitChanges();
        }

        assertThat(Files.readString(file)).contains("<add accessType=\"Allow\" users=\"*\" permissions=\"Read\" lockItem=\"true\" />")
                .contains("controlChannelTimeout=\"60\"");
    }

    // -------------------------------------------------------------------------------------- delegation (item 1)

    @Test
    void overrideModeOnALocationAndOnTheInstallersDeclarationsIsAccepted() {
        String text = config("", "<location path=\"FTP\" overrideMode=\"Allow\">\n<system.ftpServer>\n<security>\n<authorization>\n"
                + "<add accessType=\"Allow\" users=\"?\" permissions=\"Read\" />\n</authorization>\n</security>\n</system.ftpServer>\n"
                + "</location>\n")
                .replace("<configuration>\n", "<configuration>\n<configSections>\n<sectionGroup name=\"system.ftpServer\">\n"
                        + "<section name=\"log\" overrideModeDefault=\"Deny\" allowDefinition=\"AppHostOnly\" />\n"
                        + "<sectionGroup name=\"security\">\n<section name=\"authorization\" overrideModeDefault=\"Deny\" />\n"
                        + "</sectionGroup>\n</sectionGroup>\n</configSections>\n");

        LoadResult result = load(text);

        assertThat(result.problems()).isEmpty();
        assertThat(result.orElseThrow().sites().get(0).policies().siteLevel().authorization()).hasSize(1);
    }

    @Test
    void anOverrideModeThatIsNoModeIsALocatedError() {
        String text = config("", "<location path=\"FTP\" overrideMode=\"Maybe\">\n<system.ftpServer>\n<security>\n<authorization>\n"
                + "<add accessType=\"Allow\" users=\"?\" permissions=\"Read\" />\n</authorization>\n</security>\n</system.ftpServer>\n"
                + "</location>\n");

        assertThat(load(text).errors()).extracting(Problem::toString).containsExactly(
                "test.config:13:22: <location path=\"FTP\">: overrideMode must be Allow, Deny or Inherit, got 'Maybe'");
    }

    // --------------------------------------------------------------------------------------------- <remove> (item 2)

    /** The lines of Microsoft's support article on FTP authorization inheritance. */
    @Test
    void aRemoveWithUsersRolesAndPermissionsRemovesTheInheritedRule() {
        String text = config("", "<system.ftpServer>\n<security>\n<authorization>\n"
                + "<add accessType=\"Allow\" users=\"*\" permissions=\"Read\" />\n</authorization>\n</security>\n</system.ftpServer>\n"
                + "<location path=\"FTP/Upload\">\n    <system.ftpServer>\n        <security>\n            <authorization>\n"
                + "                <remove users=\"*\" roles=\"\" permissions=\"Read\" />\n"
                + "                <add accessType=\"Allow\" users=\"*\" permissions=\"Read, Write\" />\n"
                + "            </authorization>\n        </security>\n    </system.ftpServer>\n</location>\n");

        LoadResult result = load(text);

        assertThat(result.problems()).isEmpty();
        SiteConfig site = result.orElseThrow().sites().get(0);
        assertThat(site.policies().siteLevel().authorization()).extracting(FtpPolicy.AuthorizationRule::permissions)
                .containsExactly(java.util.Set.of(Permission.READ));
        assertThat(site.policies().forPath("/upload/file.txt").authorization()).extracting(FtpPolicy.AuthorizationRule::permissions)
                .containsExactly(java.util.Set.of(Permission.READ, Permission.WRITE));
    }

    @Test
    void aRemoveMayCarryTheRulesOtherAttributesButNotABadValue() {
        String text = config("", "<system.ftpServer>\n<security>\n<authorization>\n"
                + "<add accessType=\"Allow\" users=\"*\" permissions=\"Read\" />\n</authorization>\n</security>\n</system.ftpServer>\n"
                + "<location path=\"FTP\">\n<system.ftpServer>\n<security>\n<authorization>\n"
                + "<remove accessType=\"Allow\" users=\"*\" roles=\"\" permissions=\"Read\" />\n"
                + "<remove accessType=\"Maybe\" users=\"nobody\" />\n"
                + "</authorization>\n</security>\n</system.ftpServer>\n</location>\n");

        LoadResult result = load(text);

        assertThat(result.errors()).extracting(Problem::message).singleElement().asString().contains("accessType").contains("Maybe");
    }

    // --------------------------------------------------------------------------------- log folders (items 3 and 4)

    @Test
    void iisDefaultLogFolderIsOurDefaultFolderWithAWarning() {
        String text = config("<logFile directory=\"%SystemDrive%\\inetpub\\logs\\LogFiles\" />", "");

        LoadResult result = load(text);

        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).extracting(Problem::message).containsExactly("site 'FTP': ftpServer/logFile: directory "
                + "'%SystemDrive%\\inetpub\\logs\\LogFiles' is IIS's default log folder, which has no meaning here; the log goes "
                + "to our default folder " + dir.resolve("logs").toAbsolutePath().normalize());
        assertThat(result.orElseThrow().sites().get(0).ftp().logFile().directory()).isEqualTo(dir.resolve("logs").toAbsolutePath().normalize());
        assertThat(result.orElseThrow().sites().get(0).ftp().logFile().enabled()).isTrue();
    }

    @Test
    void anotherLogFolderNamingAnUnsetVariableTurnsThatLogOffWithAWarning() {
        String text = config("<logFile directory=\"%LOGROOT%\\ftp\" />", "");

        LoadResult result = load(text);

        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).extracting(Problem::message).containsExactly("site 'FTP': ftpServer/logFile: directory "
                + "'%LOGROOT%\\ftp' names the unset environment variable %LOGROOT%; this log is not written");
        assertThat(result.orElseThrow().sites().get(0).ftp().logFile().enabled()).isFalse();
    }

    @Test
    void theDocumentedCentralLogFileDefaultLoadsWhileCentralLoggingIsOff() throws Exception {
        String text = config("", "<system.ftpServer>\n<log>\n<centralLogFile directory=\"%SystemDrive%\\inetpub\\logs\\LogFiles\"/>\n"
                + "</log>\n</system.ftpServer>\n");

        LoadResult result = load(text);

        assertThat(result.problems()).isEmpty();
        assertThat(result.orElseThrow().global().log().centralLogFile().directory())
                .isEqualTo(dir.resolve("logs").toAbsolutePath().normalize());
        try (ServerManager manager = new ServerManager(dir.resolve("applicationHost.config"))) {
            assertThat(manager.getApplicationHostConfiguration().getSection("system.ftpServer/log")
                    .getChildElement("centralLogFile").getAttributeValue("directory"))
                    .isEqualTo("%SystemDrive%\\inetpub\\logs\\LogFiles");
        }
    }

    // ------------------------------------------------------------------------------------ providers (item 5)

    @Test
    void onlyAnEnabledProviderThatIsNotAvailableIsWarnedAbout() {
        String text = config("", "").replace("<basicAuthentication enabled=\"true\" />", "<basicAuthentication enabled=\"true\" />"
                + "<customAuthentication><providers><add name=\"AspNetAuth\" enabled=\"false\" />"
                + "<add name=\"MyProvider\" enabled=\"true\" /></providers></customAuthentication>");

        assertThat(load(text).warnings()).extracting(Problem::message).containsExactly("site 'FTP': authentication provider "
                + "'MyProvider' is not available on this platform and is ignored (IisManagerAuth is)");
    }
}
