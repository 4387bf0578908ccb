package org.apphostftp.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The site a command acts on: the one named (which must exist), or the only site of the server. */
final class SiteChoice {

    private SiteChoice() {
    }

    static String of(AdminClient client, String named) throws CommandFailure {
        List<String> names = new ArrayList<>();
        for (JsonNode site : Json.read(client.get("/api/sites", false)).path("sites")) {
            names.add(site.path("name").asText());
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
