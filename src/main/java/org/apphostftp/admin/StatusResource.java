package org.apphostftp.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    ApiResponse get(ApiRequest request, HostStatus status) {
        return get(request, status, null);
    }

    /** @param farm the farm's nodes ({@link FarmAdmin#status()}), null on a single node */
    ApiResponse get(ApiRequest request, HostStatus status, ObjectNode farm) {
        request.accepting();
        ObjectNode out = JSON.objectNode();
        out.put("version", status.version());
        out.put("uptimeSeconds", Duration.between(status.started(), Instant.now()).toSeconds());
        out.put("configFile", status.configFile().toString());
        out.put("lastReload", TIME.format(status.lastReload()));
        out.set("lastConfigError", status.lastConfigError().<JsonNode>map(StatusResource::error).orElse(JSON.nullNode()));
        if (farm != null) {
            out.set("farm", farm);
        }
        return ApiResponse.ok(new TreeBody(out, () -> ConfigurationRenderer.jsonToXml("status", out)));
    }

    private static ObjectNode error(Problem problem) {
        ObjectNode out = JSON.objectNode();
        out.put("message", problem.message());
        out.put("file", problem.location().file());
        out.put("line", problem.location().line());
        out.put("column", problem.location().column());
        return out;
    }
}
