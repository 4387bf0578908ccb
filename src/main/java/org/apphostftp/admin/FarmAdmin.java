package org.apphostftp.admin;

import java.util.Map;

/**
 * The farm's part of the admin API (the {@code org.apphostftp.farm} package answers it; absent on a single node):
 * the nodes in {@code /api/status} and Start/Stop of a site on one node ({@code ?node=NAME}).
 */
public interface FarmAdmin {

    /** {@code {"name", "node", "nodes": [{"name", "address", "state", "lastReload", "lastConfigError", "sessions"}]}} */
    Map<String, Object> status();

    /**
     * Runs an ftpServer method (Start, Stop) of a site on the named node only.
     *
     * @throws org.apphostftp.configapi.ConfigurationNotFoundException  no such node in the farm, or no such site
     * @throws org.apphostftp.configapi.ConfigurationMethodException    the node could not do it
     */
    void siteMethodOn(String node, String siteName, String method);

    /**
     * Terminates a session on whichever node holds it, without listing the farm's sessions to find it first;
     * false when no node holds it.
     */
    boolean terminate(String sessionId);
}
