package org.apphostftp.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apphostftp.audit.AuditEntry;
import org.apphostftp.audit.AuditTrail;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code audit}: the latest lines of the audit trail, read from the file itself (so it works while the server is
 * stopped, and shows the CLI's own user changes).
 */
@Command(name = "audit", description = {
        "Show the latest audit lines: who terminated, stopped, started, committed, reloaded or changed what.",
        "Reads audit.log in logs/ beside the config file, or in the folder of -Dapphost.log.dir (the package's /var/log/apphost-ftp)."})
final class AuditCommand implements Callable<Integer> {

    private static final List<Table.Column> COLUMNS = List.of(new Table.Column("TIME", 24, 24), new Table.Column("ACTION", 6, 40),
            new Table.Column("TARGET", 10, 400), new Table.Column("RESULT", 2, 400), new Table.Column("WHO", 5, 100),
            new Table.Column("FROM", 5, 60));

    @Mixin
    private ConfigOption config;

    @Option(names = {"-n", "--lines"}, paramLabel = "N", defaultValue = "20", description = "How many lines (default ${DEFAULT-VALUE}).")
    private int lines;

    @Option(names = "--json", description = "The lines as they are in the file (one JSON object each).")
    private boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (lines < 1) {
            spec.commandLine().getErr().println("apphost-ftp: -n must be at least 1, not " + lines);
            return 2;
        }
        AuditTrail trail = AuditTrail.forConfig(config.path()).withoutServerLog();
        List<AuditEntry> entries;
        try {
            entries = trail.latest(lines);
        } catch (IOException e) {
            spec.commandLine().getErr().println("apphost-ftp: " + e.getMessage());
            return 1;
        }
        if (json) {
            for (AuditEntry e : entries) {
                out.println(e.toJsonText());
            }
        } else if (entries.isEmpty()) {
            out.println("no audit lines in " + trail.file());
        } else {
            Table table = new Table(COLUMNS);
            entries.forEach(e -> table.row(List.of(e.time(), e.action(), e.target(), e.result(), e.who(), e.from())));
            out.print(table.render(Integer.MAX_VALUE));
        }
        out.flush();
        return 0;
    }
}
