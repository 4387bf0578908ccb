package org.apphostftp.site;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Runs an action for each item no sooner than a fixed delay after the item was added, with one timer task per batch
 * instead of one per item: under a stream of logins the timer thread wakes about once per delay, not once per
 * session (a wake-up costs a futex and two context switches on a busy machine). Items are handled in the order they
 * were added; thread-safe.
 *
 * @param <T> the items
 */
final class BatchedDelay<T> {

    private record Due<T>(T item, long atNanos) {
    }

    private final ScheduledExecutorService timer;
    private final long delayNanos;
    private final Consumer<T> action;
    private final Queue<Due<T>> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean armed = new AtomicBoolean();

    BatchedDelay(ScheduledExecutorService timer, long delayMillis, Consumer<T> action) {
        this.timer = timer;
        this.delayNanos = TimeUnit.MILLISECONDS.toNanos(delayMillis);
        this.action = action;
    }

    /** {@code item} gets the action after the delay. */
    void add(T item) {
        waiting.add(new Due<>(item, System.nanoTime() + delayNanos));
        arm(delayNanos);
    }

    private void arm(long afterNanos) {
        if (armed.compareAndSet(false, true)) {
            timer.schedule(this::run, afterNanos, TimeUnit.NANOSECONDS);
        }
    }

    private void run() {
        armed.set(false); // an item added from now on arms the next batch itself, or is handled below
        long now = System.nanoTime();
        for (Due<T> head; (head = waiting.peek()) != null; ) {
            if (head.atNanos() - now > 0) {
                arm(head.atNanos() - now);
                return;
            }
            if (waiting.remove(head)) {
                action.accept(head.item());
            }
        }
    }
}
