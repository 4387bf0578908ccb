package org.apphostftp.cli;

import java.util.ArrayList;
import java.util.List;
import org.apphostftp.json.JsonValue;

/** The site a command acts on: the one named (which must exist), or the only site of the server. */
final class SiteChoice {

    private SiteChoice() {
    }

    static String of(AdminClient client, String named) throws CommandFailure {
        List<String> names = new ArrayList<>();
        for (JsonValue site : Json.read(client.get("/api/sites", false)).get("sites").items()) {
            names.add(site.get("name").text());
        }
        if (named == null) {
            if (names.size() == 1) {
                return names.get(0);
            }
            throw new CommandFailure("the server has " + names.size() + " sites: name one with --site (" + String.join(", ", names) + ")");
        }
        return names.stream().filter(n -> n.equalsIgnoreCase(named)).findFirst()
                .orElseThrow(() -> new CommandFailure("no such site: " + named + " (the sites are: " + String.join(", ", names) + ")"));
    }
}
