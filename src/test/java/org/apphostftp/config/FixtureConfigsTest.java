package org.apphostftp.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apphostftp.config.effective.AccessType;
import org.apphostftp.config.effective.ControlChannelPolicy;
import org.apphostftp.config.effective.DataChannelPolicy;
import org.apphostftp.config.effective.FtpPolicy;
import org.apphostftp.config.effective.Permission;
import org.apphostftp.config.effective.ServerConfig;
import org.apphostftp.config.effective.ShowFlag;
import org.apphostftp.config.effective.SiteConfig;
import org.apphostftp.config.effective.UserIsolationMode;
import org.apphostftp.config.effective.VirtualDirectory;
import org.apphostftp.config.location.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each shared fixture loads to the effective values its comment states. */
class FixtureConfigsTest {

    @TempDir
    Path dir;

    private ServerConfig load(String fixture) {
        LoadResult result = Fixtures.loader().load(Fixtures.install(fixture, dir));
        assertThat(result.errors()).isEmpty();
        return result.orElseThrow();
    }

    @Test
    void minimalAnonymousSiteAllowsAnonymousReadOverPlaintext() {
        ServerConfig config = load("minimal-anonymous.config");

        assertThat(config.sites()).hasSize(1);
        SiteConfig site = config.sites().get(0);
        assertThat(site.name()).isEqualTo("Public FTP");
        assertThat(site.id()).isEqualTo(7);
        assertThat(site.autoStart()).isTrue();
        assertThat(site.bindings()).extracting(Object::toString).containsExactly("127.0.0.1:2121:");
        assertThat(site.root().physicalPath()).isEqualTo(dir.resolve("public").toAbsolutePath().normalize());
        assertThat(site.ftp().authentication().anonymous()).isTrue();
        assertThat(site.ftp().authentication().credentialStore()).isFalse();
        assertThat(site.ftp().ssl().controlChannelPolicy()).isEqualTo(ControlChannelPolicy.SSL_ALLOW);
        assertThat(site.ftp().ssl().dataChannelPolicy()).isEqualTo(DataChannelPolicy.SSL_ALLOW);
        assertThat(site.policies().siteLevel().authorization()).containsExactly(
                new FtpPolicy.AuthorizationRule(AccessType.ALLOW, List.of("?"), List.of(), java.util.Set.of(Permission.READ)));
    }

    @Test
    void siteDefaultsFillWhatSitesLeaveOut() {
        ServerConfig config = load("site-defaults.config");

        SiteConfig alpha = config.site("alpha").orElseThrow();
        SiteConfig beta = config.site("beta").orElseThrow();
        assertThat(alpha.ftp().connections().controlChannelTimeout()).isEqualTo(Duration.ofSeconds(45));
        assertThat(beta.ftp().connections().controlChannelTimeout()).isEqualTo(Duration.ofSeconds(300));
        assertThat(alpha.ftp().messages().expandVariables()).isTrue();
        assertThat(alpha.ftp().messages().bannerMessage()).isEqualTo("ready");
        assertThat(alpha.ftp().messages().greetingMessage()).isEqualTo("hi %UserName% on %SiteName%");
        assertThat(alpha.ftp().messages().suppressDefaultBanner()).isTrue();
        for (SiteConfig site : List.of(alpha, beta)) {
            assertThat(site.ftp().connections().dataChannelTimeout()).isEqualTo(Duration.ofSeconds(30));
            assertThat(site.ftp().connections().unauthenticatedTimeout()).isEqualTo(Duration.ofSeconds(30));
            assertThat(site.ftp().userIsolation()).isEqualTo(UserIsolationMode.NONE);
            assertThat(site.ftp().authentication().anonymous()).isFalse();
            assertThat(site.ftp().authentication().basic()).isTrue();
            assertThat(site.ftp().allowUtf8()).isTrue();
            assertThat(site.ftp().directoryBrowse().showFlags())
                    .containsExactlyInAnyOrder(ShowFlag.STYLE_UNIX, ShowFlag.DISPLAY_VIRTUAL_DIRECTORIES);
        }
    }

    @Test
    void siteWithoutFtpBindingIsNotAnFtpSite() {
        ServerConfig config = load("site-defaults.config");

        assertThat(config.sites()).extracting(SiteConfig::name).containsExactly("alpha", "beta");
        assertThat(config.site("www-only")).isEmpty();
    }

    @Test
    void virtualHostsShareOneEndpointAndGlobalPassiveRange() {
        ServerConfig config = load("virtual-hosts.config");

        SiteConfig red = config.site("ftp.red.test").orElseThrow();
        SiteConfig blue = config.site("ftp.blue.test").orElseThrow();
        assertThat(red.bindings().get(0).endpoint()).isEqualTo(blue.bindings().get(0).endpoint());
        assertThat(red.bindings().get(0).host()).isEqualTo("ftp.red.test");
        assertThat(blue.bindings().get(0).host()).isEqualTo("ftp.blue.test");
        assertThat(config.global().passivePorts().low()).isEqualTo(50000);
        assertThat(config.global().passivePorts().high()).isEqualTo(50099);
        assertThat(config.global().useDomainNameAsHostName()).isTrue();
        assertThat(red.ftp().externalIp4Address()).contains("192.0.2.10");
        assertThat(blue.ftp().externalIp4Address()).isEmpty();
        assertThat(red.policies().siteLevel().authorization()).extracting(FtpPolicy.AuthorizationRule::users)
                .containsExactly(List.of("carol"));
        assertThat(blue.policies().siteLevel().authorization()).extracting(FtpPolicy.AuthorizationRule::users)
                .containsExactly(List.of("*"));
    }

    @Test
    void userIsolationFixtureHasVirtualHomeAndGlobalVirtualDirectory() {
        ServerConfig config = load("user-isolation.config");

        SiteConfig iso = config.site("iso").orElseThrow();
        assertThat(iso.ftp().userIsolation()).isEqualTo(UserIsolationMode.ISOLATE_ALL_DIRECTORIES);
        assertThat(iso.virtualDirectories()).extracting(VirtualDirectory::virtualPath)
                .containsExactly("/", "/LocalUser/dave", "/shared");
        assertThat(iso.virtualDirectories().get(1).physicalPath()).isEqualTo(dir.resolve("dave-home").toAbsolutePath().normalize());
        assertThat(iso.ftp().authentication().anonymous()).isTrue();
        assertThat(iso.ftp().authentication().basic()).isTrue();
    }

    @Test
    void invalidFixtureReportsEveryListedErrorWithItsLineAndColumnInOnePass() {
        Path file = Fixtures.install("invalid-many-errors.config", dir);

        LoadResult result = Fixtures.loader().load(file, "invalid-many-errors.config");

        assertThat(result.ok()).isFalse();
        assertThat(result.errors()).extracting(Problem::toString).contains(
                "invalid-many-errors.config:17:24: site 'a': ftpServer/connections: attribute 'controlChannelTimeout' must be an integer, got 'abc'",
                "invalid-many-errors.config:17:52: site 'a': ftpServer/connections: unknown attribute 'colour' on <connections>",
                "invalid-many-errors.config:24:22: site 'b': duplicate id 1 (already used by site 'a' at line 13)",
                "invalid-many-errors.config:29:43: site 'c': binding '127.0.0.1:70000:': port 70000 is out of range 1-65535",
                "invalid-many-errors.config:33:43: site 'd': binding '127.0.0.1:2121:' uses the same IP:port:host as site 'a' at line 14",
                "invalid-many-errors.config:20:13: site 'a': ftpServer/sessions: <session> is runtime data (the live state of the server) "
                        + "and cannot be written in the configuration file");
        assertThat(result.errors()).extracting(Problem::toString).anySatisfy(line -> assertThat(line).startsWith(
                "invalid-many-errors.config:18:26: site 'a': ftpServer/userIsolation: attribute 'mode' must be one of StartInUsersDirectory"));
        assertThat(result.errors()).hasSize(7);
    }

    @Test
    void problemsAreSortedByLine() {
        LoadResult result = Fixtures.loader().load(Fixtures.install("invalid-many-errors.config", dir));

        assertThat(result.problems()).isSortedAccordingTo(Problem.BY_LOCATION);
    }
}
