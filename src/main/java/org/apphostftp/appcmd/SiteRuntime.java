package org.apphostftp.appcmd;

import java.util.Map;
import java.util.Optional;

/** The running server as appcmd sees it: the sites' states, and their Start and Stop methods. */
public interface SiteRuntime {

    /** The state of each site by name while the server runs; empty when it does not run. */
    Optional<Map<String, String>> states();

    /**
     * Calls the site's Start or Stop method ({@code action} is {@code start} or {@code stop}) on the running server.
     *
     * @throws AppcmdException when the server refuses
     */
    void invoke(String site, String action);

    /** A server that does not run: every state is Unknown, and nothing can be invoked. */
    static SiteRuntime none() {
        return new SiteRuntime() {
            @Override
            public Optional<Map<String, String>> states() {
                return Optional.empty();
            }

            @Override
            public void invoke(String site, String action) {
                throw new AppcmdException("the server is not running");
            }
        };
    }
}
