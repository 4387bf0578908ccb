package org.apphostftp.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apphostftp.ExternalClients;
import org.apphostftp.ExternalClients.Result;
import org.apphostftp.FreePorts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The .deb that {@code mvn package} built (jdeb, profile {@code deb}), opened with Debian's own {@code dpkg-deb}: the
 * files where the issue promised them, every file under /etc a conffile, the maintainer scripts that make the system
 * user and the log folder, the hardened unit as shipped (and accepted by {@code systemd-analyze verify}); then the
 * extracted tree runs: its launcher, pointed at the extracted root instead of /, serves a real FTP login to curl, its
 * appcmd lists the site, and SIGTERM (what systemd sends) ends it within the unit's stop timeout.
 * Runs in the verify phase (failsafe): the .deb exists only after package.
 */
class BuiltPackageIT {

    private static final Path DEB = Path.of(System.getProperty("apphost.deb", "target/apphost-ftp_0.1.0~SNAPSHOT_all.deb"));

    @TempDir
    static Path work;
    static Path root;
    static Path control;

    @BeforeAll
    static void extract() {
        assertThat(DEB).as("the package built by mvn package (profile deb)").exists();
        root = work.resolve("root");
        control = work.resolve("control");
        dpkgDeb("-x", DEB.toString(), root.toString());
        dpkgDeb("-e", DEB.toString(), control.toString());
    }

    private static String dpkgDeb(String... args) {
        Result r = ExternalClients.run(work, Stream.concat(Stream.of("dpkg-deb"), Stream.of(args)).toList(), null);
        assertThat(r.exitCode()).as("dpkg-deb " + String.join(" ", args) + ": " + r.err()).isZero();
        return r.out();
    }

    /** {@code path -> mode} of every entry of the data archive, e.g. {@code /usr/bin/appcmd -> -rwxr-xr-x}. */
    private static List<String> listing() {
        return dpkgDeb("-c", DEB.toString()).lines().map(l -> {
            String[] f = l.trim().split("\\s+");
            return f[f.length - 1].substring(1).replaceAll("/$", "") + " " + f[0];
        }).toList();
    }

    @Test
    void theJarLaunchersConfigAndUnitAreWhereTheIssuePromisedThem() {
        assertThat(listing()).contains("/usr/share/apphost-ftp/apphost-ftp.jar -rw-r--r--", "/usr/bin/apphost-ftp -rwxr-xr-x",
                "/usr/bin/appcmd -rwxr-xr-x", "/etc/apphost-ftp/applicationHost.config -rw-r-----",
                "/etc/default/apphost-ftp -rw-r--r--", "/lib/systemd/system/apphost-ftp.service -rw-r--r--",
                "/var/log/apphost-ftp drwxr-x---", "/usr/share/doc/apphost-ftp/README.md -rw-r--r--");
        assertThat(dpkgDeb("-f", DEB.toString(), "Package", "Architecture")).isEqualTo("Package: apphost-ftp\nArchitecture: all\n");
    }

    @Test
    void everyFileUnderEtcIsAConffileSoAnUpgradeKeepsTheAdministratorsEdits() throws IOException {
        Set<String> etcFiles = listing().stream().filter(l -> l.startsWith("/etc/") && l.contains(" -")).map(l -> l.substring(0, l.indexOf(' '))).collect(Collectors.toSet());

        assertThat(etcFiles).contains("/etc/apphost-ftp/applicationHost.config", "/etc/default/apphost-ftp");
        assertThat(Files.readAllLines(control.resolve("conffiles"))).containsExactlyInAnyOrderElementsOf(etcFiles);
    }

    @Test
    void theMaintainerScriptsMakeTheSystemUserAndTheLogFolderAndStopTheServiceOnRemove() throws Exception {
        String postinst = Files.readString(control.resolve("postinst"));
        assertThat(postinst).contains("adduser --system --group", "--shell /usr/sbin/nologin apphost-ftp",
                "mkdir -p /srv/apphost-ftp/upload /var/log/apphost-ftp", "chmod 0750 /var/log/apphost-ftp",
                "systemctl enable apphost-ftp.service");
        assertThat(Files.readString(control.resolve("prerm"))).contains("systemctl stop apphost-ftp.service");
        assertThat(Files.readString(control.resolve("postrm"))).contains("\"purge\"", "rm -rf /var/log/apphost-ftp");
        for (String script : List.of("postinst", "prerm", "postrm")) {
            assertThat(Files.isExecutable(control.resolve(script))).as(script).isTrue();
            Result syntax = ExternalClients.run(work, List.of("sh", "-n", control.resolve(script).toString()), null);
            assertThat(syntax.exitCode()).as(script + ": " + syntax.err()).isZero();
        }
        // every file the package ships is the one its md5sums name (dpkg --verify reads them after installing)
        Result sums = ExternalClients.run(root, List.of("md5sum", "--check", "--quiet", control.resolve("md5sums").toString()), null);
        assertThat(sums.exitCode()).as(sums.out() + sums.err()).isZero();
    }

    @Test
    void theShippedUnitIsHardenedAndSystemdAnalyzeAcceptsIt() throws IOException {
        Path shipped = root.resolve("lib/systemd/system/apphost-ftp.service");
        assertThat(Files.readAllLines(shipped)).contains("User=apphost-ftp", "ExecStart=/usr/bin/apphost-ftp serve",
                "ExecReload=/bin/kill -HUP $MAINPID", "AmbientCapabilities=CAP_NET_BIND_SERVICE",
                "CapabilityBoundingSet=CAP_NET_BIND_SERVICE", "NoNewPrivileges=yes", "ProtectSystem=strict",
                "ReadWritePaths=/etc/apphost-ftp /srv/apphost-ftp /var/log/apphost-ftp", "TimeoutStopSec=15");
        Path analyze = Path.of("/usr/bin/systemd-analyze");
        assertThat(analyze).as("systemd-analyze (package systemd) is needed; .ci/run installs it").exists();
        // ExecStart must name an existing executable: the extracted launcher stands where /usr/bin/apphost-ftp will
        Path unit = work.resolve("apphost-ftp.service");
        Files.writeString(unit, Files.readString(shipped).replace("/usr/bin/apphost-ftp", root.resolve("usr/bin/apphost-ftp").toString()));

        Result verify = ExternalClients.run(work, List.of(analyze.toString(), "verify", unit.toString()), null);

        assertThat(verify.exitCode()).as(verify.out() + verify.err()).isZero();
        assertThat(verify.out() + verify.err()).doesNotContain("apphost-ftp.service:");
    }

    @Test
    void theExtractedLauncherServesAnFtpLoginWritesItsLogsAndStopsOnSigtermWithinTheUnitsTimeout() throws Exception {
        // a tree of its own: the other tests read the shipped files as they are
        Path run = work.resolve("run");
        dpkgDeb("-x", DEB.toString(), run.toString());
        int ftp = FreePorts.next();
        int admin = FreePorts.next();
        Path etc = run.resolve("etc/apphost-ftp/applicationHost.config");
        Files.writeString(etc, Files.readString(etc).replace("*:21:", "127.0.0.1:" + ftp + ":")
                .replace("127.0.0.1:8021", "127.0.0.1:" + admin).replace("/srv/apphost-ftp", run.resolve("srv/apphost-ftp").toString())
                .replace("/var/log/apphost-ftp", run.resolve("var/log/apphost-ftp").toString()));
        Files.createDirectories(run.resolve("srv/apphost-ftp/upload"));
        Path defaults = run.resolve("etc/default/apphost-ftp");
        Files.writeString(defaults, Files.readString(defaults).replace("/var/log/apphost-ftp", run.resolve("var/log/apphost-ftp").toString()));
        Path launcher = rooted(run, "usr/bin/apphost-ftp");
        Path appcmd = rooted(run, "usr/bin/appcmd");

        Result added = ExternalClients.run(work, List.of(launcher.toString(), "user", "add", "alice", "--password-stdin"), "s3cret-pw\n");
        assertThat(added.exitCode()).as(added.out() + added.err()).isZero();
        assertThat(added.out()).contains("added user 'alice'");
        Result sites = ExternalClients.run(work, List.of(appcmd.toString(), "list", "site"), null);
        assertThat(sites.out()).as(sites.err()).contains("Default FTP Site");

        Process serve = new ProcessBuilder(launcher.toString(), "serve").redirectErrorStream(true)
                .redirectOutput(work.resolve("serve.out").toFile()).start();
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> listening(ftp));
            Files.writeString(work.resolve("note.txt"), "from the package test\n");

            Result upload = ExternalClients.curl(work, "-T", "note.txt", "ftp://alice:s3cret-pw@127.0.0.1:" + ftp + "/upload/");
            Result list = ExternalClients.curl(work, "--list-only", "ftp://alice:s3cret-pw@127.0.0.1:" + ftp + "/upload/");

            assertThat(upload.exitCode()).as(upload.err()).isZero();
            assertThat(list.out()).contains("note.txt");
            assertThat(run.resolve("srv/apphost-ftp/upload/note.txt")).hasContent("from the package test");
            assertThat(run.resolve("etc/apphost-ftp/management.token")).exists();
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(logLines(run, "FTPSVC1")).anyMatch(l -> l.contains(" STOR ")));
            assertThat(run.resolve("var/log/apphost-ftp/apphost-ftp.log")).content(StandardCharsets.UTF_8).contains("admin endpoint on");
        } finally {
            serve.destroy();  // SIGTERM, as systemctl stop sends it
            boolean ended = serve.waitFor(15, TimeUnit.SECONDS);
            if (!ended) {
                serve.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            assertThat(ended).as("serve ends within TimeoutStopSec=15 after SIGTERM").isTrue();
        }
        assertThat(serve.exitValue()).as(Files.readString(work.resolve("serve.out"))).isIn(0, 143);
    }

    /** The extracted script with / replaced by the extracted root, so it runs the extracted jar, config and defaults. */
    private static Path rooted(Path root, String script) throws IOException {
        Path file = root.resolve(script);
        String text = Files.readString(file);
        String r = root.toString();
        Files.writeString(file, text.replace("/usr/share/apphost-ftp/", r + "/usr/share/apphost-ftp/").replace(" /etc/", " " + r + "/etc/")
                .replace("=/etc/", "=" + r + "/etc/").replace("exec /usr/bin/", "exec " + r + "/usr/bin/"));
        assertThat(Files.readString(file)).isNotEqualTo(text);
        return file;
    }

    private static List<String> logLines(Path root, String folder) throws IOException {
        Path dir = root.resolve("var/log/apphost-ftp").resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.flatMap(f -> {
                try {
                    return Files.readAllLines(f).stream();
                } catch (IOException e) {
                    return Stream.empty();
                }
            }).toList();
        }
    }

    private static boolean listening(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
