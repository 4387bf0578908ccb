package org.apphostftp.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apphostftp.appcmd.AppcmdException;
import org.apphostftp.appcmd.SiteRuntime;
import org.apphostftp.configapi.ConfigurationValidationException;
import org.apphostftp.configapi.ServerManager;
import org.apphostftp.json.JsonValue;

/** appcmd's view of the running server, through the admin endpoint: site states, Start and Stop. */
final class AdminSiteRuntime implements SiteRuntime {

    private final AdminClient client;
    private Optional<Map<String, String>> states;

    private AdminSiteRuntime(AdminClient client) {
        this.client = client;
    }

    /**
     * The server of the configuration {@code manager} reads when its endpoint answers; no server otherwise (or when
     * the endpoint is off, or its management section has errors).
     */
    static SiteRuntime of(ServerManager manager, String displayName) {
        try {
            AdminClient client = AdminClient.of(manager, displayName);
            return client.reachable() ? new AdminSiteRuntime(client) : SiteRuntime.none();
        } catch (CommandFailure | ConfigurationValidationException e) {
            return SiteRuntime.none();
        }
    }

    @Override
    public Optional<Map<String, String>> states() {
        if (states == null) {
            try {
                Map<String, String> byName = new LinkedHashMap<>();
                for (JsonValue site : Json.read(client.get("/api/sites", false)).get("sites").items()) {
                    byName.put(site.get("name").text(), site.get("state").text());
                }
                states = Optional.of(byName);
            } catch (CommandFailure e) {
                throw new AppcmdException(e.getMessage());
            }
        }
        return states;
    }

    @Override
    public void invoke(String site, String action) {
        try {
            client.post("/api/sites/" + AdminClient.encode(site) + "/" + action);
        } catch (CommandFailure e) {
            throw new AppcmdException(e.getMessage());
        }
    }
}
