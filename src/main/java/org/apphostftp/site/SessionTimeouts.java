package org.apphostftp.site;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.mina.core.session.IdleStatus;
import org.apache.mina.core.session.IoSession;
import org.apphostftp.config.effective.FtpSiteSettings;

/**
 * The control connection's timeouts, changed in one place ({@link #apply}) at connect, when HOST or USER moves the
 * session to another site, at login and on reload. Before login two limits hold: the idle time, and
 * unauthenticatedTimeout as a total counted from the connect, which a trickle of bytes (even without a line end) does
 * not extend. After login: controlChannelTimeout as the idle time.
 */
final class SessionTimeouts {

    private final ScheduledExecutorService timer;

    SessionTimeouts(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    /** Sets the timeouts for the session's site and login state now. */
    void apply(IoSession io, SessionState state) {
        FtpSiteSettings.Connections c = state.site().config().ftp().connections();
        boolean loggedIn = state.identity().isPresent();
        io.getConfig().setIdleTime(IdleStatus.BOTH_IDLE, seconds(loggedIn ? c.controlChannelTimeout() : c.unauthenticatedTimeout()));
        ScheduledFuture<?> previous = state.loginDeadline(null);
        if (previous != null) {
            previous.cancel(false);
        }
        if (!loggedIn && !io.isClosing()) {
            Instant deadline = state.live().startTime().plus(c.unauthenticatedTimeout());
            long delay = Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
            state.loginDeadline(timer.schedule(() -> expire(io, state), delay, TimeUnit.MILLISECONDS));
        }
    }

    /** Stops the login deadline (the session closed). */
    void cancel(SessionState state) {
        ScheduledFuture<?> previous = state.loginDeadline(null);
        if (previous != null) {
            previous.cancel(false);
        }
    }

    private void expire(IoSession io, SessionState state) {
        if (state.identity().isPresent() || io.isClosing()) {
            return;
        }
        Duration total = state.site().config().ftp().connections().unauthenticatedTimeout();
        if (Duration.between(state.live().startTime(), Instant.now()).plusMillis(50).compareTo(total) < 0) {
            apply(io, state); // the site changed to a longer timeout since this was armed
            return;
        }
        SessionEnd.withMdc(state, () -> SessionEnd.timeout(io, total, "Login timeout", timer));
    }

    static int seconds(Duration d) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, d.toSeconds()));
    }
}
