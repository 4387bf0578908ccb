package org.apphostftp.log;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.CountDownLatch;

/** A clock the test moves by hand, and can hold so that whoever asks it the time waits. */
final class TestClock extends Clock {

    private final ZoneId zone;
    private volatile Instant now;
    private volatile CountDownLatch gate;
    private volatile boolean someoneWaiting;

    TestClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    TestClock(String isoInstant) {
        this(Instant.parse(isoInstant), ZoneId.of("UTC"));
    }

    void set(String isoInstant) {
        now = Instant.parse(isoInstant);
    }

    void advance(Duration d) {
        now = now.plus(d);
    }

    /** From now on, a caller of {@link #instant()} waits until {@link #release()}. */
    void hold() {
        gate = new CountDownLatch(1);
    }

    void release() {
        CountDownLatch g = gate;
        gate = null;
        if (g != null) {
            g.countDown();
        }
    }

    boolean someoneWaiting() {
        return someoneWaiting;
    }

    @Override
    public Instant instant() {
        CountDownLatch g = gate;
        if (g != null) {
            someoneWaiting = true;
            try {
                g.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                someoneWaiting = false;
            }
        }
        return now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
        return new TestClock(now, z);
    }
}
