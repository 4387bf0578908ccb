package org.apphostftp.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ElasticThreadsTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private final AtomicInteger made = new AtomicInteger();
    private final ElasticThreads pool = pool(4, Duration.ofSeconds(30));
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void shutDown() throws InterruptedException {
        release.countDown();
        pool.shutdownNow();
        assertThat(pool.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
    }

    private ElasticThreads pool(int max, Duration idle) {
        return new ElasticThreads(max, idle, r -> {
            Thread t = new Thread(r, "elastic-test-" + made.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Test
    void tasksOneAfterTheOtherAreAllRunByTheSameThread() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        for (int i = 0; i < 50; i++) {
            CountDownLatch done = new CountDownLatch(1);
            pool.execute(() -> {
                threads.add(Thread.currentThread().getName());
                done.countDown();
            });
            await().atMost(WAIT).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(1))
                    .until(() -> done.getCount() == 0 && pool.getActiveCount() == 0);
        }

        assertThat(threads).hasSize(1);
        assertThat(made).hasValue(1);
    }

    @Test
    void aTaskGivenWhileEveryThreadIsBusyGetsANewThreadAtOnce() {
        CountDownLatch second = new CountDownLatch(1);
        pool.execute(this::waitForRelease);

        pool.execute(second::countDown);

        await().atMost(WAIT).until(() -> second.getCount() == 0);
        assertThat(made).hasValue(2);
    }

    @Test
    void tasksBeyondTheMaximumWaitInLineAndRunOnceAThreadIsFree() {
        AtomicInteger finished = new AtomicInteger();
        for (int i = 0; i < 10; i++) {
            pool.execute(() -> {
                waitForRelease();
                finished.incrementAndGet();
            });
        }

        assertThat(pool.getPoolSize()).isEqualTo(4);
        assertThat(pool.getQueue()).hasSize(6);
        assertThat(finished).hasValue(0);
        release.countDown();
        await().atMost(WAIT).until(() -> finished.get() == 10);
        assertThat(pool.getLargestPoolSize()).isEqualTo(4);
    }

    @Test
    void manyCallersAtOnceNeverMakeMoreThreadsThanTheMaximum() throws InterruptedException {
        AtomicInteger finished = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        Thread[] callers = new Thread[16];
        for (int c = 0; c < callers.length; c++) {
            callers[c] = new Thread(() -> {
                awaitQuietly(start);
                for (int i = 0; i < 50; i++) {
                    pool.execute(finished::incrementAndGet);
                }
            });
            callers[c].start();
        }

        start.countDown();
        for (Thread caller : callers) {
            caller.join(WAIT.toMillis());
        }

        await().atMost(WAIT).until(() -> finished.get() == 16 * 50);
        assertThat(pool.getLargestPoolSize()).isLessThanOrEqualTo(4);
        assertThat(made.get()).isLessThanOrEqualTo(4);
    }

    @Test
    void threadsUnusedForTheIdleTimeEnd() {
        ElasticThreads shortLived = pool(4, Duration.ofMillis(100));
        try {
            for (int i = 0; i < 3; i++) {
                shortLived.execute(this::waitForRelease);
            }
            assertThat(shortLived.getPoolSize()).isEqualTo(3);

            release.countDown();

            await().atMost(WAIT).until(() -> shortLived.getPoolSize() == 0);
            CountDownLatch again = new CountDownLatch(1);
            shortLived.execute(again::countDown);
            await().atMost(WAIT).until(() -> again.getCount() == 0);
        } finally {
            shortLived.shutdownNow();
        }
    }

    @Test
    void aClosedPoolRefusesTasksAndForgetsThem() {
        pool.shutdown();

        assertThatThrownBy(() -> pool.execute(() -> { })).isInstanceOf(RejectedExecutionException.class);
        assertThat(pool.getQueue()).isEmpty();
    }

    private void waitForRelease() {
        awaitQuietly(release);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
