package org.apphostftp.cli;

import org.apphostftp.audit.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SIGHUP reads the configuration again (what {@code systemctl reload} sends, by the unit's ExecReload): the same as a
 * saved file, applied when it changed, audited as {@code reload} by {@code signal}. Uses the JDK's sun.misc.Signal (module
 * jdk.unsupported, present in every JDK 17 and later); where it is missing the watcher still follows the file.
 */
final class ReloadSignal {

    private static final Logger LOG = LoggerFactory.getLogger(ReloadSignal.class);

    private ReloadSignal() {
    }

    static void install(Runnable reload) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("HUP"), signal -> {
                LOG.info("SIGHUP: reading the configuration again");
                Actor.runAs(new Actor("signal HUP", "local"), () -> {
                    reload.run();
                    return null;
                });
            });
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            LOG.warn("SIGHUP cannot be handled here ({}); the file watcher still applies saved changes", e.getMessage());
        }
    }
}
