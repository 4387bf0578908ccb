package org.apphostftp.site.data;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One thread that watches every running data transfer and aborts those that stall (dataChannelTimeout) or crawl
 * (minBytesPerSecond). Socket timeouts cannot do it: a blocked sendfile or NIO read never times out by itself.
 */
public final class TransferWatchdog implements AutoCloseable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TransferWatchdog.class);

    private final Set<DataTransfer> active = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "transfer-watchdog");
        t.setDaemon(true);
        return t;
    });

    public TransferWatchdog() {
        timer.scheduleAtFixedRate(this::check, 1, 1, TimeUnit.SECONDS);
    }

    void watch(DataTransfer transfer) {
        active.add(transfer);
    }

    void unwatch(DataTransfer transfer) {
        active.remove(transfer);
    }

    private void check() {
        long now = System.nanoTime();
        for (DataTransfer t : active) {
            try {
                t.checkProgress(now);
            } catch (RuntimeException e) { // an uncaught exception would cancel this timer for good
                LOG.error("transfer watchdog: checking a transfer failed", e);
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
