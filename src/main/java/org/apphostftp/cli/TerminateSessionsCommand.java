package org.apphostftp.cli;

import java.io.PrintWriter;
import org.apphostftp.json.JsonValue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code terminate sessions --site S [--user U] [--client-ip IP]}: every matching session; prints the count. */
@Command(name = "sessions", description = {
        "Terminate every live session of a site that matches the options; prints 'terminated N sessions'.",
        "An unknown site, or a user without a live session there, is an error (exit 1).",
        "Sessions that end by themselves meanwhile are not counted."})
final class TerminateSessionsCommand extends AdminCommand {

    @Option(names = "--site", paramLabel = "SITE",
            description = "The site whose sessions end; may be left out when the server has one site.")
    String site;

    @Option(names = "--user", paramLabel = "USER", description = "Only sessions of this user (Anonymous for anonymous).")
    String user;

    @Option(names = "--client-ip", paramLabel = "IP", description = "Only sessions from this client address.")
    String clientIp;

    @Override
    void run(AdminClient client, PrintWriter out) throws CommandFailure {
        String siteName = SiteChoice.of(client, site);
        JsonValue sessions = Json.read(client.get("/api/sessions" + SessionQuery.of(siteName, user, clientIp), false)).get("sessions");
        if (sessions.items().isEmpty() && user != null) {
            throw new CommandFailure("no live session of user '" + user + "' on site '" + siteName + "'");
        }
        int terminated = 0;
        for (JsonValue s : sessions.items()) {
            AdminClient.Answer answer = client.send("DELETE", "/api/sessions/" + AdminClient.encode(s.get("sessionId").text()), false);
            if (answer.ok()) {
                terminated++;
            } else if (answer.status() != 404) { // 404: it ended by itself meanwhile
                throw client.failure(answer);
            }
        }
        out.println("terminated " + terminated + " sessions");
    }
}
