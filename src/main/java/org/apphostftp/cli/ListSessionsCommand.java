package org.apphostftp.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apphostftp.json.JsonValue;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code list sessions}: the live sessions as a table, or as the endpoint's JSON or XML. */
@Command(name = "sessions", description = {
        "List the live sessions of a running server: ID (the start of the session id; 'terminate session' takes it),",
        "SITE, USER, CLIENT (address), COMMAND (the last command received), SINCE (connect time, local: HH:MM today, else MM-DD),",
        "BYTES (sent/received: to and from the client). --json and --xml print every attribute",
        "(client port, times, previous command, directory, TLS, ...)."})
final class ListSessionsCommand extends AdminCommand {

    /** Characters of the session id shown in the table. */
    static final int SHORT_ID = 8;

    private static final DateTimeFormatter TODAY = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter EARLIER = DateTimeFormatter.ofPattern("MM-dd");

    @Option(names = "--site", paramLabel = "SITE", description = "Only sessions of this site.")
    String site;

    @Option(names = "--user", paramLabel = "USER", description = "Only sessions of this user (Anonymous for anonymous).")
    String user;

    @Option(names = "--client-ip", paramLabel = "IP", description = "Only sessions from this client address.")
    String clientIp;

    @Option(names = "--node", paramLabel = "NAME", description = "In a farm, only sessions held by this node (serverName).")
    String node;

    @ArgGroup(exclusive = true)
    OutputFormat format = new OutputFormat();

    @Override
    void run(AdminClient client, PrintWriter out) throws CommandFailure {
        String query = SessionQuery.of(site, user, clientIp);
        String path = "/api/sessions" + query
                + (node == null ? "" : (query.isEmpty() ? "?" : "&") + "serverName=" + AdminClient.encode(node));
        if (format.xml) {
            out.print(Xml.forTerminal(client.get(path, true)));
            return;
        }
        String body = client.get(path, false);
        out.print(format.json ? Json.pretty(body) + "\n" : table(Json.read(body).get("sessions"), ZoneId.systemDefault()));
    }

    static String table(JsonValue sessions, ZoneId zone) {
        Table table = new Table(List.of(
                new Table.Column("ID", SHORT_ID, SHORT_ID),
                new Table.Column("SITE", 8, 24, 1),
                new Table.Column("USER", 6, 20, 1),
                new Table.Column("CLIENT", 15, 39, 2), // an IPv4 address is never cut
                new Table.Column("COMMAND", 10, 200, 0),
                new Table.Column("SINCE", 5, 5),
                new Table.Column("BYTES", 5, 15, 2)));
        LocalDate today = LocalDate.now(zone);
        for (JsonValue s : sessions.items()) {
            table.row(List.of(
                    shortId(s.get("sessionId").text()),
                    s.get("siteName").text(),
                    orDash(s.get("userName").text()),
                    s.get("clientIp").text(),
                    orDash(s.get("currentCommand").text()),
                    since(s.get("sessionStartTime").text(), zone, today),
                    Bytes.human(s.get("bytesSent").asLong()) + "/" + Bytes.human(s.get("bytesReceived").asLong())));
        }
        return table.render(Table.WIDTH);
    }

    private static String shortId(String id) {
        return id.length() <= SHORT_ID ? id : id.substring(0, SHORT_ID);
    }

    private static String orDash(String text) {
        return text.isEmpty() ? "-" : text;
    }

    private static String since(String iso, ZoneId zone, LocalDate today) {
        try {
            ZonedDateTime local = Instant.parse(iso).atZone(zone);
            return (local.toLocalDate().equals(today) ? TODAY : EARLIER).format(local);
        } catch (DateTimeParseException e) {
            return iso;
        }
    }
}
