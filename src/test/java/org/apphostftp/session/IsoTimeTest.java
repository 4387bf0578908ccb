package org.apphostftp.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IsoTimeTest {

    @Test
    void writesTheSameTextAsTheFormatterOfTheSessionsSection() {
        SplittableRandom random = new SplittableRandom(20261125);
        for (int i = 0; i < 100_000; i++) {
            Instant t = Instant.ofEpochSecond(random.nextLong(-62_167_219_200L, 253_402_300_800L), random.nextInt(1_000_000_000));
            assertThat(IsoTime.format(t)).as("%s", t).isEqualTo(SessionInfo.TIME.format(t));
        }
    }

    @Test
    void keepsTheMillisecondsAndTheDayBoundaries() {
        assertThat(IsoTime.format(Instant.parse("2026-11-25T22:07:39.123456Z"))).isEqualTo("2026-11-25T22:07:39.123Z");
        assertThat(IsoTime.format(Instant.parse("1969-12-31T23:59:59.999Z"))).isEqualTo("1969-12-31T23:59:59.999Z");
        assertThat(IsoTime.format(Instant.parse("2000-02-29T00:00:00Z"))).isEqualTo("2000-02-29T00:00:00.000Z");
    }

    @Test
    void yearsBeyondFourDigitsFallBackToTheFormatter() {
        Instant far = Instant.parse("+12026-01-01T00:00:00Z");

        assertThat(IsoTime.format(far)).isEqualTo(SessionInfo.TIME.format(far));
    }
}
