package org.apphostftp.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apphostftp.config.effective.PasswordHash;
import org.apphostftp.config.location.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules of SPEC 2.3, one at a time, each reported with a location. */
class ValidationRulesTest {

    @TempDir
    Path dir;

    private static String config(String sitesInner, String rest) {
        return "<?xml version=\"1.0\"?>\n<configuration>\n<system.applicationHost>\n<sites>\n" + sitesInner
                + "</sites>\n</system.applicationHost>\n" + rest + "</configuration>\n";
    }

    private static String site(String name, int id, String binding, String ftpServerInner) {
        return "<site name=\"" + name + "\" id=\"" + id + "\">\n"
                + "<bindings><binding protocol=\"ftp\" bindingInformation=\"" + binding + "\" /></bindings>\n"
                + "<application path=\"/\"><virtualDirectory path=\"/\" physicalPath=\"root-" + id + "\" /></application>\n"
                + "<ftpServer>" + ftpServerInner
                + "<security><ssl controlChannelPolicy=\"SslAllow\" dataChannelPolicy=\"SslAllow\" />"
                + "<authentication><anonymousAuthentication enabled=\"true\" /></authentication></security>"
                + "</ftpServer>\n</site>\n";
    }

    private LoadResult load(String text) {
        return load(text, Map.of());
    }

    private LoadResult load(String text, Map<String, String> env) {
        return Fixtures.loader(env).load(Fixtures.installText(text, dir), "test.config");
    }

    @Test
    void aValidMinimalSiteHasNoProblems() {
        LoadResult result = load(config(site("S", 1, "127.0.0.1:2121:", ""), ""));

        assertThat(result.problems()).isEmpty();
        assertThat(result.ok()).isTrue();
    }

    @Test
    void misspeltElementIsAnErrorWithASuggestion() {
        LoadResult result = load(config(site("S", 1, "127.0.0.1:2121:", "<conections />"), ""));

        assertThat(result.errors()).extracting(Problem::message)
                .containsExactly("site 'S': ftpServer: unknown element <conections> in <ftpServer> (did you mean 'connections'?)");
    }

    @Test
    void runtimeAttributeWrittenInTheFileIsAnError() {
        String text = config(site("S", 1, "127.0.0.1:2121:", ""), "").replace("<ftpServer>", "<ftpServer state=\"Started\">");

        assertThat(load(text).errors()).extracting(Problem::message).containsExactly(
                "site 'S': ftpServer: attribute 'state' is runtime data filled by the running server and cannot be configured");
    }

    @Test
    void serverOnlySectionInsideALocationIsAnError() {
        String text = config(site("S", 1, "127.0.0.1:2121:", ""),
                "<location path=\"S\"><system.ftpServer><firewallSupport lowDataChannelPort=\"5000\" highDataChannelPort=\"5100\" />"
                        + "</system.ftpServer></location>\n");

        assertThat(load(text).errors()).extracting(Problem::message).containsExactly("location 'S': system.ftpServer/firewallSupport: "
                + "this section can only be set at the server level, not inside <location path=\"S\">");
    }

    @Test
    void unknownSectionInSystemFtpServerIsAnError() {
        String text = config(site("S", 1, "127.0.0.1:2121:", ""), "<system.ftpServer><firewalSupport /></system.ftpServer>\n");

        assertThat(load(text).errors()).extracting(Problem::message)
                .containsExactly("unknown section 'system.ftpServer/firewalSupport' (did you mean 'firewallSupport'?)");
    }

    @Test
    void locationNamingNoSiteIsOnlyAWarning() {
        String text = config(site("S", 1, "127.0.0.1:2121:", ""),
                "<location path=\"Nope/dir\"><system.ftpServer><security><authorization>"
                        + "<add accessType=\"Allow\" users=\"*\" permissions=\"Read\" /></authorization></security></system.ftpServer></location>\n");

        LoadResult result = load(text);

        assertThat(result.ok()).isTrue();
        assertThat(result.warnings()).extracting(Problem::toString)
                .containsExactly("test.config:12:1: warning: location 'Nope/dir' names no site; its settings are not used");
    }

    @Test
    void duplicateCollectionEntryIsAnError() {
        String text = config(site("S", 1, "127.0.0.1:2121:", "<security><commandFiltering>"
                + "<add command=\"SYST\" allowed=\"false\" /><add command=\"syst\" allowed=\"true\" /></commandFiltering></security>"), "");

        assertThat(load(text).errors()).extracting(Problem::message).anySatisfy(m -> assertThat(m)
                .startsWith("site 'S': ftpServer/security/commandFiltering/add 'syst': duplicate <add> with the same command as line"));
    }

    @Test
    void unsetEnvironmentVariableInPhysicalPathNamesSiteAndVariable() {
        String text = config(site("S", 1, "127.0.0.1:2121:", ""), "")
                .replace("physicalPath=\"root-1\"", "physicalPath=\"%SystemDrive%\\inetpub\\ftproot\"");

        assertThat(load(text).errors()).extracting(Problem::message).containsExactly(
                "site 'S': physicalPath '%SystemDrive%\\inetpub\\ftproot' names the unset environment variable %SystemDrive%");
    }

    @Test
    void environmentVariablesExpandAndBackslashesReadAsSlashes() throws Exception {
        Files.createDirectories(dir.resolve("data/ftp"));
        String text = config(site("S", 1, "127.0.0.1:2121:", ""), "")
                .replace("physicalPath=\"root-1\"", "physicalPath=\"%FTPDATA%\\ftp\"");

        LoadResult result = load(text, Map.of("FTPDATA", dir.resolve("data").toString()));

        assertThat(result.errors()).isEmpty();
        assertThat(result.orElseThrow().sites().get(0).root().physicalPath()).isEqualTo(dir.resolve("data/ftp"));
    }

    @Test
    void missingPhysicalPathIsAnErrorNamingSiteAndPath() throws Exception {
        LoadResult first = load(config(site("S", 1, "127.0.0.1:2121:", ""), ""));
        Files.delete(dir.resolve("root-1"));

        LoadResult result = Fixtures.loader().load(dir.resolve("applicationHost.config"), "test.config");

        assertThat(first.ok()).isTrue();
        assertThat(result.errors()).extracting(Problem::message).singleElement().asString()
                .startsWith("site 'S': physicalPath 'root-1' does not exist");
    }

    @Test
    void siteWithoutRootFolderIsAnError() {
        String text = config(site("S", 1, "127.0.0.1:2121:", ""), "").replace("virtualDirectory path=\"/\"", "virtualDirectory path=\"/x\"");

        assertThat(load(text).errors()).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).startsWith("site 'S': the site has no root folder"));
    }

    @Test
    void duplicateSiteNamesAreErrors() {
        LoadResult result = load(config(site("S", 1, "127.0.0.1:2121:", "") + site("s", 2, "127.0.0.1:2122:", ""), ""));

        assertThat(result.errors()).extracting(Problem::message).anySatisfy(m -> assertThat(m)
                .startsWith("site 's': duplicate site name"));
    }

    @Test
    void wildcardAndSpecificAddressOnOnePortAreAnError() {
        LoadResult result = load(config(site("S", 1, "*:2121:", "") + site("T", 2, "127.0.0.1:2121:x.test", ""), ""));

        assertThat(result.errors()).extracting(Problem::message).anySatisfy(m -> assertThat(m)
                .contains("mixes the address '*' with a specific address on port 2121"));
    }

    @Test
    void ipv6BindingsAreRead() {
        LoadResult result = load(config(site("S", 1, "[::1]:2121:", ""), ""));

        assertThat(result.errors()).isEmpty();
        assertThat(result.orElseThrow().sites().get(0).bindings().get(0).endpoint().address()).isEqualTo("::1");
    }

    @Test
    void bindingWithoutHostPartIsAnError() {
        assertThat(load(config(site("S", 1, "127.0.0.1:2121", ""), "")).errors()).extracting(Problem::message)
                .containsExactly("site 'S': binding '127.0.0.1:2121': must be IP:port:host (host may be empty, as in '*:21:'), "
                        + "got '127.0.0.1:2121'");
    }

    @Test
    void requiredSslWithoutCertificateWarnsThatNobodyCanLogIn() {
        String text = config(site("S", 1, "127.0.0.1:2121:", ""), "")
                .replace("<ssl controlChannelPolicy=\"SslAllow\" dataChannelPolicy=\"SslAllow\" />", "");

        LoadResult result = load(text);

        assertThat(result.ok()).isTrue();
        assertThat(result.warnings()).extracting(Problem::message).containsExactly("site 'S': SSL is required (the IIS default, "
                + "no <ssl> is written) but no certificate is configured (security/ssl/@serverCertFile): nobody can log in");
    }

    @Test
    void passiveRangeMustBeOrdered() {
        String text = config(site("S", 1, "127.0.0.1:2121:", ""),
                "<system.ftpServer><firewallSupport lowDataChannelPort=\"6000\" highDataChannelPort=\"5000\" /></system.ftpServer>\n");

        assertThat(load(text).errors()).extracting(Problem::message)
                .containsExactly("system.ftpServer/firewallSupport: lowDataChannelPort 6000 is above highDataChannelPort 5000");
    }

    @Test
    void adminEndpointOnANetworkAddressNeedsTlsOrAllowRemote() {
        String text = config(site("S", 1, "127.0.0.1:2121:", ""),
                "<system.ftpServer><management bindingInformation=\"0.0.0.0:8021\" /></system.ftpServer>\n");

        assertThat(load(text).errors()).extracting(Problem::message).singleElement().asString()
                .startsWith("system.ftpServer/management: bindingInformation 0.0.0.0:8021 is not a loopback address");
        assertThat(load(text.replace("0.0.0.0:8021\"", "0.0.0.0:8021\" allowRemote=\"true\"")).ok()).isTrue();
    }

    @Test
    void plaintextPasswordIsAnErrorAndUnsaltedIisHashAWarning() {
        String users = "<system.webServer><management><authentication><credentials>"
                + "<add name=\"plain\" password=\"secret\" />"
                + "<add name=\"iis\" password=\"2BB80D537B1DA3E38BD30361AA855686BDE0EACD7162FEF6A25FE97BF527A25B\" />"
                + "</credentials></authentication></management></system.webServer>\n";

        LoadResult result = load(config(site("S", 1, "127.0.0.1:2121:", ""), users));

        assertThat(result.errors()).extracting(Problem::message).singleElement().asString()
                .startsWith("user 'plain': password must be a salted hash");
        assertThat(result.warnings()).extracting(Problem::message).singleElement().asString()
                .startsWith("user 'iis': unsalted SHA-256 password hash (IIS format) is weak");
    }

    @Test
    void credentialsComeFromAdministrationConfigBesideTheFile() throws Exception {
        String hash = PasswordHash.create("pw".toCharArray(), 1000).toString();
        Files.writeString(dir.resolve("administration.config"), "<configuration><system.webServer><management><authentication>"
                + "<credentials><add name=\"bob\" password=\"" + hash + "\" roles=\"Editors, ops\" /></credentials>"
                + "</authentication></management></system.webServer></configuration>");

        LoadResult result = load(config(site("S", 1, "127.0.0.1:2121:", ""), ""));

        assertThat(result.warnings()).extracting(Problem::toString).singleElement().asString()
                .startsWith("administration.config:1:").contains("PBKDF2 with only 1000 iterations is weak");
        var bob = result.orElseThrow().credentials().get(0);
        assertThat(bob.name()).isEqualTo("bob");
        assertThat(bob.roles()).containsExactlyInAnyOrder("editors", "ops");
        assertThat(bob.password().verify("pw".toCharArray())).isTrue();
    }

    @Test
    void loadingNeverWritesTheFile() throws Exception {
        Path file = Fixtures.install("invalid-many-errors.config", dir);
        byte[] before = Files.readAllBytes(file);
        var modified = Files.getLastModifiedTime(file);

        Fixtures.loader().load(file);

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .doesNotContain("administration.config", "management.token");
        }
    }
}
