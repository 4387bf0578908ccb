package org.apphostftp.site;

import java.util.Optional;
import org.apache.ftpserver.ftplet.FtpReply;

/**
 * One rule a new control connection must pass before it gets the banner (maxConnections, the per-address limit, the
 * descriptor reserve, a denyByFailure block). A rule that admits may take something the session gives back when it
 * closes ({@link SessionState#onRelease}).
 */
interface ConnectionRule {

    /** How a refused connection ends: a reply and close, or a TCP reset without a reply. */
    record Refusal(String reason, FtpReply reply, boolean reset) {

        static Refusal reply(String reason, FtpReply reply) {
            return new Refusal(reason, reply, false);
        }
    }

    /** Empty when {@code state}'s connection may stay; called on the I/O thread, so it must not block. */
    Optional<Refusal> check(SessionState state);
}
