package org.apphostftp.admin;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apphostftp.config.location.Problem;
import org.apphostftp.configapi.ConfigurationRenderer;
import org.apphostftp.configapi.HostStatus;

/**
 * {@code GET /api/status}: {@code {"version", "uptimeSeconds", "configFile", "lastReload", "lastConfigError"}}, the
 * error being null or {@code {"message", "file", "line", "column"}}; XML {@code <status ...><lastConfigError .../></status>}.
 */
final class StatusResource {

    /** ISO-8601 UTC with milliseconds, like the times of the sessions section. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    ApiResponse get(ApiRequest request, HostStatus status) {
        return get(request, status, null);
    }

    /** @param farm the farm's nodes ({@link FarmAdmin#status()}), null on a single node */
    ApiResponse get(ApiRequest request, HostStatus status, Map<String, Object> farm) {
        request.accepting();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("version", status.version());
        out.put("uptimeSeconds", Duration.between(status.started(), Instant.now()).toSeconds());
        out.put("configFile", status.configFile().toString());
        out.put("lastReload", TIME.format(status.lastReload()));
        out.put("lastConfigError", status.lastConfigError().map(StatusResource::error).orElse(null));
        if (farm != null) {
            out.put("farm", farm);
        }
        return ApiResponse.ok(new TreeBody(out, () -> ConfigurationRenderer.jsonToXml("status", out)));
    }

    private static Map<String, Object> error(Problem problem) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("message", problem.message());
        out.put("file", problem.location().file());
        out.put("line", problem.location().line());
        out.put("column", problem.location().column());
        return out;
    }
}
