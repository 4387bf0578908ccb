package org.apphostftp.cli;

import java.util.List;
import org.apphostftp.config.StartupPhases;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code apphost-ftp}: the one binary (run by bin/apphost-ftp or java -jar target/apphost-ftp.jar). */
@Command(name = "apphost-ftp",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "An FTP server configured by an IIS-style applicationHost.config.")
public final class Main implements Runnable {

    /**
     * The subcommands; only the one a command line names is built (picocli reads each class's annotations). A method,
     * not a constant: the quick commands and appcmd never load picocli's help command (Java 5 bytecode, which the
     * class-data archive cannot hold).
     */
    static List<Class<?>> subcommands() {
        return List.of(ServeCommand.class, ValidateCommand.class, ListCommand.class, TerminateCommand.class,
                StartCommand.class, StopCommand.class, UserCommand.class, StatusCommand.class, AppcmdCommand.class,
                AuditCommand.class, CertCommand.class, CommandLine.HelpCommand.class);
    }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        StartupPhases.mark("main entered");
        ClientLogging.chooseFor(args);
        int code = run(args);
        StartupPhases.mark("command done");
        StartupPhases.print(System.err);
        System.exit(code);
    }

    /** Runs the CLI and returns its exit code. */
    public static int run(String... args) {
        java.io.PrintWriter out = new java.io.PrintWriter(System.out, true);
        java.io.PrintWriter err = new java.io.PrintWriter(System.err, true);
        return run(out, err, args);
    }

    /** The CLI with its output going to {@code out} and {@code err} (tests use this). */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        if (args.length > 1 && args[0].equals("appcmd") && !args[1].startsWith("--help")) {
            return AppcmdCommand.run(List.of(args).subList(1, args.length), out, err); // appcmd reads its own syntax
        }
        java.util.OptionalInt quick = QuickCommands.run(List.of(args), out, err);
        if (quick.isPresent()) {
            return quick.getAsInt();
        }
        return commandLine(args).setOut(out).setErr(err).execute(args);
    }

    private static CommandLine commandLine(String... args) {
        CommandLine line = new CommandLine(new Main());
        String first = args.length == 0 ? "" : args[0];
        List<Class<?>> all = subcommands();
        List<Class<?>> named = all.stream().filter(c -> nameOf(c).equals(first)).toList();
        for (Class<?> sub : named.isEmpty() ? all : named) {
            line.addSubcommand(sub);
        }
        return line.setCaseInsensitiveEnumValuesAllowed(true);
    }

    private static String nameOf(Class<?> subcommand) {
        Command command = subcommand.getAnnotation(Command.class);
        return command == null ? "" : command.name();
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
