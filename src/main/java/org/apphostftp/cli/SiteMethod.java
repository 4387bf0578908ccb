package org.apphostftp.cli;

import java.io.PrintWriter;
import org.apphostftp.json.JsonValue;

/** Calls a site's Start or Stop through POST /api/sites/{name}/start|stop and reports the state it is in after. */
final class SiteMethod {

    private SiteMethod() {
    }

    static void invoke(AdminClient client, PrintWriter out, String site, String action) throws CommandFailure {
        JsonValue answer = Json.read(client.post("/api/sites/" + AdminClient.encode(site) + "/" + action));
        out.println("site '" + answer.get("name").text(site) + "': " + answer.get("state").text());
    }
}
