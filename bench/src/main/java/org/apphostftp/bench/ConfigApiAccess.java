package org.apphostftp.bench;

import java.util.List;
import java.util.function.IntSupplier;
import org.apphostftp.FtpHost;
import org.apphostftp.configapi.ConfigurationElement;
import org.apphostftp.configapi.ServerManager;

/**
 * The sessions through the config API of a host in this JVM, doing the work {@code GET /api/sessions} and
 * {@code DELETE /api/sessions/{id}} do: a new ServerManager, a filter query, the JSON body or the Terminate method.
 */
final class ConfigApiAccess implements AdminAccess {

    private static final String SESSIONS = SessionsJson.ALL_SESSIONS;

    private final FtpHost host;

    ConfigApiAccess(FtpHost host) {
        this.host = host;
    }

    @Override
    public String name() {
        return "config-api";
    }

    @Override
    public IntSupplier listSessions() throws Exception {
        try (ServerManager manager = host.serverManager()) {
            int[] count = new int[1];
            SessionsJson.render(manager.getApplicationHostConfiguration(), count);
            return () -> count[0];
        }
    }

    @Override
    public String sessionOnClientPort(int clientPort) {
        try (ServerManager manager = host.serverManager()) {
            List<ConfigurationElement> found = manager.getApplicationHostConfiguration()
                    .select(SESSIONS + "[@clientPort='" + clientPort + "']");
            if (found.size() != 1) {
                throw new IllegalStateException(found.size() + " sessions on client port " + clientPort);
            }
            return (String) found.get(0).getAttributeValue("sessionId");
        }
    }

    @Override
    public void terminate(String sessionId) {
        try (ServerManager manager = host.serverManager()) {
            List<ConfigurationElement> found = manager.getApplicationHostConfiguration()
                    .select(SESSIONS + "[@sessionId='" + sessionId + "']");
            if (found.isEmpty()) {
                throw new IllegalStateException("no such session: " + sessionId);
            }
            found.get(0).getMethods().get("Terminate").createInstance().execute();
        }
    }
}
