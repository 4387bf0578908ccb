package org.apphostftp.site;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.ftpserver.ftplet.FtpReply;
import org.apache.mina.core.session.IoSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * How the server ends a control connection: a 421 reply, then close once it is flushed, or at once after a grace
 * period when the client does not read (or the connection is in a state where nothing can be written, such as a
 * failed TLS handshake), so an ended session never lingers.
 */
final class SessionEnd {

    private static final Logger LOG = LoggerFactory.getLogger(SessionGate.class);
    static final Duration GRACE = Duration.ofSeconds(1);

    /** Why the server ends a session, with its reply and the server log's words. */
    enum Reason {
        ADMINISTRATOR("terminated by administrator"),
        SHUTDOWN("ended by server shutdown");

        final String logText;

        Reason(String logText) {
            this.logText = logText;
        }

        FtpReply reply() {
            return this == ADMINISTRATOR ? Replies.terminated() : Replies.shutdown();
        }
    }

    private SessionEnd() {
    }

    /** Writes {@code reply}, closes after it; closes anyway after {@link #GRACE}. */
    static void closeAfter(IoSession io, FtpReply reply, ScheduledExecutorService timer) {
        closeAfter(io, reply, () -> { }, timer);
    }

    /**
     * Writes {@code reply}, then runs {@code afterReply} (aborting a transfer, whose own 426 must come after the 421),
     * then closes once both are flushed; closes anyway after {@link #GRACE}.
     */
    static void closeAfter(IoSession io, FtpReply reply, Runnable afterReply, ScheduledExecutorService timer) {
        try {
            io.write(reply);
        } catch (RuntimeException e) { // a broken TLS layer: nothing more can be written
            LOG.debug("closing without a reply: {}", e.toString());
            afterReply.run();
            io.closeNow();
            return;
        }
        afterReply.run();
        io.closeOnFlush();
        timer.schedule(() -> {
            if (!io.getCloseFuture().isClosed()) {
                io.closeNow();
            }
        }, GRACE.toMillis(), TimeUnit.MILLISECONDS);
    }

    static void timeout(IoSession io, Duration after, String what, ScheduledExecutorService timer) {
        LOG.info("{} after {} s: closing the control connection", what, after.toSeconds());
        closeAfter(io, new Replies.Termination(what + " (" + after.toSeconds() + " seconds): closing control connection."), timer);
    }

    static void withMdc(SessionState state, Runnable action) {
        MDC.put("sessionId", state.live().sessionId());
        try {
            action.run();
        } finally {
            MDC.remove("sessionId");
        }
    }
}
