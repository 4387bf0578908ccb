package org.apphostftp.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code apphost-ftp}: the one binary (run by bin/apphost-ftp or java -jar target/apphost-ftp.jar). */
@Command(name = "apphost-ftp",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "An FTP server configured by an IIS-style applicationHost.config.",
        subcommands = {ServeCommand.class, ValidateCommand.class, ListCommand.class, TerminateCommand.class, StartCommand.class,
                StopCommand.class, UserCommand.class, AuditCommand.class, CertCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit code. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The CLI with its output going to {@code out} and {@code err} (tests use this). */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        return commandLine().setOut(out).setErr(err).execute(args);
    }

    private static CommandLine commandLine() {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
