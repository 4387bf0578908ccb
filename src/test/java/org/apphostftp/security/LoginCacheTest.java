package org.apphostftp.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.apphostftp.config.effective.GlobalSettings;
import org.junit.jupiter.api.Test;

class LoginCacheTest {

    private static final GlobalSettings.CredentialsCache ON = new GlobalSettings.CredentialsCache(true, Duration.ofSeconds(60));
    private final TestClock clock = new TestClock();

    @Test
    void entryCountsOnlyForTheHashItWasVerifiedAgainst() {
        LoginCache cache = new LoginCache(ON, clock);
        cache.remember("bob", "pw".toCharArray(), "$hash-one");

        assertThat(cache.recentlyVerified("bob", "pw".toCharArray(), "$hash-two")).isFalse();
        assertThat(cache.recentlyVerified("bob", "pw".toCharArray(), "$hash-one")).isFalse(); // the mismatch dropped it
    }

    @Test
    void entryExpiresAfterFlushIntervalEvenWhenUsed() {
        LoginCache cache = new LoginCache(ON, clock);
        cache.remember("bob", "pw".toCharArray(), "$h");

        clock.advance(Duration.ofSeconds(59));
        assertThat(cache.recentlyVerified("bob", "pw".toCharArray(), "$h")).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(cache.recentlyVerified("bob", "pw".toCharArray(), "$h")).isFalse();
    }

    @Test
    void otherUsersAndPasswordsDoNotMatch() {
        LoginCache cache = new LoginCache(ON, clock);
        cache.remember("bob", "pw".toCharArray(), "$h");

        assertThat(cache.recentlyVerified("amy", "pw".toCharArray(), "$h")).isFalse();
        assertThat(cache.recentlyVerified("bob", "pW".toCharArray(), "$h")).isFalse();
        assertThat(cache.recentlyVerified("Bob", "pw".toCharArray(), "$h")).isTrue();
    }

    @Test
    void sizeIsBoundedAndTheLeastRecentlyUsedEntryGoes() {
        LoginCache cache = new LoginCache(ON, clock, 2);
        cache.remember("a", "pw".toCharArray(), "$h");
        cache.remember("b", "pw".toCharArray(), "$h");
        cache.recentlyVerified("a", "pw".toCharArray(), "$h");

        cache.remember("c", "pw".toCharArray(), "$h");

        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.recentlyVerified("a", "pw".toCharArray(), "$h")).isTrue();
        assertThat(cache.recentlyVerified("b", "pw".toCharArray(), "$h")).isFalse();
    }

    @Test
    void secretDiffersBetweenCachesSoEntriesAreNotPortable() {
        LoginCache one = new LoginCache(ON, clock);
        LoginCache two = new LoginCache(ON, clock);
        one.remember("bob", "pw".toCharArray(), "$h");

        assertThat(two.recentlyVerified("bob", "pw".toCharArray(), "$h")).isFalse();
    }

    @Test
    void concurrentLoginsKeepTheCacheConsistent() throws Exception {
        LoginCache cache = new LoginCache(ON, clock, 50);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 500; i++) {
                        String user = "u" + thread + "-" + i % 40;
                        cache.remember(user, "pw".toCharArray(), "$h");
                        cache.recentlyVerified(user, "pw".toCharArray(), "$h");
                    }
                }));
            }
            for (Future<?> f : work) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(cache.size()).isEqualTo(50);
    }

    @Test
    void concurrentLoginsWithTheSamePasswordShareOneHash() throws Exception {
        LoginCache cache = new LoginCache(ON, clock);
        AtomicInteger hashes = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        List<Checker> logins = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            logins.add(Checker.start(() -> cache.verifyOnce("bob", "pw".toCharArray(), "$h", slowHash(hashes, release, true))));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> logins.stream().allMatch(Checker::waiting));

        release.countDown();

        for (Checker c : logins) {
            assertThat(c.result()).isTrue();
        }
        assertThat(hashes).hasValue(1);
        assertThat(cache.recentlyVerified("bob", "pw".toCharArray(), "$h")).isTrue();
    }

    @Test
    void aDifferentPasswordIsHashedOnItsOwnAndFails() throws Exception {
        LoginCache cache = new LoginCache(ON, clock);
        AtomicInteger hashes = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        Checker right = Checker.start(() -> cache.verifyOnce("bob", "pw".toCharArray(), "$h", slowHash(hashes, release, true)));
        await().atMost(Duration.ofSeconds(10)).until(() -> hashes.get() == 1);

        Checker wrong = Checker.start(() -> cache.verifyOnce("bob", "guess".toCharArray(), "$h", slowHash(hashes, release, false)));
        await().atMost(Duration.ofSeconds(10)).until(() -> hashes.get() == 2);
        release.countDown();

        assertThat(right.result()).isTrue();
        assertThat(wrong.result()).isFalse();
        assertThat(cache.recentlyVerified("bob", "guess".toCharArray(), "$h")).isFalse();
    }

    private static BooleanSupplier slowHash(AtomicInteger hashes, CountDownLatch release, boolean answer) {
        return () -> {
            hashes.incrementAndGet();
            try {
                return release.await(30, TimeUnit.SECONDS) && answer;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        };
    }

    /** A login on its own thread, so that a test can see it waiting. */
    private record Checker(Thread thread, CompletableFuture<Boolean> outcome) {

        static Checker start(BooleanSupplier login) {
            CompletableFuture<Boolean> outcome = new CompletableFuture<>();
            Thread t = new Thread(() -> outcome.complete(login.getAsBoolean()), "login");
            t.setDaemon(true);
            t.start();
            return new Checker(t, outcome);
        }

        boolean waiting() {
            return thread.getState() == Thread.State.WAITING || thread.getState() == Thread.State.TIMED_WAITING;
        }

        boolean result() throws Exception {
            return outcome.get(30, TimeUnit.SECONDS);
        }
    }
}
