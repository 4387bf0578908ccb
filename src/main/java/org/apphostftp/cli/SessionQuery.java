package org.apphostftp.cli;

import java.util.ArrayList;
import java.util.List;

/** The query of GET /api/sessions for the --site, --user and --client-ip options. */
final class SessionQuery {

    private SessionQuery() {
    }

    static String of(String site, String user, String clientIp) {
        List<String> parameters = new ArrayList<>();
        add(parameters, "site", site);
        add(parameters, "user", user);
        add(parameters, "clientIp", clientIp);
        return parameters.isEmpty() ? "" : "?" + String.join("&", parameters);
    }

    private static void add(List<String> parameters, String name, String value) {
        if (value != null) {
            parameters.add(name + "=" + AdminClient.encode(value));
        }
    }
}
