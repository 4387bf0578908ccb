package org.apphostftp.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apphostftp.json.JsonValue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code terminate session ID}: the session's Terminate method; exit 1 with {@code no such session: ID}. */
@Command(name = "session", description = {
        "Terminate one live session: its client gets '421 Session terminated by administrator.'",
        "ID is the session id, or its start as 'list sessions' shows it when no other session starts the same way.",
        "Exits 1 with 'no such session: ID' when no live session has it."})
final class TerminateSessionCommand extends AdminCommand {

    /** Characters of a whole session id (a UUID). */
    private static final int FULL_ID = 36;

    @Parameters(index = "0", paramLabel = "ID", description = "The session id (sessionId), or its unique start.")
    String id;

    @Override
    void run(AdminClient client, PrintWriter out) throws CommandFailure {
        String sessionId = resolve(client);
        AdminClient.Answer answer = client.send("DELETE", "/api/sessions/" + AdminClient.encode(sessionId), false);
        if (answer.status() == 404) {
            throw new CommandFailure("no such session: " + id);
        }
        if (!answer.ok()) {
            throw client.failure(answer);
        }
        out.println("terminated session " + sessionId);
    }

    /** The whole id: as given, or the one live session whose id starts with it. */
    private String resolve(AdminClient client) throws CommandFailure {
        if (id.length() >= FULL_ID) {
            return id;
        }
        String start = id.toLowerCase(Locale.ROOT);
        List<String> matches = new ArrayList<>();
        for (JsonValue s : Json.read(client.get("/api/sessions", false)).get("sessions").items()) {
            if (s.get("sessionId").text().startsWith(start)) {
                matches.add(s.get("sessionId").text());
            }
        }
        if (matches.isEmpty()) {
            throw new CommandFailure("no such session: " + id);
        }
        if (matches.size() > 1) {
            throw new CommandFailure("session id '" + id + "' is ambiguous: " + matches.size()
                    + " live sessions start with it; give more of it");
        }
        return matches.get(0);
    }
}
