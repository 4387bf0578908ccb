package org.apphostftp.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SessionRegistryTest {

    private static LiveSession session(String site) {
        return new LiveSession(site, "127.0.0.1", 40000, "127.0.0.1", 21, Instant.now(), false);
    }

    @Test
    void listsSessionsInTheOrderTheyConnected() {
        SessionRegistry registry = new SessionRegistry();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            LiveSession s = session("S");
            registry.add(s);
            ids.add(s.sessionId());
        }

        assertThat(registry.list()).extracting(SessionInfo::sessionId).containsExactlyElementsOf(ids);
    }

    @Test
    void aRemovedSessionIsGoneFromListingAndLookup() {
        SessionRegistry registry = new SessionRegistry();
        LiveSession a = session("S");
        LiveSession b = session("S");
        registry.add(a);
        registry.add(b);

        registry.remove(a);

        assertThat(registry.list()).extracting(SessionInfo::sessionId).containsExactly(b.sessionId());
        assertThat(registry.find(a.sessionId())).isEmpty();
        assertThat(registry.terminate(a.sessionId())).isFalse();
        assertThat(registry.size()).isEqualTo(1);
    }

    @Test
    void filtersBySiteWithoutRegardToCase() {
        SessionRegistry registry = new SessionRegistry();
        registry.add(session("Alpha"));
        registry.add(session("Beta"));

        assertThat(registry.ofSite("alpha")).extracting(LiveSession::siteName).containsExactly("Alpha");
        assertThat(registry.list(s -> s.siteName().equals("Beta"))).hasSize(1);
    }

    @Test
    void concurrentArrivalsAndDeparturesLeaveExactlyTheLiveSessions() throws Exception {
        SessionRegistry registry = new SessionRegistry();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<List<LiveSession>>> work = new ArrayList<>();
        try {
            for (int t = 0; t < 4; t++) {
                work.add(pool.submit(() -> {
                    List<LiveSession> kept = new ArrayList<>();
                    for (int i = 0; i < 1000; i++) {
                        LiveSession s = session("S");
                        registry.add(s);
                        if (i % 3 == 0) {
                            kept.add(s);
                        } else {
                            registry.remove(s);
                        }
                    }
                    return kept;
                }));
            }
            List<String> expected = new ArrayList<>();
            for (Future<List<LiveSession>> f : work) {
                f.get(60, TimeUnit.SECONDS).forEach(s -> expected.add(s.sessionId()));
            }
            assertThat(registry.list()).extracting(SessionInfo::sessionId).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(registry.size()).isEqualTo(expected.size());
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
    }
}
