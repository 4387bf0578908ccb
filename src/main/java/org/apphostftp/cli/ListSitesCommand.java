package org.apphostftp.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.apphostftp.json.JsonValue;
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
        out.print(format.json ? Json.pretty(body) + "\n" : table(Json.read(body).get("sites")));
    }

    static String table(JsonValue sites) {
        Table table = new Table(List.of(
                new Table.Column("NAME", 4, 32),
                new Table.Column("ID", 2, 10),
                new Table.Column("STATE", 5, 8),
                new Table.Column("BINDINGS", 8, 400)));
        for (JsonValue site : sites.items()) {
            List<String> bindings = new ArrayList<>();
            site.get("bindings").items().forEach(b -> bindings.add(b.get("protocol").text() + " " + b.get("bindingInformation").text()));
            table.row(List.of(site.get("name").text(), site.get("id").text(), site.get("state").text(),
                    String.join(", ", bindings)));
        }
        return table.render(Table.WIDTH);
    }
}
