package org.apphostftp.site;

import java.time.Duration;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the accept loop does when the process has no file descriptor left ({@code EMFILE}): wait a little longer after
 * each failure (50 ms up to 1 s, so the loop neither spins nor stalls for long once descriptors are free again) and
 * log one line per interval with the number of failures, instead of MINA's ERROR with a stack trace 20 times a second.
 */
final class AcceptBackoff {

    private static final Logger LOG = LoggerFactory.getLogger(AcceptBackoff.class);
    private static final long FIRST_WAIT_MILLIS = 50;
    private static final long LONGEST_WAIT_MILLIS = 1_000;

    private final String endpoint;
    private final long logIntervalNanos;
    private final LongSupplier nanoClock;
    private long waitMillis;
    private long failures;
    private long lastLog;
    private boolean logged;

    AcceptBackoff(String endpoint, Duration logInterval, LongSupplier nanoClock) {
        this.endpoint = endpoint;
        this.logIntervalNanos = logInterval.toNanos();
        this.nanoClock = nanoClock;
    }

    /** An accept failed for lack of descriptors: returns how long to wait before the next try. */
    synchronized Duration failed() {
        failures++;
        waitMillis = waitMillis == 0 ? FIRST_WAIT_MILLIS : Math.min(LONGEST_WAIT_MILLIS, waitMillis * 2);
        long now = nanoClock.getAsLong();
        if (!logged || now - lastLog >= logIntervalNanos) {
            LOG.warn("{}: cannot accept connections: too many open files ({} attempt(s) since the last report); "
                    + "waiting for descriptors to be freed (see serverRuntime/connectionLimits)", endpoint, failures);
            logged = true;
            lastLog = now;
            failures = 0;
        }
        return Duration.ofMillis(waitMillis);
    }

    /** An accept succeeded: the next failure starts with a short wait again. */
    synchronized void succeeded() {
        waitMillis = 0;
    }

    /** Failures not yet reported in the log. */
    synchronized long unreported() {
        return failures;
    }

    /** True for the error the JDK gives when the process is out of descriptors. */
    static boolean outOfDescriptors(Throwable e) {
        return e.getMessage() != null && e.getMessage().contains("Too many open files");
    }
}
