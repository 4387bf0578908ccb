package org.apphostftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apphostftp.configapi.Configuration;
import org.apphostftp.configapi.ConfigurationElement;
import org.apphostftp.configapi.ServerManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The admin endpoint reads one shared, read-only configuration of what runs instead of a ServerManager per request:
 * a commit is visible to the next GET, a saved file after the watcher's reload, and a GET during a commit answers the
 * configuration before or after it, whole.
 */
class SharedConfigurationTest {

    private static final String ALPHA = "/system.applicationHost/sites/site[@name='Alpha']";
    private static final String TIMEOUT_OF_ALPHA = "/api/config?section=system.applicationHost/sites&filter="
            + AdminHttp.encode("site[@name='Alpha']");

    @TempDir
    Path dir;

    private TestServer server;
    private AdminHttp http;

    @BeforeEach
    void start() {
        Users.write(dir, "bob", "pw");
        server = TestServer.start(dir, LiveReloadTest.config("", LiveReloadTest.Site.of("Alpha", 1, 2121),
                LiveReloadTest.Site.of("Beta", 2, 2122)));
        http = new AdminHttp(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** controlChannelTimeout of Alpha as GET /api/config answers it (120, the default, when the file does not write it). */
    private long timeoutOfAlpha() {
        AdminHttp.Response r = http.get(TIMEOUT_OF_ALPHA);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode site = r.json().get("sites").get("site").get(0);
        return site.get("ftpServer").path("connections").path("controlChannelTimeout").asLong(120);
    }

    private void commitTimeout(long seconds) {
        try (ServerManager manager = server.host().serverManager()) {
            manager.getApplicationHostConfiguration().select(ALPHA).get(0).getChildElement("ftpServer")
                    .getChildElement("connections").setAttributeValue("controlChannelTimeout", seconds);
            manager.commitChanges();
        }
    }

    @Test
    void requestsShareOneConfigurationUntilACommitChangesWhatRuns() {
        Configuration before = server.host().configuration();
        assertThat(server.host().configuration()).isSameAs(before);
        assertThat(before.isReadOnly()).isTrue();

        commitTimeout(77);

        assertThat(server.host().configuration()).isNotSameAs(before);
        ConfigurationElement alpha = server.host().configuration().select(ALPHA).get(0);
        assertThat(alpha.getChildElement("ftpServer").getChildElement("connections").getAttributeValue("controlChannelTimeout"))
                .hasToString("77");
    }

    @Test
    void aCommitIsVisibleToTheNextGetAndASavedFileAfterTheReload() {
        assertThat(timeoutOfAlpha()).isEqualTo(120);

        commitTimeout(45);
        assertThat(timeoutOfAlpha()).isEqualTo(45);

        long applied = server.live().appliedCount();
        server.save(LiveReloadTest.config("", LiveReloadTest.Site.of("Alpha", 1, 2121)
                .ftp("<connections controlChannelTimeout=\"33\" />"), LiveReloadTest.Site.of("Beta", 2, 2122)));
        await().atMost(Duration.ofSeconds(5)).until(() -> server.live().appliedCount() > applied);
        assertThat(timeoutOfAlpha()).isEqualTo(33);
    }

    /** Hostile: GETs on four threads while commits change the value; every answer is whole and one of the values. */
    @Test
    void getsDuringCommitsAnswerTheConfigurationBeforeOrAfterNeverAnError() throws Exception {
        Set<Long> seen = ConcurrentHashMap.newKeySet();
        AtomicBoolean committing = new AtomicBoolean(true);
        ExecutorService readers = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                answers.add(readers.submit(() -> {
                    int n = 0;
                    while (committing.get() || n == 0) {
                        seen.add(timeoutOfAlpha());
                        n++;
                    }
                    return n;
                }));
            }
            for (long value = 61; value <= 70; value++) {
                commitTimeout(value);
                assertThat(timeoutOfAlpha()).as("read your write").isEqualTo(value);
            }
            committing.set(false);
            for (Future<Integer> f : answers) {
                assertThat(f.get(10, TimeUnit.SECONDS)).isPositive();
            }
        } finally {
            committing.set(false);
            readers.shutdownNow();
        }
        assertThat(seen).isSubsetOf(120L, 61L, 62L, 63L, 64L, 65L, 66L, 67L, 68L, 69L, 70L);
    }
}
