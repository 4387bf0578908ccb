package org.apphostftp.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditTrailTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-07T02:00:00.123Z"), ZoneOffset.UTC);

    @Test
    void eachActionIsOneLineWithWhenWhatTargetResultWhoAndFrom() throws Exception {
        AuditTrail trail = new AuditTrail(dir.resolve("logs/audit.log"), clock);

        trail.record(new Actor("token management.token", "127.0.0.1:40000"), "Terminate", "session 1 (site S, user bob, 10.0.0.5)", "ok");

        assertThat(Files.readAllLines(dir.resolve("logs/audit.log"))).hasSize(1);
        assertThat(trail.latest(10)).containsExactly(new AuditEntry("2026-12-07T02:00:00.123Z", "Terminate",
                "session 1 (site S, user bob, 10.0.0.5)", "ok", "token management.token", "127.0.0.1:40000"));
    }

    @Test
    void aHostileTargetCannotForgeASecondLine() throws Exception {
        AuditTrail trail = new AuditTrail(dir.resolve("audit.log"), clock);
        String forged = "x\n{\"time\":\"2000-01-01T00:00:00.000Z\",\"action\":\"Stop\",\"target\":\"site S\",\"result\":\"ok\","
                + "\"who\":\"admin\",\"from\":\"local\"}\r\u001b[2J";

        trail.record(Actor.localUser(), "Terminate", "session of user " + forged, "ok");

        assertThat(Files.readAllLines(dir.resolve("audit.log"))).hasSize(1);
        assertThat(trail.latest(10)).singleElement().extracting(AuditEntry::target).isEqualTo("session of user " + forged);
    }

    @Test
    void latestGivesTheLastEntriesOldestFirstAndSkipsForeignLines() throws Exception {
        AuditTrail trail = new AuditTrail(dir.resolve("audit.log"), clock);
        for (int i = 0; i < 5; i++) {
            trail.record(Actor.localUser(), "Stop", "site " + i, "ok");
        }
        Files.writeString(dir.resolve("audit.log"), "not json\n", java.nio.file.StandardOpenOption.APPEND);

        assertThat(trail.latest(2)).extracting(AuditEntry::target).containsExactly("site 3", "site 4");
        assertThat(new AuditTrail(dir.resolve("missing.log"), clock).latest(5)).isEmpty();
    }

    @Test
    void jsonLinesThatAreNoEntryAreSkippedHoweverHostile() throws Exception {
        AuditTrail trail = new AuditTrail(dir.resolve("audit.log"), clock);
        trail.record(Actor.localUser(), "Stop", "site 1", "ok");
        Files.writeString(dir.resolve("audit.log"), String.join("\n",
                "[\"time\", \"action\"]",
                "{\"time\": \"t\", \"action\": {\"nested\": 1}}",
                "{\"time\": \"t\", \"sudo\": \"yes\"}",
                "{\"time\": 5}",
                "{\"time\": \"t\", \"action\": \"Stop\"",
                "{\"time\": \"t\"} trailing",
                "[".repeat(50_000) + "]".repeat(50_000),
                "\"" + "x".repeat(100_000) + "\"") + "\n", java.nio.file.StandardOpenOption.APPEND);
        trail.record(Actor.localUser(), "Start", "site 1", "ok");

        assertThat(trail.latest(10)).extracting(AuditEntry::action).containsExactly("Stop", "Start");
    }

    @Test
    void aLineIsOneJsonObjectOfTheSixNamesInOrderWithNullForNoAddress() throws Exception {
        AuditTrail trail = new AuditTrail(dir.resolve("audit.log"), clock);

        trail.record(new Actor("cli", null), "Stop", "site \"S\"", "ok");

        assertThat(Files.readString(dir.resolve("audit.log"))).isEqualTo("{\"time\":\"2026-12-07T02:00:00.123Z\",\"action\":\"Stop\","
                + "\"target\":\"site \\\"S\\\"\",\"result\":\"ok\",\"who\":\"cli\",\"from\":null}\n");
        assertThat(trail.latest(1)).containsExactly(new AuditEntry("2026-12-07T02:00:00.123Z", "Stop", "site \"S\"", "ok", "cli", null));
    }

    @Test
    void concurrentWritersNeverInterleaveLines() throws Exception {
        AuditTrail trail = new AuditTrail(dir.resolve("audit.log"), clock);
        AuditTrail otherProcess = new AuditTrail(dir.resolve("audit.log"), clock); // a second writer on the same file
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            AuditTrail t = i % 2 == 0 ? trail : otherProcess;
            int n = i;
            done.add(pool.submit(() -> t.record(Actor.localUser(), "Terminate", "session " + n + " " + "x".repeat(500), "ok")));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();

        assertThat(trail.latest(1000)).hasSize(200);
    }

    @Test
    void theCurrentActorIsTheOneSetForThisThreadElseTheLocalUser() {
        Actor remote = new Actor("token t", "10.0.0.1:1");

        assertThat(Actor.runAs(remote, Actor::current)).isEqualTo(remote);
        assertThat(Actor.current()).isEqualTo(Actor.localUser());
        assertThat(Actor.localUser().name()).startsWith("local ");
    }
}
