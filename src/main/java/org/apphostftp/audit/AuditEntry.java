package org.apphostftp.audit;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apphostftp.json.JsonTree;

/**
 * One audit line.
 *
 * @param time   ISO-8601 UTC with milliseconds
 * @param action {@code Terminate}, {@code Start}, {@code Stop}, {@code commit}, {@code reload}, {@code user add}, ...
 * @param target what it acted on ({@code session 6f0c... (site S, user bob, 10.0.0.5)}, {@code site S}, a file)
 * @param result {@code ok}, or {@code failed: reason}
 * @param who    {@link Actor#name()}
 * @param from   {@link Actor#address()}
 */
public record AuditEntry(String time, String action, String target, String result, String who, String from) {

    private static final Set<String> NAMES = Set.of("time", "action", "target", "result", "who", "from");

    /** The line's JSON object, members in this order: {@code {"time", "action", "target", "result", "who", "from"}}. */
    public Map<String, Object> toJson() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("time", time);
        out.put("action", action);
        out.put("target", target);
        out.put("result", result);
        out.put("who", who);
        out.put("from", from);
        return out;
    }

    /** The line as written in the audit file (without its newline). */
    public String toJsonText() {
        return JsonTree.toText(toJson());
    }

    /**
     * The entry of an audit line: one JSON object of the six names above, each a string or null (a missing name is
     * null).
     *
     * @throws IOException when the line is not such an object (not JSON, another name, a nested value)
     */
    public static AuditEntry parse(String line) throws IOException {
        if (!(JsonTree.parse(line) instanceof Map<?, ?> object)) {
            throw new IOException("not a JSON object");
        }
        for (Map.Entry<?, ?> member : object.entrySet()) {
            if (!NAMES.contains(member.getKey())) {
                throw new IOException("not an audit name: " + member.getKey());
            }
            if (member.getValue() != null && !(member.getValue() instanceof String)) {
                throw new IOException(member.getKey() + " is not a string");
            }
        }
        return new AuditEntry((String) object.get("time"), (String) object.get("action"), (String) object.get("target"),
                (String) object.get("result"), (String) object.get("who"), (String) object.get("from"));
    }
}
