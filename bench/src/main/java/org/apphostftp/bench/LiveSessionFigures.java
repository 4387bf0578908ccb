package org.apphostftp.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apphostftp.FtpHost;

/**
 * The figures that need the live server in reach: listing every session with N connected, and Terminate in the middle
 * of a download. Starts apphost-ftp in this JVM on the benchmark configuration, opens N logged-in idle sessions, and
 * prints one JSON line per figure (the format of the peers' ftpload.py, so the same table tool reads both).
 *
 * <pre>
 * java -cp bench/target/apphost-ftp-bench.jar:target/apphost-ftp.jar org.apphostftp.bench.LiveSessionFigures \
 *   --config WORK/conf/applicationHost.config --port 2127 --user ftpbench --password ftpbench --path big.bin \
 *   [--sessions 5000] [--list-reps 100] [--terminate-reps 10] [--via auto|http|config-api] [--server here|running]
 *   [--admin http://127.0.0.1:8027] [--token-file WORK/conf/management.token] [--tag key=value ...]
 * </pre>
 *
 * With {@code --via auto} (the default) the sessions are listed and terminated through the HTTP admin endpoint when
 * the server runs one, else through the config API in this JVM; the result line says which.
 */
public final class LiveSessionFigures {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LIST_WARMUP = 30;

    private LiveSessionFigures() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> tags = new LinkedHashMap<>();
        Map<String, String> o = options(args, tags);
        Path config = Path.of(required(o, "config"));
        int port = Integer.parseInt(required(o, "port"));
        int sessions = Integer.parseInt(o.getOrDefault("sessions", "5000"));
        boolean running = switch (o.getOrDefault("server", "here")) {
            case "running" -> true;
            case "here" -> false;
            default -> throw new IllegalArgumentException("--server must be here or running, got '" + o.get("server") + "'");
        };
        try (FtpHost host = running ? null : FtpHost.start(config)) {
            AdminAccess admin = AdminAccess.choose(o.getOrDefault("via", "auto"), host,
                    URI.create(o.getOrDefault("admin", "http://127.0.0.1:8021")),
                    Path.of(o.getOrDefault("token-file", config.resolveSibling("management.token").toString())));
            try (IdleClients idle = IdleClients.open(port, required(o, "user"), required(o, "password"), sessions, 32)) {
                emit(tags, listing(admin, idle.size(), Integer.parseInt(o.getOrDefault("list-reps", "100"))));
                emit(tags, terminate(new TerminateFigure(admin, port, required(o, "user"), required(o, "password"),
                        required(o, "path")), admin, idle.size(), Integer.parseInt(o.getOrDefault("terminate-reps", "10"))));
            }
        }
    }

    private static ObjectNode listing(AdminAccess admin, int sessions, int reps) throws Exception {
        long t = System.nanoTime();
        int listed = admin.listSessions().getAsInt();
        double first = (System.nanoTime() - t) / 1e6;
        if (listed < sessions) {
            throw new IllegalStateException("listed " + listed + " sessions, " + sessions + " are connected");
        }
        for (int i = 0; i < LIST_WARMUP; i++) {
            admin.listSessions();
        }
        double[] ms = new double[reps];
        for (int i = 0; i < reps; i++) {
            long t0 = System.nanoTime();
            java.util.function.IntSupplier answer = admin.listSessions();
            ms[i] = (System.nanoTime() - t0) / 1e6;
            if (answer.getAsInt() < sessions) { // counted outside the time: the figure is the server's answer
                throw new IllegalStateException("a listing held " + answer.getAsInt() + " sessions, " + sessions + " are connected");
            }
        }
        Stats s = Stats.of(ms);
        ObjectNode out = JSON.createObjectNode();
        out.put("test", "list_sessions").put("via", admin.name()).put("sessions", sessions).put("listed", listed)
                .put("first_ms", Stats.round(first)).put("median_ms", s.median()).put("p90_ms", s.p90())
                .put("max_ms", s.max()).put("reps", s.n());
        return out;
    }

    private static ObjectNode terminate(TerminateFigure figure, AdminAccess admin, int sessions, int reps) throws Exception {
        figure.once(); // warm-up, not counted
        double[] reply = new double[reps];
        double[] dataEnd = new double[reps];
        int missing = 0;
        long maxReceived = 0;
        String text = "";
        for (int i = 0; i < reps; i++) {
            TerminateFigure.Outcome r = figure.once();
            reply[i] = r.replyMs() < 0 ? 10_000 : r.replyMs();
            dataEnd[i] = r.dataEndMs() < 0 ? 10_000 : r.dataEndMs();
            missing += r.replyMs() < 0 || r.dataEndMs() < 0 ? 1 : 0;
            maxReceived = Math.max(maxReceived, r.received());
            text = r.reply().isEmpty() ? text : r.reply();
        }
        Stats s = Stats.of(reply);
        Stats d = Stats.of(dataEnd);
        ObjectNode out = JSON.createObjectNode();
        out.put("test", "terminate").put("via", admin.name()).put("idle_sessions", sessions)
                .put("median_ms", s.median()).put("p90_ms", s.p90()).put("max_ms", s.max())
                .put("data_end_median_ms", d.median()).put("data_end_max_ms", d.max())
                .put("max_received_mib", Stats.round(maxReceived / 1048576.0)).put("missing", missing)
                .put("reply", text).put("reps", s.n());
        return out;
    }

    private static void emit(Map<String, String> tags, ObjectNode figure) throws Exception {
        ObjectNode line = JSON.createObjectNode();
        tags.forEach(line::put);
        line.setAll(figure);
        System.out.println(JSON.writeValueAsString(line)); // the result line is this tool's output
        System.out.flush();
    }

    private static Map<String, String> options(String[] args, Map<String, String> tags) {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value, got '" + args[i] + "' (see the class comment)");
            }
            String name = args[i].substring(2);
            String value = args[++i];
            if (name.equals("tag")) {
                int eq = value.indexOf('=');
                tags.put(value.substring(0, Math.max(0, eq)), value.substring(eq + 1));
            } else {
                o.put(name, value);
            }
        }
        return o;
    }

    private static String required(Map<String, String> o, String name) {
        String v = o.get(name);
        if (v == null) {
            throw new IllegalArgumentException("missing --" + name + " (see the class comment)");
        }
        return v;
    }
}
