package org.apphostftp.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LiveSessionTest {

    private final LiveSession session = new LiveSession("S", "127.0.0.1", 40000, "127.0.0.1", 21,
            Instant.parse("2026-11-25T22:07:39.123456Z"), false);

    @Test
    void timeTextsOfASnapshotAreTheSessionsSectionsText() {
        session.commandReceived("USER bob", Instant.parse("2026-11-25T22:07:40.5Z"));
        SessionInfo info = session.snapshot();

        assertThat(session.timeText(info.sessionStartTime())).isEqualTo(info.attribute("sessionStartTime"))
                .isEqualTo("2026-11-25T22:07:39.123Z");
        assertThat(session.timeText(info.commandStartTime())).isEqualTo(info.attribute("commandStartTime"))
                .isEqualTo("2026-11-25T22:07:40.500Z");
    }

    @Test
    void anOlderSnapshotKeepsItsOwnCommandTime() {
        session.commandReceived("USER bob", Instant.parse("2026-11-25T22:07:40.5Z"));
        SessionInfo before = session.snapshot();

        session.commandReceived("PASS ***", Instant.parse("2026-11-25T22:07:41Z"));

        assertThat(session.timeText(before.commandStartTime())).isEqualTo("2026-11-25T22:07:40.500Z");
        assertThat(session.timeText(session.snapshot().commandStartTime())).isEqualTo("2026-11-25T22:07:41.000Z");
    }

    @Test
    void beforeTheFirstCommandTheCommandTimeIsTheStartTime() {
        SessionInfo info = session.snapshot();

        assertThat(session.timeText(info.commandStartTime())).isEqualTo("2026-11-25T22:07:39.123Z");
    }
}
