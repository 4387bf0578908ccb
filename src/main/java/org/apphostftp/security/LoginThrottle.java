package org.apphostftp.security;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import org.apphostftp.config.effective.GlobalSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code denyByFailure} (IIS 8 FTP logon attempt restrictions): a client address with {@code maxFailure} failed logins
 * within {@code entryExpiration} is refused for {@code entryExpiration}; in {@code loggingOnlyMode} that is only
 * logged. IPv6 clients count per /64, the block one host usually owns, so rotating addresses does not help.
 * Thread-safe; at most {@code maxTracked} addresses are held: expired entries are dropped first, then counts that are
 * not (yet) blocks.
 */
public final class LoginThrottle {

    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);

    /** Addresses tracked at most; beyond that the counts of addresses that are not blocked start again. */
    public static final int DEFAULT_MAX_TRACKED = 50_000;

    private final GlobalSettings.DenyByFailure settings;
    private final Clock clock;
    private final int maxTracked;
    private final ConcurrentHashMap<InetAddress, Entry> entries = new ConcurrentHashMap<>();

    /**
     * Failures of one address in the window that started with the first of them.
     *
     * @param blockedUntil null while not blocked
     */
    private record Entry(long failures, Instant windowEnds, Instant blockedUntil) {

        boolean blockedAt(Instant now) {
            return blockedUntil != null && now.isBefore(blockedUntil);
        }

        boolean expiredAt(Instant now) {
            return !now.isBefore(windowEnds) && !blockedAt(now);
        }
    }

    private final java.util.concurrent.atomic.LongAdder blocks = new java.util.concurrent.atomic.LongAdder();

    public LoginThrottle(GlobalSettings.DenyByFailure settings, Clock clock) {
        this(settings, clock, DEFAULT_MAX_TRACKED);
    }

    LoginThrottle(GlobalSettings.DenyByFailure settings, Clock clock, int maxTracked) {
        this.settings = settings;
        this.clock = clock;
        this.maxTracked = maxTracked;
    }

    public GlobalSettings.DenyByFailure settings() {
        return settings;
    }

    /** Whether logins from this client are refused now (never in loggingOnlyMode). */
    public boolean isBlocked(InetAddress client) {
        if (!active() || settings.loggingOnlyMode()) {
            return false;
        }
        Entry entry = entries.get(key(client));
        return entry != null && entry.blockedAt(clock.instant());
    }

    /** Counts a failed login; the failure that reaches maxFailure blocks the address (or logs that it would). */
    public void recordFailure(InetAddress client) {
        if (!active()) {
            return;
        }
        Instant now = clock.instant();
        InetAddress key = key(client);
        if (entries.size() >= maxTracked && !entries.containsKey(key) && !makeRoom(now)) {
            return; // every tracked address is blocked: the bound holds, the newcomer goes uncounted for now
        }
        Duration window = settings.entryExpiration();
        boolean[] reachedNow = {false};
        Entry after = entries.compute(key, (k, before) -> {
            Entry current = before == null || before.expiredAt(now) ? null : before;
            if (current != null && current.blockedAt(now)) {
                return current; // refused logins do not lengthen a block
            }
            long failures = current == null ? 1 : current.failures() + 1;
            if (failures >= settings.maxFailure()) {
                reachedNow[0] = true;
                Instant until = now.plus(window);
                return new Entry(failures, until, until);
            }
            return new Entry(failures, current == null ? now.plus(window) : current.windowEnds(), null);
        });
        if (reachedNow[0]) {
            logBlock(key, after.failures());
        }
    }

    /** A successful login clears the failures counted against the address (a running block stays). */
    public void recordSuccess(InetAddress client) {
        if (!active()) {
            return;
        }
        Instant now = clock.instant();
        entries.computeIfPresent(key(client), (k, entry) -> entry.blockedAt(now) ? entry : null);
    }

    /** Addresses with an entry now (for tests and status). */
    int tracked() {
        return entries.size();
    }

    private boolean active() {
        return settings.enabled() && settings.maxFailure() > 0;
    }

    /** How many blocks (or, in loggingOnlyMode, would-be blocks) this throttle has started. */
    public long blocks() {
        return blocks.sum();
    }

    private void logBlock(InetAddress key, long failures) {
        blocks.increment();
        String who = key instanceof Inet4Address ? Addresses.text(key) : Addresses.text(key) + "/64";
        long seconds = settings.entryExpiration().toSeconds();
        if (settings.loggingOnlyMode()) {
            LOG.warn("denyByFailure (loggingOnlyMode): would block logins from {} for {} s after {} failed logins", who, seconds,
                    failures);
        } else {
            LOG.warn("denyByFailure: blocking logins from {} for {} s after {} failed logins", who, seconds, failures);
        }
    }

    /** Drops expired entries, then if need be every count that is not a block; whether there is room now. */
    private boolean makeRoom(Instant now) {
        entries.values().removeIf(e -> e.expiredAt(now));
        if (entries.size() >= maxTracked) {
            LOG.warn("denyByFailure: more than {} client addresses with failed logins; counts of unblocked addresses restart",
                    maxTracked);
            entries.values().removeIf(e -> !e.blockedAt(now));
        }
        return entries.size() < maxTracked;
    }

    /** IPv4 (also IPv4-mapped) addresses count alone, IPv6 addresses by their /64. */
    static InetAddress key(InetAddress client) {
        InetAddress plain = Addresses.unmapped(client);
        if (plain instanceof Inet4Address) {
            return plain;
        }
        byte[] prefix = Arrays.copyOf(Arrays.copyOf(plain.getAddress(), 8), 16);
        try {
            return InetAddress.getByAddress(prefix);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e); // sixteen bytes are always a valid address
        }
    }
}
