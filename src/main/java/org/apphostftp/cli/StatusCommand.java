package org.apphostftp.cli;

import java.io.PrintWriter;
import org.apphostftp.json.JsonValue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code status [--json]}: the running server's /api/status. */
@Command(name = "status", description = {"Show the running server's version, uptime, config file, last reload and last",
        "configuration error (the endpoint's /api/status), as text or with --json as its JSON."})
final class StatusCommand extends AdminCommand {

    @Option(names = "--json", description = "Print the JSON of /api/status.")
    boolean json;

    @Override
    void run(AdminClient client, PrintWriter out) throws CommandFailure {
        String body = client.get("/api/status", false);
        if (json) {
            out.print(Json.pretty(body) + "\n");
            return;
        }
        out.print(text(Json.read(body)));
    }

    static String text(JsonValue status) {
        JsonValue error = status.get("lastConfigError");
        String lastError = error.isObject()
                ? error.get("file").text() + ":" + error.get("line").text() + ":" + error.get("column").text() + ": "
                        + error.get("message").text()
                : "none";
        return "version:           " + status.get("version").text() + "\n"
                + "uptime:            " + status.get("uptimeSeconds").asLong() + " s\n"
                + "config file:       " + status.get("configFile").text() + "\n"
                + "last reload:       " + status.get("lastReload").text() + "\n"
                + "last config error: " + lastError + "\n";
    }
}
