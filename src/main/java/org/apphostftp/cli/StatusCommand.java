package org.apphostftp.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
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

    static String text(JsonNode status) {
        JsonNode error = status.path("lastConfigError");
        String lastError = error.isObject()
                ? error.path("file").asText() + ":" + error.path("line").asText() + ":" + error.path("column").asText() + ": "
                        + error.path("message").asText()
                : "none";
        return "version:           " + status.path("version").asText() + "\n"
                + "uptime:            " + status.path("uptimeSeconds").asLong() + " s\n"
                + "config file:       " + status.path("configFile").asText() + "\n"
                + "last reload:       " + status.path("lastReload").asText() + "\n"
                + "last config error: " + lastError + "\n";
    }
}
