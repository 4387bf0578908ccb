package org.apphostftp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Java program that embeds the server as a module ({@code requires org.apphostftp;}), compiled with javac on the
 * module path (our compiled module and its runtime dependencies, as Maven resolves them into
 * target/runtime-classpath.txt) and run with {@code java --module-path ... -m}: it loads the file, shows its problems,
 * starts a host on what it checked, reads the config API and the typed view, and stops. A program that imports an internal package does not compile.
 */
class ModuleConsumerTest {

    private static final String MODULE_INFO = "module demo.embedder { requires org.apphostftp; }";

    private static final String EMBEDDER = """
            package demo.embedder;

            import java.nio.file.Path;
            import java.util.Map;
            import org.apphostftp.FtpHost;
            import org.apphostftp.config.effective.LoadedConfiguration;
            import org.apphostftp.config.effective.SiteState;
            import org.apphostftp.config.jaxb.ConfigurationXml;
            import org.apphostftp.config.jaxb.Site;
            import org.apphostftp.configapi.ConfigurationElement;
            import org.apphostftp.configapi.ServerManager;

            public class Main {
                public static void main(String[] args) {
                    LoadedConfiguration loaded = FtpHost.load(Path.of(args[0]), Map.of());
                    loaded.problems().forEach(p -> System.out.println("problem: " + p));
                    if (!loaded.ok()) {
                        System.exit(2);
                    }
                    try (FtpHost host = FtpHost.start(loaded);
                         ServerManager manager = host.serverManager()) {
                        ConfigurationElement site = manager.getApplicationHostConfiguration()
                                .getSection("system.applicationHost/sites").getCollection()
                                .find("name", "Embedded").orElseThrow();
                        ConfigurationXml typed = manager.getApplicationHostConfiguration().getTypedView();
                        Site first = typed.systemApplicationHost.sites.sites.get(0);
                        SiteState state = first.ftpServer.state;
                        System.out.println("config API: " + site.getAttributeValue("name") + " "
                                + site.getChildElement("ftpServer").getAttributeValue("state"));
                        System.out.println("typed view: " + first.name + " " + state + " sessions="
                                + first.ftpServer.sessions.sessions.size());
                    }
                }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void aModuleThatRequiresOrgApphostftpStartsTheHostAndReadsTheConfigApiAndTheTypedView() throws Exception {
        StringWriter errors = new StringWriter();
        Path classes = compile("demo/embedder/Main.java", EMBEDDER, errors);
        assertThat(classes).as(errors.toString()).isNotNull();
        int port = FreePorts.next();
        Files.createDirectories(dir.resolve("root"));
        Path config = dir.resolve("applicationHost.config");
        Files.writeString(config, """
                <configuration><system.applicationHost><sites>
                  <site name="Embedded" id="1"><bindings><binding protocol="ftp" bindingInformation="127.0.0.1:%d:" /></bindings>
                    <application path="/"><virtualDirectory path="/" physicalPath="root" /></application></site>
                </sites></system.applicationHost>
                <system.ftpServer><management enabled="false" /></system.ftpServer></configuration>
                """.formatted(port));

        Path out = dir.resolve("run.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "--module-path", classes + File.pathSeparator + modulePath(),
                "-m", "demo.embedder/demo.embedder.Main", config.toString())
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        try {
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the embedder ends").isTrue();
        } finally {
            p.destroyForcibly();
        }
        String log = Files.readString(out);
        assertThat(p.exitValue()).as(log).isZero();
        assertThat(log).contains("config API: Embedded Started", "typed view: Embedded STARTED sessions=0");
    }

    @Test
    void aModuleThatImportsAnInternalPackageDoesNotCompile() throws Exception {
        StringWriter errors = new StringWriter();
        Path classes = compile("demo/embedder/Main.java", """
                package demo.embedder;

                public class Main {
                    public static void main(String[] args) {
                        System.out.println(org.apphostftp.config.ConfigLoader.standard());
                    }
                }
                """, errors);
        assertThat(classes).isNull();
        assertThat(errors.toString()).contains("package org.apphostftp.config is declared in module org.apphostftp",
                "which does not export it");
    }

    /** The classes of the demo.embedder module, or null when javac refused it (its messages are in {@code errors}). */
    private Path compile(String file, String source, StringWriter errors) throws IOException, URISyntaxException {
        Path src = dir.resolve("src");
        Files.createDirectories(src.resolve(file).getParent());
        Files.writeString(src.resolve("module-info.java"), MODULE_INFO);
        Files.writeString(src.resolve(file), source);
        Path classes = dir.resolve("classes");
        ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow();
        PrintWriter err = new PrintWriter(errors, true);
        // an empty class path: javac run in this JVM would otherwise take the tests' class path as its own
        int status = javac.run(err, err, "-d", classes.toString(), "--class-path", src.toString(), "--module-path", modulePath(),
                src.resolve("module-info.java").toString(), src.resolve(file).toString());
        return status == 0 ? classes : null;
    }

    /** Our compiled module and the runtime dependencies Maven resolved (no test library). */
    private static String modulePath() throws IOException, URISyntaxException {
        Path ours = Path.of(FtpHost.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String dependencies = Files.readString(Path.of("target", "runtime-classpath.txt"), StandardCharsets.UTF_8).strip();
        return ours + File.pathSeparator + dependencies;
    }
}
