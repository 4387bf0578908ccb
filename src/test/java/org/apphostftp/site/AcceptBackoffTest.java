package org.apphostftp.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Out of descriptors, the accept loop waits longer after each failure and logs once per interval. */
class AcceptBackoffTest {

    private final AtomicLong nanos = new AtomicLong();
    private final AcceptBackoff backoff = new AcceptBackoff("127.0.0.1:2121", Duration.ofSeconds(10), nanos::get);

    @Test
    void waitsDoubleFrom50MillisecondsUpToOneSecond() {
        assertThat(backoff.failed()).isEqualTo(Duration.ofMillis(50));
        assertThat(backoff.failed()).isEqualTo(Duration.ofMillis(100));
        for (int i = 0; i < 10; i++) {
            backoff.failed();
        }
        assertThat(backoff.failed()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aSuccessfulAcceptStartsAgainWithAShortWait() {
        backoff.failed();
        backoff.failed();
        backoff.succeeded();
        assertThat(backoff.failed()).isEqualTo(Duration.ofMillis(50));
    }

    @Test
    void failuresWithinOneIntervalAreLoggedOnceAndCountedInTheNextLine() {
        backoff.failed(); // the first is logged at once
        for (int i = 0; i < 200; i++) {
            nanos.addAndGet(Duration.ofMillis(20).toNanos());
            backoff.failed();
        }
        assertThat(backoff.unreported()).isEqualTo(200); // 4 s: no second line yet
        nanos.addAndGet(Duration.ofSeconds(6).toNanos());
        backoff.failed();
        assertThat(backoff.unreported()).isZero(); // the second line, with the count
    }

    @Test
    void onlyTheOutOfDescriptorsErrorIsBackedOff() {
        assertThat(AcceptBackoff.outOfDescriptors(new IOException("Too many open files"))).isTrue();
        assertThat(AcceptBackoff.outOfDescriptors(new IOException("Connection reset by peer"))).isFalse();
    }
}
