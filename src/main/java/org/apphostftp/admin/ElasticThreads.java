package org.apphostftp.admin;

import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The admin endpoint's threads: a task goes to an idle thread when there is one; a new thread is made only when every
 * thread is busy and there are fewer than the maximum; beyond that, tasks wait in line. A thread unused for the idle
 * time ends.
 *
 * <p>The JDK's {@link ThreadPoolExecutor} with a waiting line makes a new thread for every task until it holds its core
 * size, however many of its threads are idle: with the maximum as core size (the only way it queues beyond its core),
 * the first 256 requests of a keep-alive client each ran on a thread of its own, which cost more than the answer
 * (thread start, per-thread buffers, 256 stacks for every safepoint). This line refuses a task while a thread may still
 * be made and none is free, so that the executor makes one, and takes it in every other case.
 */
final class ElasticThreads extends ThreadPoolExecutor {

    /** Tasks given and not yet finished (waiting or running). */
    private final AtomicInteger unfinished = new AtomicInteger();

    ElasticThreads(int maxThreads, Duration idle, ThreadFactory threads) {
        super(0, maxThreads, idle.toNanos(), TimeUnit.NANOSECONDS, new WaitingLine(), threads, ElasticThreads::waitInLine);
        ((WaitingLine) getQueue()).pool = this;
    }

    @Override
    public void execute(Runnable task) {
        unfinished.incrementAndGet();
        try {
            super.execute(task);
        } catch (RuntimeException | Error e) {
            unfinished.decrementAndGet();
            throw e;
        }
    }

    @Override
    protected void afterExecute(Runnable task, Throwable thrown) {
        unfinished.decrementAndGet();
    }

    /** True when a thread is free for one more task, or no further thread may be made. */
    private boolean lineUp() {
        int threads = getPoolSize();
        return unfinished.get() <= threads || threads >= getMaximumPoolSize();
    }

    /** A task refused by the line while the last thread allowed was being made by another caller: it waits after all. */
    private static void waitInLine(Runnable task, ThreadPoolExecutor pool) {
        if (pool.isShutdown()) {
            throw new RejectedExecutionException("the admin endpoint is closed");
        }
        ((WaitingLine) pool.getQueue()).enqueue(task);
    }

    /** The tasks waiting for a thread; {@link #offer} says no while a new thread should take the task instead. */
    private static final class WaitingLine extends LinkedBlockingQueue<Runnable> {

        private ElasticThreads pool;

        @Override
        public boolean offer(Runnable task) {
            return pool.lineUp() && super.offer(task);
        }

        void enqueue(Runnable task) {
            super.offer(task);
        }
    }
}
