package org.apphostftp.cli;

import java.io.PrintWriter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code list config [LOCATION] -section:PATH}: a section as the running server has it, like appcmd. */
@Command(name = "config", separator = ":", description = {
        "Print a section as the running server has it now, runtime parts included (site state, live sessions),",
        "in the shape of applicationHost.config (XML, the default) or as JSON. Like appcmd list config:",
        "  list config -section:system.applicationHost/sites",
        "  list config \"Default FTP Site\" -section:system.ftpServer/security/authorization --json",
        "Options take their value after ':' (-section:PATH, --config:FILE) or as the next argument."})
final class ListConfigCommand extends AdminCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "LOCATION",
            description = "A location path (\"Site\" or \"Site/folder\"); the server level when left out.")
    String location;

    @Option(names = {"-section", "--section", "/section"}, required = true, paramLabel = "PATH",
            description = "The section, e.g. system.applicationHost/sites or system.ftpServer/security/authorization.")
    String section;

    @ArgGroup(exclusive = true)
    OutputFormat format = new OutputFormat();

    @Override
    void run(AdminClient client, PrintWriter out) throws CommandFailure {
        java.util.Set<String> sections = new java.util.TreeSet<>(org.apphostftp.config.schema.ConfigSchema.standard().sections().keySet());
        String wanted = section.replaceAll("^/+|/+$", "");
        String known = sections.stream().filter(wanted::equalsIgnoreCase).findFirst().orElseThrow(() -> new CommandFailure(
                "no section '" + section + "'; the sections are:\n  " + String.join("\n  ", sections)));
        String path = "/api/config?section=" + AdminClient.encode(known)
                + (location == null ? "" : "&location=" + AdminClient.encode(location));
        if (format.json) {
            out.print(Json.pretty(client.get(path, false)) + "\n");
        } else {
            out.print(Xml.forTerminal(client.get(path, true)));
        }
    }
}
