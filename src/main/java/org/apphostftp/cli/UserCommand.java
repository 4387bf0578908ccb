package org.apphostftp.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apphostftp.audit.AuditTrail;
import org.apphostftp.config.CredentialsFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code user add|passwd|remove NAME}: the credential store in administration.config beside the config file. */
@Command(name = "user", mixinStandardHelpOptions = true,
        description = "Manage the users of the credential store (administration.config beside the config file).",
        subcommands = {UserCommand.Add.class, UserCommand.Passwd.class, UserCommand.Remove.class, UserCommand.ListUsers.class})
final class UserCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /** Options shared by the password-setting commands. */
    static final class PasswordInput {
        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
        boolean stdin;

        char[] read(CommandSpec spec) throws IOException {
            if (stdin) {
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                String line = in.readLine();
                if (line == null || line.isEmpty()) {
                    throw new IOException("no password on standard input");
                }
                return line.toCharArray();
            }
            Console console = System.console();
            if (console == null) {
                throw new IOException("no terminal to ask for the password: use --password-stdin");
            }
            char[] first = console.readPassword("Password: ");
            char[] second = console.readPassword("Password again: ");
            if (first == null || first.length == 0 || !Arrays.equals(first, second)) {
                throw new IOException("the passwords are empty or do not match");
            }
            Arrays.fill(second, '\0');
            return first;
        }
    }

    private abstract static class UserAction implements Callable<Integer> {
        @Mixin
        ConfigOption config;

        @Parameters(index = "0", paramLabel = "NAME", description = "The user name.")
        String name;

        @Spec
        CommandSpec spec;

        CredentialsFile file() {
            return CredentialsFile.besides(config.path(), config.config);
        }

        @Override
        public Integer call() {
            AuditTrail audit = AuditTrail.forConfig(config.path()).withoutServerLog();
            String action = "user " + spec.name();
            try {
                String done = act();
                audit.record(action, "user " + name, "ok");
                spec.commandLine().getOut().println(done);
                return 0;
            } catch (IOException | CredentialsFile.CredentialsException e) {
                audit.record(action, "user " + name, "failed: " + e.getMessage());
                spec.commandLine().getErr().println("apphost-ftp: " + e.getMessage());
                return 1;
            }
        }

        abstract String act() throws IOException, CredentialsFile.CredentialsException;
    }

    @Command(name = "add", description = "Add a user (salted PBKDF2-HMAC-SHA256 hash; never plaintext).")
    static final class Add extends UserAction {
        @Mixin
        PasswordInput password;

        @Option(names = "--roles", paramLabel = "ROLES", description = "Comma-separated roles for authorization rules.")
        String roles;

        @Override
        String act() throws IOException, CredentialsFile.CredentialsException {
            char[] secret = password.read(spec);
            try {
                file().add(name, secret, Optional.ofNullable(roles));
            } finally {
                Arrays.fill(secret, '\0');
            }
            return "added user '" + name + "' to " + file().file();
        }
    }

    @Command(name = "passwd", description = "Set a new password for a user.")
    static final class Passwd extends UserAction {
        @Mixin
        PasswordInput password;

        @Override
        String act() throws IOException, CredentialsFile.CredentialsException {
            char[] secret = password.read(spec);
            try {
                file().setPassword(name, secret);
            } finally {
                Arrays.fill(secret, '\0');
            }
            return "changed the password of '" + name + "'";
        }
    }

    @Command(name = "remove", description = "Remove a user.")
    static final class Remove extends UserAction {
        @Override
        String act() throws IOException, CredentialsFile.CredentialsException {
            file().remove(name);
            return "removed user '" + name + "'";
        }
    }

    @Command(name = "list", description = {"List the users of the credential store: NAME, ROLES, ENABLED and the file and line",
            "that defines each (administration.config, or applicationHost.config itself)."})
    static final class ListUsers implements Callable<Integer> {
        @Mixin
        ConfigOption config;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            org.apphostftp.config.LoadResult loaded = org.apphostftp.config.ConfigLoader.standard().load(config.path(), config.config);
            if (!loaded.ok()) {
                loaded.errors().forEach(p -> spec.commandLine().getErr().println(p));
                return 1;
            }
            Table table = new Table(java.util.List.of(new Table.Column("NAME", 4, 40), new Table.Column("ROLES", 5, 60),
                    new Table.Column("ENABLED", 7, 7), new Table.Column("DEFINED AT", 10, 200)));
            for (org.apphostftp.config.effective.Credential c : loaded.orElseThrow().credentials()) {
                table.row(java.util.List.of(c.name(), String.join(",", new java.util.TreeSet<>(c.roles())), String.valueOf(c.enabled()),
                        c.location().file() + ":" + c.location().line()));
            }
            spec.commandLine().getOut().print(table.render(Table.WIDTH));
            return 0;
        }
    }
}
