package org.apphostftp.bench;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntSupplier;
import org.apphostftp.FtpHost;

/**
 * The way an administrator reaches the live sessions: the HTTP admin endpoint ({@code GET /api/sessions},
 * {@code DELETE /api/sessions/{id}}) when the server runs one, otherwise the config API in the same JVM.
 */
interface AdminAccess {

    /** "http" or "config-api", for the result line. */
    String name();

    /**
     * Lists every live session as the admin endpoint answers it (JSON built and serialized). Returns when the whole
     * answer is in; how many sessions it holds is counted only when asked, outside the time measured.
     */
    IntSupplier listSessions() throws Exception;

    /** The sessionId of the session whose client uses {@code clientPort} (not timed). */
    String sessionOnClientPort(int clientPort) throws Exception;

    /** Terminates one session, as {@code DELETE /api/sessions/{id}} or the Terminate method does. */
    void terminate(String sessionId) throws Exception;

    /**
     * {@code via} "http" or "config-api", or "auto": HTTP when the admin endpoint answers at {@code adminBase} with the
     * token of {@code tokenFile}, else the config API of {@code host} (null when the server is another process: then
     * only HTTP will do).
     */
    static AdminAccess choose(String via, FtpHost host, URI adminBase, Path tokenFile) throws Exception {
        boolean http = switch (via) {
            case "http" -> true;
            case "config-api" -> false;
            case "auto" -> Files.isReadable(tokenFile) && answers(adminBase);
            default -> throw new IllegalArgumentException("--via must be auto, http or config-api, got '" + via + "'");
        };
        if (!http && host == null) {
            throw new IllegalStateException("the server is another process and its admin endpoint does not answer at " + adminBase);
        }
        return http ? new HttpAdminAccess(adminBase, Files.readString(tokenFile).trim()) : new ConfigApiAccess(host);
    }

    private static boolean answers(URI base) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(base.getHost(), base.getPort()), 500);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
