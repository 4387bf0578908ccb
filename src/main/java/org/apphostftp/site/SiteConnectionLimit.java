package org.apphostftp.site;

import java.util.Optional;
import org.apphostftp.config.effective.SiteConfig;

/** {@code connections/@maxConnections}: every connection of the site counts, logged in or not (421 or a reset over it). */
final class SiteConnectionLimit implements ConnectionRule {

    @Override
    public Optional<Refusal> check(SessionState state) {
        boolean admitted = state.site().tryConnect();
        state.counted(admitted); // the slot moves with the session when HOST or USER picks another site
        if (admitted) {
            return Optional.empty();
        }
        SiteConfig site = state.site().config();
        return Optional.of(new Refusal("maxConnections", Replies.maxClients(site, state.live()),
                site.ftp().connections().resetOnMaxConnections()));
    }
}
