package org.apphostftp.log;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The W3C logs of all FTP sites. {@link #log} only puts the event on a bounded queue, so an FTP thread never waits
 * for a disk; one background thread formats the lines and writes every site's files. When the queue is full, lines
 * are dropped (counted, and reported as a warning) rather than slowing sessions down.
 *
 * <p>Life cycle: {@link #start()}, then {@link #stop()} (which writes every queued line and closes the files).
 * {@link #configure} may be called at any time; lines logged before it are written with the old settings, lines
 * logged after it with the new ones.
 */
public final class W3cLogService implements AutoCloseable {

    public static final int DEFAULT_QUEUE_CAPACITY = 65_536;

    private static final Logger LOG = LoggerFactory.getLogger(W3cLogService.class);
    private static final int BATCH = 1024;
    private static final Duration FLUSH_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration DROP_REPORT_INTERVAL = Duration.ofMinutes(1);

    private enum State { NEW, RUNNING, STOPPED }

    private final Clock clock;
    private final Supplier<String> computerName;
    private final BlockingQueue<Object> queue;
    private final AtomicLong droppedWhenFull = new AtomicLong();
    private volatile State state = State.NEW;
    private volatile Set<Long> loggedSites = Set.of();
    private Map<Long, LogTarget> pendingTargets = Map.of();
    private Thread writerThread;

    // owned by the writer thread
    private final Map<Long, LogFileWriter> routes = new HashMap<>();
    private final Map<Path, LogFileWriter> writers = new HashMap<>();
    private Instant lastDropReport = Instant.MIN;

    /** Wall clock in the system's time zone (used by localTimeRollover), this machine's host name, default queue. */
    public W3cLogService() {
        this(Clock.systemDefaultZone(), W3cLogService::localComputerName, DEFAULT_QUEUE_CAPACITY);
    }

    /**
     * @param clock         decides file names and rollover (its zone is the local time of localTimeRollover) and
     *                      the header's {@code #Date}; entry lines carry the events' own times
     * @param computerName  the {@code s-computername} value, asked for only when that field is logged
     * @param queueCapacity events waiting to be written before new ones are dropped
     */
    public W3cLogService(Clock clock, Supplier<String> computerName, int queueCapacity) {
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("queueCapacity must be at least 1, got " + queueCapacity);
        }
        this.clock = clock;
        this.computerName = memoize(computerName);
        this.queue = new ArrayBlockingQueue<>(queueCapacity);
    }

    public synchronized void start() {
        if (state != State.NEW) {
            throw new IllegalStateException("the W3C log service can be started once; it is " + state);
        }
        queue.add(new Reconfigure(pendingTargets));
        writerThread = new Thread(this::writeLoop, "w3c-log-writer");
        writerThread.setDaemon(true);
        state = State.RUNNING;
        writerThread.start();
    }

    /** Writes every line queued so far, closes the files and ends the writer thread. Lines logged later are dropped. */
    public synchronized void stop() {
        if (state != State.RUNNING) {
            state = State.STOPPED;
            return;
        }
        state = State.STOPPED;
        CompletableFuture<Void> done = new CompletableFuture<>();
        enqueueControl(new Stop(done));
        await(done, "stop");
        try {
            writerThread.join(FLUSH_TIMEOUT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }

    public boolean isRunning() {
        return state == State.RUNNING;
    }

    /** Applies log settings (at start and on every config reload); no queued line is lost or written twice. */
    public synchronized void configure(LogSettings settings) {
        Map<Long, LogTarget> targets = settings.targets();
        if (state == State.NEW) {
            pendingTargets = targets;
        } else if (state == State.RUNNING) {
            enqueueControl(new Reconfigure(targets));
        }
        // published after the command is queued, so that an event admitted under the new settings follows it
        loggedSites = Set.copyOf(targets.keySet());
    }

    /**
     * Queues one line; returns at once. Events of sites without an enabled log, and events before {@link #start()} or
     * after {@link #stop()}, are ignored; selectiveLogging and formatting happen on the writer thread.
     */
    public void log(FtpLogEvent event) {
        if (state != State.RUNNING || !loggedSites.contains(event.siteId())) {
            return;
        }
        if (!queue.offer(event)) {
            droppedWhenFull.incrementAndGet();
        }
    }

    /** Whether lines of this site are written at all (callers skip building events for a site without a log). */
    public boolean logs(long siteId) {
        return state == State.RUNNING && loggedSites.contains(siteId);
    }

    /**
     * Waits until every line of this site logged before the call is on disk (the IIS method FlushLog).
     *
     * @throws IllegalStateException when the service was never started
     */
    public void flush(long siteId) {
        State s = state;
        if (s == State.NEW) {
            throw new IllegalStateException("the W3C log service is not started");
        }
        if (s == State.STOPPED) {
            return;
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        enqueueControl(new Flush(siteId, done));
        await(done, "flush of site " + siteId);
    }

    private void enqueueControl(Object command) {
        try {
            queue.put(command);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while queueing a W3C log command", e);
        }
    }

    private static void await(CompletableFuture<Void> done, String what) {
        try {
            done.get(FLUSH_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("W3C log {} did not complete: {}", what, e.toString());
        }
    }

    private void writeLoop() {
        List<Object> batch = new ArrayList<>(BATCH);
        while (true) {
            try {
                batch.add(queue.take());
                queue.drainTo(batch, BATCH - 1);
                for (int i = 0; i < batch.size(); i++) {
                    if (batch.get(i) instanceof Stop stop) {
                        releaseWaiters(batch.subList(i + 1, batch.size()));
                        closeAll();
                        stop.done().complete(null);
                        return;
                    }
                    try {
                        handle(batch.get(i));
                    } catch (RuntimeException e) { // one bad line must not drop the rest of the batch or its waiters
                        LOG.error("W3C log writer: unexpected failure on one entry; continuing", e);
                    }
                }
                batch.clear();
                if (queue.isEmpty()) {
                    writers.values().forEach(w -> w.flush(false));
                }
                reportDrops();
            } catch (InterruptedException e) {
                closeAll();
                return;
            } catch (RuntimeException e) {
                LOG.error("W3C log writer: unexpected failure; continuing", e);
                batch.clear();
            }
        }
    }

    private void handle(Object item) {
        if (item instanceof FtpLogEvent event) {
            LogFileWriter writer = routes.get(event.siteId());
            if (writer != null) {
                writer.write(event);
            }
        } else if (item instanceof Reconfigure reconfigure) {
            apply(reconfigure.targets());
        } else if (item instanceof Flush flush) {
            Optional.ofNullable(routes.get(flush.siteId())).ifPresent(w -> w.flush(true));
            flush.done().complete(null);
        }
    }

    private void apply(Map<Long, LogTarget> targets) {
        Map<Path, LogTarget> byFolder = new HashMap<>();
        targets.values().forEach(t -> byFolder.put(t.folder(), t));
        writers.entrySet().removeIf(entry -> {
            if (byFolder.containsKey(entry.getKey())) {
                return false;
            }
            entry.getValue().close();
            return true;
        });
        byFolder.forEach((folder, target) -> {
            LogFileWriter existing = writers.get(folder);
            if (existing == null) {
                writers.put(folder, new LogFileWriter(target, clock, computerName));
            } else {
                existing.retarget(target);
            }
        });
        routes.clear();
        targets.forEach((siteId, target) -> routes.put(siteId, writers.get(target.folder())));
    }

    /** Ends the writer: what is still queued came after stop() and is dropped; whoever waits on it is released. */
    private void closeAll() {
        List<Object> rest = new ArrayList<>();
        queue.drainTo(rest);
        releaseWaiters(rest);
        writers.values().forEach(LogFileWriter::close);
        writers.clear();
        routes.clear();
        reportDrops();
    }

    private static void releaseWaiters(List<Object> items) {
        for (Object item : items) {
            if (item instanceof Flush flush) {
                flush.done().complete(null);
            } else if (item instanceof Stop stop) {
                stop.done().complete(null);
            }
        }
    }

    private void reportDrops() {
        long dropped = droppedWhenFull.get();
        if (dropped == 0) {
            return;
        }
        Instant now = clock.instant();
        if (lastDropReport.plus(DROP_REPORT_INTERVAL).isAfter(now) && state == State.RUNNING) {
            return;
        }
        droppedWhenFull.addAndGet(-dropped);
        lastDropReport = now;
        LOG.warn("W3C log: the queue of {} lines was full; {} lines were dropped. The disk is slower than the sessions.",
                queue.remainingCapacity() + queue.size(), dropped);
    }

    static String localComputerName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    private static Supplier<String> memoize(Supplier<String> supplier) {
        return new Supplier<>() {
            private String value;

            @Override
            public String get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }

    private record Reconfigure(Map<Long, LogTarget> targets) {
    }

    private record Flush(long siteId, CompletableFuture<Void> done) {
    }

    private record Stop(CompletableFuture<Void> done) {
    }
}
