package org.apphostftp.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Closed sessions are forgotten after the sweep delay by one timer task per batch, not one per session. */
class BatchedDelayTest {

    private static final long DELAY_MILLIS = 200;

    private final ScheduledThreadPoolExecutor timer = FtpEngine.deadlineTimer();

    @AfterEach
    void stopTimer() {
        timer.shutdownNow();
    }

    @Test
    void eachItemIsHandledOnceInOrderAndNoSoonerThanTheDelay() {
        Map<Integer, Long> added = new ConcurrentHashMap<>();
        Map<Integer, Long> handled = new ConcurrentHashMap<>();
        List<Integer> order = Collections.synchronizedList(new ArrayList<>());
        BatchedDelay<Integer> delay = new BatchedDelay<>(timer, DELAY_MILLIS, i -> {
            handled.merge(i, System.nanoTime(), (a, b) -> -1L); // -1 marks a second call
            order.add(i);
        });
        for (int i = 0; i < 1_000; i++) {
            added.put(i, System.nanoTime());
            delay.add(i);
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> handled.size() == 1_000);
        for (int i = 0; i < 1_000; i++) {
            assertThat(handled.get(i)).as("item %d handled once", i).isNotEqualTo(-1L);
            assertThat(handled.get(i) - added.get(i)).as("item %d waited the delay", i)
                    .isGreaterThanOrEqualTo(Duration.ofMillis(DELAY_MILLIS).toNanos());
        }
        assertThat(order).isSorted();
    }

    @Test
    void aBurstOfItemsTakesAFewTimerTasksNotOnePerItem() {
        AtomicInteger handled = new AtomicInteger();
        BatchedDelay<Integer> delay = new BatchedDelay<>(timer, DELAY_MILLIS, i -> handled.incrementAndGet());
        for (int i = 0; i < 5_000; i++) {
            delay.add(i);
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> handled.get() == 5_000);
        assertThat(timer.getCompletedTaskCount()).isLessThan(20);
    }

    @Test
    void itemsAddedFromManyThreadsWhileBatchesRunAreAllHandledOnce() throws InterruptedException {
        Map<Integer, AtomicInteger> calls = new ConcurrentHashMap<>();
        BatchedDelay<Integer> delay = new BatchedDelay<>(timer, 5, i -> calls.computeIfAbsent(i, k -> new AtomicInteger()).incrementAndGet());
        int threads = 8;
        int each = 2_000;
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> adders = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int base = t * each;
            Thread adder = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < each; i++) {
                    delay.add(base + i);
                }
            });
            adder.start();
            adders.add(adder);
        }
        start.countDown();
        for (Thread adder : adders) {
            adder.join();
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> calls.size() == threads * each);
        assertThat(calls.values()).allMatch(c -> c.get() == 1);
    }

    @Test
    void aCancelledDeadlineLeavesTheTimerQueueAtOnce() {
        ScheduledFuture<?> deadline = timer.schedule(() -> { }, 30, TimeUnit.SECONDS);
        assertThat(timer.getQueue()).hasSize(1);
        deadline.cancel(false);
        assertThat(timer.getQueue()).isEmpty();
    }
}
