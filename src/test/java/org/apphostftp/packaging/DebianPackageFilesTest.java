package org.apphostftp.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apphostftp.config.ConfigLoader;
import org.apphostftp.config.LoadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files the Debian package is made of (src/deb; {@code mvn -B package -Pdeb} packs them with jdeb): the systemd
 * unit passes {@code systemd-analyze verify} and is hardened, the launcher points at the installed jar and config,
 * the shipped configuration is valid once its folders exist, and the maintainer scripts are valid shell.
 */
class DebianPackageFilesTest {

    private static final Path DEB = Path.of("src/deb");

    @TempDir
    Path dir;

    private static String unit() throws IOException {
        return Files.readString(DEB.resolve("systemd/apphost-ftp.service"));
    }

    @Test
    void theUnitIsHardenedReloadsWithSighupAndOutlastsTheTenSecondDrain() throws IOException {
        List<String> lines = unit().lines().toList();

        assertThat(lines).contains("User=apphost-ftp", "ExecStart=/usr/bin/apphost-ftp serve", "ExecReload=/bin/kill -HUP $MAINPID",
                "AmbientCapabilities=CAP_NET_BIND_SERVICE", "CapabilityBoundingSet=CAP_NET_BIND_SERVICE", "NoNewPrivileges=yes",
                "ProtectSystem=strict", "ReadWritePaths=/etc/apphost-ftp /srv/apphost-ftp /var/log/apphost-ftp", "ProtectHome=yes",
                "PrivateTmp=yes", "WantedBy=multi-user.target");
        int stop = Integer.parseInt(lines.stream().filter(l -> l.startsWith("TimeoutStopSec=")).findFirst().orElseThrow().substring(15));
        assertThat(stop).isGreaterThan(10).isLessThanOrEqualTo(30);
    }

    @Test
    void systemdAnalyzeVerifiesTheUnit() throws Exception {
        Path analyze = Path.of("/usr/bin/systemd-analyze");
        assertThat(analyze).as("systemd-analyze (package systemd) is needed; .ci/run installs it").exists();
        // the unit names /usr/bin/apphost-ftp, which exists only once installed: verify a copy pointing at a stand-in
        Path launcher = dir.resolve("apphost-ftp");
        Files.writeString(launcher, "#!/bin/sh\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path unit = dir.resolve("apphost-ftp.service");
        Files.writeString(unit, unit().replace("/usr/bin/apphost-ftp", launcher.toString()));

        Process p = new ProcessBuilder(analyze.toString(), "verify", unit.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());

        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).doesNotContain("apphost-ftp.service:");
    }

    @Test
    void theLauncherRunsTheInstalledJarWithTheEtcConfigAndTheServiceOptions() throws IOException {
        String launcher = Files.readString(DEB.resolve("bin/apphost-ftp"));

        assertThat(launcher).startsWith("#!/bin/sh\n").contains("-jar /usr/share/apphost-ftp/apphost-ftp.jar \"$@\"",
                "-Dapphost.config=/etc/apphost-ftp/applicationHost.config", ". /etc/default/apphost-ftp");
        assertThat(Files.readString(DEB.resolve("etc/default-apphost-ftp"))).contains("-Dapphost.log.dir=/var/log/apphost-ftp");
        assertThat(Files.isExecutable(DEB.resolve("bin/apphost-ftp"))).isTrue();
    }

    @Test
    void theShippedConfigurationIsValidOnceItsFoldersExist() throws IOException {
        String text = Files.readString(DEB.resolve("etc/applicationHost.config"));
        Path root = Files.createDirectories(dir.resolve("srv"));
        Path config = dir.resolve("applicationHost.config");
        Files.writeString(config, text.replace("/srv/apphost-ftp", root.toString()).replace("/var/log/apphost-ftp", dir.resolve("log").toString()));

        LoadResult loaded = ConfigLoader.standard().load(config);

        assertThat(loaded.errors()).isEmpty();
        assertThat(text).contains("bindingInformation=\"*:21:\"", "<anonymousAuthentication enabled=\"false\" />",
                "bindingInformation=\"127.0.0.1:8021\"");
    }

    @Test
    void theMaintainerScriptsAreValidShellAndMakeTheUserAndFolders() throws Exception {
        for (String script : List.of("postinst", "prerm", "postrm")) {
            Path file = DEB.resolve("control").resolve(script);
            assertThat(Files.isExecutable(file)).as(script).isTrue();
            Process p = new ProcessBuilder("sh", "-n", file.toString()).redirectErrorStream(true).start();
            assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(script + ": " + new String(p.getInputStream().readAllBytes())).isZero();
        }
        assertThat(Files.readString(DEB.resolve("control/postinst"))).contains("adduser --system --group",
                "chown apphost-ftp:apphost-ftp /srv/apphost-ftp /srv/apphost-ftp/upload /var/log/apphost-ftp");
        assertThat(Files.readString(DEB.resolve("control/control"))).contains("Package: apphost-ftp", "Architecture: all",
                "java17-runtime-headless");
    }
}
