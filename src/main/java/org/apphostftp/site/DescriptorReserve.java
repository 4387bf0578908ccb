package org.apphostftp.site;

import com.sun.management.UnixOperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * {@code serverRuntime/connectionLimits/@reservedFileDescriptors} (ours): a new FTP connection gets 421 once fewer
 * than the reserve of file descriptors remain below the process limit, so the admin endpoint, the config watcher and
 * the logs can still open files when a flood of connections arrives. Counting descriptors walks /proc/self/fd, so a
 * count is reused for a short while, except near the limit.
 */
final class DescriptorReserve implements ConnectionRule {

    private static final long REUSE_NANOS = 100_000_000L;

    /** The descriptors of the process: open now, and the limit (both -1 where the platform cannot tell). */
    interface Descriptors {
        long open();

        long max();

        /** This JVM's descriptors, on a Unix JVM; elsewhere nothing is ever refused. */
        static Descriptors ofProcess() {
            OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
            if (os instanceof UnixOperatingSystemMXBean unix) {
                return new Descriptors() {
                    @Override
                    public long open() {
                        return unix.getOpenFileDescriptorCount();
                    }

                    @Override
                    public long max() {
                        return unix.getMaxFileDescriptorCount();
                    }
                };
            }
            return new Descriptors() {
                @Override
                public long open() {
                    return -1;
                }

                @Override
                public long max() {
                    return -1;
                }
            };
        }
    }

    private final Descriptors descriptors;
    private final LongSupplier reserve;
    private final AtomicLong sampledAt = new AtomicLong(System.nanoTime() - 2 * REUSE_NANOS);
    private volatile long sampledFree = Long.MAX_VALUE;

    DescriptorReserve(Descriptors descriptors, LongSupplier reserve) {
        this.descriptors = descriptors;
        this.reserve = reserve;
    }

    @Override
    public Optional<Refusal> check(SessionState state) {
        long keep = reserve.getAsLong();
        if (keep <= 0 || free(keep) > keep) {
            return Optional.empty();
        }
        return Optional.of(Refusal.reply("reservedFileDescriptors",
                Replies.of(421, "Too many connections: the server is at its limit of open files; try again later.")));
    }

    /** Descriptors left below the limit; counted again when the last count is old or it was close to the reserve. */
    long free(long keep) {
        long now = System.nanoTime();
        long last = sampledAt.get();
        if (sampledFree <= 4 * keep || now - last > REUSE_NANOS && sampledAt.compareAndSet(last, now)) {
            long open = descriptors.open();
            long max = descriptors.max();
            sampledFree = open < 0 || max < 0 ? Long.MAX_VALUE : max - open;
        }
        return sampledFree;
    }
}
