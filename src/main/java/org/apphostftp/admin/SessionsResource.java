package org.apphostftp.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apphostftp.configapi.Configuration;
import org.apphostftp.configapi.ConfigurationElement;
import org.apphostftp.configapi.ConfigurationNotFoundException;
import org.apphostftp.configapi.ConfigurationRenderer;

/** {@code /api/sessions}: the sessions section of every site, filtered by the config API; Terminate by id. */
final class SessionsResource {

    private final ConfigurationRenderer renderer = ConfigurationRenderer.standard();

    /** GET /api/sessions?site=&user=&clientIp=&serverName= */
    ApiResponse list(ApiRequest request, Configuration config) {
        request.accepting("site", "user", "clientIp", "serverName");
        Map<String, String> site = new LinkedHashMap<>();
        request.parameter("site").ifPresent(v -> site.put("name", v));
        Map<String, String> session = new LinkedHashMap<>();
        request.parameter("user").ifPresent(v -> session.put("userName", v));
        request.parameter("clientIp").ifPresent(v -> session.put("clientIp", v));
        request.parameter("serverName").ifPresent(v -> session.put("serverName", v)); // a node of a farm
        List<ConfigurationElement> sessions = config.select(sessions(FilterText.predicate(site), FilterText.predicate(session)));
        return ApiResponse.ok(ElementListBody.listing("sessions", sessions, renderer));
    }

    /** DELETE /api/sessions/{id}: the session's Terminate method. */
    ApiResponse terminate(ApiRequest request, String sessionId, Configuration config) {
        request.accepting();
        String filter = sessions("", FilterText.predicate(Map.of("sessionId", sessionId)));
        List<ConfigurationElement> found = config.select(filter);
        if (found.isEmpty()) {
            throw new ConfigurationNotFoundException(filter, "no such session: " + sessionId);
        }
        found.get(0).getMethods().get("Terminate").createInstance().execute();
        return ApiResponse.noContent();
    }

    /** DELETE /api/sessions/{id} on a node of a farm: straight to the node that holds it. */
    ApiResponse terminateInFarm(ApiRequest request, String sessionId, FarmAdmin farm) {
        request.accepting();
        if (!farm.terminate(sessionId)) {
            throw new ConfigurationNotFoundException(sessions("", FilterText.predicate(Map.of("sessionId", sessionId))),
                    "no such session: " + sessionId);
        }
        return ApiResponse.noContent();
    }

    private static String sessions(String sitePredicate, String sessionPredicate) {
        return "/system.applicationHost/sites/site" + sitePredicate + "/ftpServer/sessions/session" + sessionPredicate;
    }
}
