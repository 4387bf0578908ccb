package org.apphostftp.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class UtcMillisTest {

    @Test
    void writesTheSameTextAsTheSessionTimeFormatter() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 10_000; i++) {
            Instant t = Instant.ofEpochMilli(random.nextLong(-62_000_000_000_000L, 253_000_000_000_000L));
            assertThat(UtcMillis.format(t)).as("%s", t).isEqualTo(SessionInfo.TIME.format(t));
        }
    }

    @Test
    void padsEveryFieldAndDropsNanosecondsBelowTheMillisecond() {
        assertThat(UtcMillis.format(Instant.parse("0987-01-02T03:04:05.006789Z"))).isEqualTo("0987-01-02T03:04:05.006Z");
        assertThat(UtcMillis.format(Instant.parse("1969-12-31T23:59:59.999Z"))).isEqualTo("1969-12-31T23:59:59.999Z");
    }

    @Test
    void yearsBeyondFourDigitsFallBackToTheFormatter() {
        Instant far = Instant.parse("+10000-01-01T00:00:00Z");
        assertThat(UtcMillis.format(far)).isEqualTo(SessionInfo.TIME.format(far));
    }
}
