package org.apphostftp.cli;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * {@code status}, {@code list sessions} and {@code validate}, the commands administrators run most, without picocli: its classes are Java
 * 5 bytecode that class-data sharing cannot archive, so building its model costs a client process more than the work
 * itself. Only a command line made of these commands' own options, each once, is run here; anything else (help, an
 * unknown or repeated option, a missing value, --json with --xml) goes to picocli, which answers it as before.
 */
final class QuickCommands {

    private record Grammar(int words, Set<String> valued, Set<String> flags) {
    }

    private static final Grammar VALIDATE = new Grammar(1, Set.of("--config"), Set.of());
    private static final Grammar STATUS = new Grammar(1, Set.of("--config"), Set.of("--json"));
    private static final Grammar LIST_SESSIONS = new Grammar(2,
            Set.of("--config", "--site", "--user", "--client-ip", "--node"), Set.of("--json", "--xml"));

    private QuickCommands() {
    }

    /** The exit code when this is a command line run here; empty when picocli has to read it. */
    static OptionalInt run(List<String> args, PrintWriter out, PrintWriter err) {
        if (!args.isEmpty() && args.get(0).equals("validate")) {
            return options(args, VALIDATE).map(o -> OptionalInt.of(ValidateCommand.validate(config(o), out, err)))
                    .orElse(OptionalInt.empty());
        }
        if (!args.isEmpty() && args.get(0).equals("status")) {
            return options(args, STATUS).map(o -> OptionalInt.of(status(o, out, err))).orElse(OptionalInt.empty());
        }
        if (args.size() > 1 && args.get(0).equals("list") && args.get(1).equals("sessions")) {
            return options(args, LIST_SESSIONS).map(o -> OptionalInt.of(listSessions(o, out, err))).orElse(OptionalInt.empty());
        }
        return OptionalInt.empty();
    }

    /** Option name to value ("" for a flag); empty for anything but the plain forms. */
    private static Optional<Map<String, String>> options(List<String> args, Grammar grammar) {
        Map<String, String> options = new HashMap<>();
        for (int i = grammar.words(); i < args.size(); i++) {
            String arg = args.get(i);
            int equals = arg.indexOf('=');
            String name = equals > 0 ? arg.substring(0, equals) : arg;
            String value;
            if (grammar.flags().contains(arg)) {
                value = "";
            } else if (grammar.valued().contains(name) && equals > 0) {
                value = arg.substring(equals + 1);
            } else if (grammar.valued().contains(name) && i + 1 < args.size() && !args.get(i + 1).startsWith("-")) {
                value = args.get(++i);
            } else {
                return Optional.empty();
            }
            if (options.put(name, value) != null) {
                return Optional.empty();
            }
        }
        if (options.containsKey("--json") && options.containsKey("--xml")) {
            return Optional.empty();
        }
        return Optional.of(options);
    }

    private static int status(Map<String, String> options, PrintWriter out, PrintWriter err) {
        StatusCommand command = new StatusCommand();
        command.json = options.containsKey("--json");
        return AdminCommand.execute(command, config(options), out, err);
    }

    private static int listSessions(Map<String, String> options, PrintWriter out, PrintWriter err) {
        ListSessionsCommand command = new ListSessionsCommand();
        command.site = options.get("--site");
        command.user = options.get("--user");
        command.clientIp = options.get("--client-ip");
        command.node = options.get("--node");
        command.format.json = options.containsKey("--json");
        command.format.xml = options.containsKey("--xml");
        return AdminCommand.execute(command, config(options), out, err);
    }

    private static ConfigOption config(Map<String, String> options) {
        ConfigOption config = new ConfigOption();
        config.config = options.getOrDefault("--config", ConfigOption.defaultConfig());
        return config;
    }
}
