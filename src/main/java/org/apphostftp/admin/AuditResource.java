package org.apphostftp.admin;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apphostftp.audit.AuditEntry;
import org.apphostftp.audit.AuditTrail;
import org.apphostftp.configapi.ConfigurationRenderer;

/**
 * {@code GET /api/audit?limit=N}: the latest audit lines, oldest first. JSON {@code {"entries": [{"time", "action",
 * "target", "result", "who", "from"}]}}; XML {@code <audit><entry time=... /></audit>}.
 */
final class AuditResource {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 1000;

    private final AuditTrail trail;

    AuditResource(AuditTrail trail) {
        this.trail = trail;
    }

    ApiResponse latest(ApiRequest request) {
        request.accepting("limit");
        int limit = request.parameter("limit").map(v -> limit(v, request.path())).orElse(DEFAULT_LIMIT);
        List<Map<String, Object>> entries = new ArrayList<>();
        if (trail != null) {
            try {
                for (AuditEntry e : trail.latest(limit)) {
                    entries.add(e.toJson());
                }
            } catch (IOException e) {
                throw new ApiException(500, e.getMessage(), request.path());
            }
        }
        return ApiResponse.ok(new TreeBody(Map.of("entries", entries), () -> ConfigurationRenderer.jsonToXml("audit",
                Map.of("entry", entries))));
    }

    private static int limit(String value, String path) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1 && n <= MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the message below
        }
        throw new ApiException(400, "limit must be a whole number from 1 to " + MAX_LIMIT + ", not '" + value + "'", path);
    }
}
