package org.apphostftp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.apphostftp.config.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/apphost-ftp's class-data sharing archive as an administrator meets it: made by the first client command in
 * target/cds/, and a truncated, garbage or unwritable archive never costs a command its answer (a truncated archive
 * mapped by the JVM crashes it with SIGBUS, so the launcher checks the size its name records). Each case runs the real
 * launcher (bash) on a copy of it in a temporary home whose jar holds this build's classes.
 */
class LauncherArchiveTest {

    @TempDir
    static Path home;

    @TempDir
    Path dir;

    private static Path config;

    @BeforeAll
    static void homeWithLauncherAndJar() throws IOException {
        Files.createDirectories(home.resolve("bin"));
        Files.copy(Path.of("bin/apphost-ftp"), home.resolve("bin/apphost-ftp"), StandardCopyOption.COPY_ATTRIBUTES);
        writeJar(home.resolve("target/apphost-ftp.jar"));
        config = Fixtures.install("minimal-anonymous.config", Files.createDirectories(home.resolve("conf")));
    }

    /** target/classes as a jar whose manifest names Main and, as Class-Path, the dependency jars of this test run. */
    private static void writeJar(Path jar) throws IOException {
        Files.createDirectories(jar.getParent());
        List<String> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (entry.endsWith(".jar")) {
                classPath.add(Path.of(entry).toAbsolutePath().toUri().getRawPath());
            }
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
        Path classes = Path.of("target/classes");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
    }

    /** The launcher's exit code, stdout and stderr, run in {@code dir} (where a crashing JVM would leave hs_err files). */
    private record Run(int exit, String out, String err) {
    }

    private Run launch(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", home.resolve("bin/apphost-ftp").toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("the launcher did not finish: " + command);
        }
        return new Run(p.exitValue(), Files.readString(dir.resolve("out.txt")), Files.readString(dir.resolve("err.txt")));
    }

    private static List<Path> archives() throws IOException {
        Path cds = home.resolve("target/cds");
        if (!Files.isDirectory(cds)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cds)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsa")).toList();
        }
    }

    /** The archive the launcher keeps, after checking that its name ends in its own size. */
    private static Path theArchive() throws IOException {
        List<Path> archives = archives();
        assertThat(archives).hasSize(1);
        Path archive = archives.get(0);
        String name = archive.getFileName().toString();
        long recorded = Long.parseLong(name.substring(name.lastIndexOf('-') + 1, name.length() - ".jsa".length()));
        assertThat(Files.size(archive)).isEqualTo(recorded);
        return archive;
    }

    private void assertValidateAnswers() throws Exception {
        Run run = launch("validate", "--config", config.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("ok: 1 site (1 FTP), 1 FTP binding\n");
        assertThat(run.err()).isEmpty();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("hs_err"));
        }
    }

    private static void replace(Path archive, byte[] content) {
        try {
            archive.toFile().setWritable(true);
            Files.write(archive, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theFirstClientCommandMakesTheArchiveAndLaterOnesAnswerWithIt() throws Exception {
        assertValidateAnswers();
        Path archive = theArchive();

        assertValidateAnswers();

        assertThat(theArchive()).isEqualTo(archive);
    }

    @Test
    void aTruncatedArchiveIsMadeAgainInsteadOfCrashingTheJvm() throws Exception {
        assertValidateAnswers();
        Path archive = theArchive();
        replace(archive, java.util.Arrays.copyOf(Files.readAllBytes(archive), 100_000));

        assertValidateAnswers();

        assertThat(Files.size(theArchive())).isGreaterThan(100_000);
    }

    @Test
    void anArchiveOfGarbageWithTheRightSizeIsIgnoredByTheJvm() throws Exception {
        assertValidateAnswers();
        Path archive = theArchive();
        byte[] garbage = new byte[(int) Files.size(archive)];
        new Random(14).nextBytes(garbage);
        replace(archive, garbage);

        assertValidateAnswers();
    }

    @Test
    void aCacheFolderThatCannotBeMadeLeavesTheCommandWithoutArchive() throws Exception {
        Path cds = home.resolve("target/cds");
        for (Path archive : archives()) {
            Files.delete(archive);
        }
        Files.deleteIfExists(cds);
        Files.writeString(cds, "not a folder"); // mkdir fails, as in a read-only install (root ignores file modes)
        try {
            assertValidateAnswers();

            assertThat(Files.isRegularFile(cds)).isTrue();
        } finally {
            Files.delete(cds);
        }
    }

    @Test
    void theDebianLauncherSkipsATruncatedArchiveOfPostinst() throws Exception {
        assertValidateAnswers();
        byte[] whole = Files.readAllBytes(theArchive());
        Path cache = Files.createDirectories(dir.resolve("cache"));
        Files.write(cache.resolve("apphost-ftp-" + whole.length + ".jsa"), java.util.Arrays.copyOf(whole, 100_000));
        Path launcher = home.resolve("bin/deb-apphost-ftp");
        Files.writeString(launcher, Files.readString(Path.of("src/deb/bin/apphost-ftp"))
                .replace("/usr/share/apphost-ftp/apphost-ftp.jar", home.resolve("target/apphost-ftp.jar").toString())
                .replace("/var/cache/apphost-ftp", cache.toString())
                .replace("/etc/default/apphost-ftp", dir.resolve("no-default").toString()));

        Process p = new ProcessBuilder("sh", launcher.toString(), "validate", "--config", config.toString())
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("deb.txt").toFile()).start();

        assertThat(p.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(dir.resolve("deb.txt"))).isEqualTo("ok: 1 site (1 FTP), 1 FTP binding\n");
        assertThat(p.exitValue()).isZero();
    }

    @Test
    void clientCommandsStillPrintTheirErrorsOnStderrWithExitCodeOne() throws Exception {
        Path missing = dir.resolve("missing/applicationHost.config");
        Path broken = dir.resolve("broken.config");
        Files.writeString(broken, "<configuration><system.ftpServer>", StandardCharsets.UTF_8);

        Run validate = launch("validate", "--config", broken.toString());
        Run status = launch("status", "--config", missing.toString());
        Run appcmd = launch("appcmd", "list", "site", "--config", missing.toString());

        assertThat(validate.exit()).isEqualTo(1);
        assertThat(validate.out()).isEmpty();
        assertThat(validate.err()).isEqualTo(broken + ":1:33: malformed XML: Unexpected EOF; was expecting a close tag for "
                + "element <system.ftpServer>\n");
        assertThat(status.exit()).isEqualTo(1);
        assertThat(status.out()).isEmpty();
        assertThat(status.err()).isEqualTo("cannot find the admin endpoint: " + missing + " has errors\n" + missing
                + ": no such file\n");
        assertThat(appcmd.exit()).isEqualTo(1);
        assertThat(appcmd.out()).isEmpty();
        assertThat(appcmd.err()).startsWith("ERROR ( message:Cannot read configuration file " + missing + " )\n");
    }
}
