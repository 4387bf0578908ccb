package org.apphostftp.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;

/** Calls a site's Start or Stop through POST /api/sites/{name}/start|stop and reports the state it is in after. */
final class SiteMethod {

    private SiteMethod() {
    }

    static void invoke(AdminClient client, PrintWriter out, String site, String action) throws CommandFailure {
        JsonNode answer = Json.read(client.post("/api/sites/" + AdminClient.encode(site) + "/" + action));
        out.println("site '" + answer.path("name").asText(site) + "': " + answer.path("state").asText());
    }
}
