package org.apphostftp.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;

/** {@code list sites}: every site with its id, state and bindings. */
@Command(name = "sites", description = "List the sites of a running server: NAME, ID, STATE (Started, Stopped, ...) and BINDINGS.")
final class ListSitesCommand extends AdminCommand {

    @ArgGroup(exclusive = true)
    OutputFormat format = new OutputFormat();

    @Override
    void run(AdminClient client, PrintWriter out) throws CommandFailure {
        if (format.xml) {
            out.print(Xml.forTerminal(client.get("/api/sites", true)));
            return;
        }
        String body = client.get("/api/sites", false);
        out.print(format.json ? Json.pretty(body) + "\n" : table(Json.read(body).path("sites")));
    }

    static String table(JsonNode sites) {
        Table table = new Table(List.of(
                new Table.Column("NAME", 4, 32),
                new Table.Column("ID", 2, 10),
                new Table.Column("STATE", 5, 8),
                new Table.Column("BINDINGS", 8, 400)));
        for (JsonNode site : sites) {
            List<String> bindings = new ArrayList<>();
            site.path("bindings").forEach(b -> bindings.add(b.path("protocol").asText() + " " + b.path("bindingInformation").asText()));
            table.row(List.of(site.path("name").asText(), site.path("id").asText(), site.path("state").asText(),
                    String.join(", ", bindings)));
        }
        return table.render(Table.WIDTH);
    }
}
