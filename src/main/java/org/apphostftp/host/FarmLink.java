package org.apphostftp.host;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apphostftp.configapi.RuntimeValues;

/**
 * What the running server's config API asks of a farm (the {@code org.apphostftp.farm} package answers it): the
 * sessions the other nodes hold, Terminate routed to the holder, Start and Stop on the other nodes. A single node runs
 * with {@link #NONE}, which asks nobody and adds nothing (no {@code serverName} either).
 */
public interface FarmLink {

    FarmLink NONE = new FarmLink() {
        @Override
        public Optional<String> nodeName() {
            return Optional.empty();
        }

        @Override
        public Supplier<List<RuntimeValues>> askSessions(String siteName) {
            return List::of;
        }

        @Override
        public boolean terminateRemote(String sessionId) {
            return false;
        }

        @Override
        public List<String> siteMethodElsewhere(String siteName, String method) {
            return List.of();
        }
    };

    /** This node's name, the {@code serverName} of its own sessions; empty on a single node. */
    Optional<String> nodeName();

    /**
     * Asks every other node of the current view, all at once, for its live sessions of a site; the answer gives them,
     * each with its {@code serverName}, waiting for the nodes that have not answered yet (this node lists its own
     * sessions meanwhile).
     */
    Supplier<List<RuntimeValues>> askSessions(String siteName);

    /** Terminates a session held by another node; false when no node holds it. */
    boolean terminateRemote(String sessionId);

    /** Runs an ftpServer method (Start, Stop) of a site on every other node; the failures, one line per node. */
    List<String> siteMethodElsewhere(String siteName, String method);
}
