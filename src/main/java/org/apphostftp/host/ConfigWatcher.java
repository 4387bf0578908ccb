package org.apphostftp.host;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches configuration files and calls back once per settled change. A WatchService on their folders reports a
 * save at once; a poll of the files' content every {@code pollInterval} catches what it misses or delays (network
 * file systems, event overflows, a folder replaced, no inotify instance left). A change is settled when the content
 * stayed the same for {@code quietPeriod} with no event in between and each file ends as a whole configuration file
 * does ({@link FileSnapshot#complete}), so an editor's save (a temporary file renamed over the original, truncate then
 * write, several writes in a row, a slow writer pausing between them) gives one callback with the final content.
 * Temporary files beside the watched ones (ours are {@code .<name>.*.tmp}) are never looked at.
 *
 * <p>The callback runs on the watcher's own thread, one at a time; it decides itself whether the content differs from
 * what runs (the watcher only knows that it differs from what it saw last).
 */
public final class ConfigWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConfigWatcher.class);
    private static final Duration LONGEST_SETTLE = Duration.ofSeconds(2); // a file rewritten without pause still loads
    private static final Duration STOP_WAIT = Duration.ofSeconds(10); // a reload in progress may be stopping endpoints

    private final List<Path> files;
    private final Set<Path> folders;
    private final Set<Path> names;
    private final Duration quietPeriod;
    private final Duration pollInterval;
    private final Runnable onChange;
    private final boolean useEvents;
    private final CountDownLatch closing = new CountDownLatch(1);
    private final Map<Path, WatchKey> keys = new HashMap<>();
    private WatchService events;
    private Thread thread;

    /**
     * @param files        the files to watch (they need not exist yet)
     * @param quietPeriod  how long a change must stay unchanged before the callback
     * @param pollInterval how often the content is compared without an event
     * @param onChange     what to do once a change settled
     */
    public ConfigWatcher(List<Path> files, Duration quietPeriod, Duration pollInterval, Runnable onChange) {
        this(files, quietPeriod, pollInterval, onChange, true);
    }

    /** A watcher that only compares the files every {@code pollInterval}, as when no WatchService can be had. */
    static ConfigWatcher pollingOnly(List<Path> files, Duration quietPeriod, Duration pollInterval, Runnable onChange) {
        return new ConfigWatcher(files, quietPeriod, pollInterval, onChange, false);
    }

    private ConfigWatcher(List<Path> files, Duration quietPeriod, Duration pollInterval, Runnable onChange, boolean useEvents) {
        this.useEvents = useEvents;
        this.files = files.stream().map(f -> f.toAbsolutePath().normalize()).toList();
        this.folders = new LinkedHashSet<>();
        this.names = new LinkedHashSet<>();
        for (Path f : this.files) {
            folders.add(f.getParent());
            names.add(f.getFileName());
            realPath(f).ifPresent(real -> { // a symbolic link: the edits happen where it points
                folders.add(real.getParent());
                names.add(real.getFileName());
            });
        }
        this.quietPeriod = quietPeriod;
        this.pollInterval = pollInterval;
        this.onChange = onChange;
    }

    /** Takes the files' current content as the starting point and starts watching. */
    public synchronized void start() {
        if (thread != null) {
            throw new IllegalStateException("the watcher of " + files + " was already started");
        }
        events = useEvents ? openWatchService() : null;
        registerFolders();
        List<FileSnapshot> start = snapshot();
        thread = new Thread(() -> watch(start), "config-watcher");
        thread.setDaemon(true);
        thread.start();
        LOG.debug("watching {} ({})", files, events == null ? "polling only" : "events and polling");
    }

    /** Whether the watcher thread runs. */
    public synchronized boolean isRunning() {
        return thread != null && thread.isAlive();
    }

    /** Stops watching; waits for a callback in progress to finish. */
    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            t = thread;
            closing.countDown();
            if (events != null) {
                try {
                    events.close(); // wakes the thread up from its wait
                } catch (IOException e) {
                    LOG.debug("closing the watch service: {}", e.toString());
                }
            }
        }
        if (t != null && t != Thread.currentThread()) {
            try {
                t.join(STOP_WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    // ------------------------------------------------------------------------------------------- the loop

    private void watch(List<FileSnapshot> start) {
        List<FileSnapshot> seen = start;
        while (!closed()) {
            awaitEvent(pollInterval);
            List<FileSnapshot> now = snapshot();
            if (now.equals(seen) || closed()) {
                continue;
            }
            seen = settle(now);
            if (closed()) {
                break;
            }
            try {
                onChange.run();
            } catch (RuntimeException | Error e) { // whatever one change does (OutOfMemoryError too), the next must still be seen
                LOG.error("applying the change of {} failed", files, e);
            }
        }
    }

    /**
     * Waits until the content stays the same for the quiet period without an event, and looks whole (a file that looks
     * cut off waits for its next write); returns that content. Whatever the files hold after {@code LONGEST_SETTLE} is
     * returned as it is, and the load says what is wrong with it.
     */
    private List<FileSnapshot> settle(List<FileSnapshot> first) {
        long deadline = System.nanoTime() + LONGEST_SETTLE.toNanos();
        List<FileSnapshot> last = first;
        while (!closed()) {
            while (awaitEvent(quietPeriod) && System.nanoTime() < deadline) {
                // each event starts the quiet period again
            }
            List<FileSnapshot> now = snapshot();
            long left = deadline - System.nanoTime();
            if (left <= 0 || now.equals(last) && now.stream().allMatch(FileSnapshot::complete)) {
                return now;
            }
            if (now.equals(last)) { // still being written, slowly: the rest comes with an event (or the poll sees it)
                awaitEvent(Duration.ofNanos(Math.min(left, pollInterval.toNanos())));
            }
            last = now;
        }
        return last;
    }

    /** Waits up to {@code timeout} for an event about a watched file; true when one came. */
    private boolean awaitEvent(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!closed()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                registerFolders(); // a folder that was removed and created again
                return false;
            }
            if (events == null) {
                awaitClosing(left);
                continue;
            }
            WatchKey key;
            try {
                key = events.poll(left, TimeUnit.NANOSECONDS);
            } catch (ClosedWatchServiceException | InterruptedException e) {
                return false;
            }
            if (key != null && concernsWatchedFile(key)) {
                return true;
            }
        }
        return false;
    }

    private boolean concernsWatchedFile(WatchKey key) {
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW
                    || event.context() instanceof Path name && names.contains(name)) {
                relevant = true;
            }
        }
        if (!key.reset()) {
            synchronized (this) {
                keys.values().remove(key); // the folder is gone; the poll goes on and registers it again
            }
        }
        return relevant;
    }

    private void awaitClosing(long nanos) {
        try {
            closing.await(nanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean closed() {
        return closing.getCount() == 0;
    }

    // -------------------------------------------------------------------------------------- the folders

    private List<FileSnapshot> snapshot() {
        List<FileSnapshot> out = new ArrayList<>(files.size());
        for (Path f : files) {
            out.add(FileSnapshot.of(f));
        }
        return out;
    }

    private static WatchService openWatchService() {
        try {
            return FileSystems.getDefault().newWatchService();
        } catch (IOException | UnsupportedOperationException e) { // e.g. no inotify instance left
            LOG.warn("cannot watch configuration files for changes ({}); checking them every second instead", e.toString());
            return null;
        }
    }

    private synchronized void registerFolders() {
        if (events == null || closed()) {
            return;
        }
        for (Path folder : folders) {
            WatchKey key = keys.get(folder);
            if ((key == null || !key.isValid()) && Files.isDirectory(folder)) {
                try {
                    keys.put(folder, folder.register(events, StandardWatchEventKinds.ENTRY_CREATE,
                            StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE));
                } catch (ClosedWatchServiceException e) {
                    return;
                } catch (IOException e) {
                    LOG.debug("cannot watch {}: {}; polling it", folder, e.toString());
                }
            }
        }
    }

    private static Optional<Path> realPath(Path file) {
        try {
            Path real = file.toRealPath();
            return real.equals(file) ? Optional.empty() : Optional.of(real);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
