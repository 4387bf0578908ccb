package org.apphostftp.security;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apphostftp.config.effective.GlobalSettings;

/**
 * {@code caching/credentialsCache}: logins verified recently, so the next one skips the slow password hash.
 *
 * <p>An entry is found by the lower-case user name and an HMAC of the password under a secret that lives only in this
 * object, so the cache never holds a password or anything that can be tested offline. It remembers the stored hash it
 * was verified against: once the user's password changes (or the user is gone) the entry no longer counts. Entries
 * expire {@code flushInterval} after the login that created them; the least recently used entry makes room when full.
 * Concurrent logins with the same name and password share one hash ({@link #verifyOnce}). Thread-safe.
 */
public final class LoginCache {

    /** Entries kept at most; a busy server with more distinct users simply verifies some logins again. */
    public static final int DEFAULT_MAX_ENTRIES = 10_000;

    private static final String MAC = "HmacSHA256";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final GlobalSettings.CredentialsCache settings;
    private final Clock clock;
    private final SecretKeySpec secret;
    private final Map<String, Entry> entries; // guarded by itself
    private final ConcurrentHashMap<String, CompletableFuture<Boolean>> checking = new ConcurrentHashMap<>();

    private record Entry(String storedHash, Instant expires) {
    }

    public LoginCache(GlobalSettings.CredentialsCache settings, Clock clock) {
        this(settings, clock, DEFAULT_MAX_ENTRIES);
    }

    LoginCache(GlobalSettings.CredentialsCache settings, Clock clock, int maxEntries) {
        this.settings = settings;
        this.clock = clock;
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        this.secret = new SecretKeySpec(key, MAC);
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > maxEntries;
            }
        };
    }

    public GlobalSettings.CredentialsCache settings() {
        return settings;
    }

    Clock clock() {
        return clock;
    }

    /** Whether this user logged in with this password, verified against {@code storedHash}, within flushInterval. */
    boolean recentlyVerified(String userName, char[] password, String storedHash) {
        if (!settings.enabled()) {
            return false;
        }
        String key = key(userName, password);
        Instant now = clock.instant();
        synchronized (entries) {
            Entry entry = entries.get(key);
            if (entry == null) {
                return false;
            }
            if (!now.isBefore(entry.expires()) || !entry.storedHash().equals(storedHash)) {
                entries.remove(key);
                return false;
            }
            return true;
        }
    }

    /** Records a login that was just verified against {@code storedHash}. */
    void remember(String userName, char[] password, String storedHash) {
        if (!settings.enabled()) {
            return;
        }
        String key = key(userName, password);
        Entry entry = new Entry(storedHash, clock.instant().plus(settings.flushInterval()));
        synchronized (entries) {
            entries.put(key, entry);
        }
    }

    /**
     * Runs {@code check} (the slow password hash) for a login the cache does not know, once for all the logins with the
     * same name, password and stored hash that arrive while it runs: they wait for its answer instead of hashing too.
     * Without this, clients of one account reconnecting together (a restart, an expired entry) each cost a full hash.
     * A successful check is remembered.
     */
    boolean verifyOnce(String userName, char[] password, String storedHash, BooleanSupplier check) {
        String key = key(userName, password) + '\0' + storedHash;
        CompletableFuture<Boolean> mine = new CompletableFuture<>();
        CompletableFuture<Boolean> running = checking.putIfAbsent(key, mine);
        if (running != null) {
            return running.join();
        }
        try {
            boolean verified = check.getAsBoolean();
            if (verified) {
                remember(userName, password, storedHash);
            }
            mine.complete(verified);
            return verified;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            checking.remove(key, mine);
        }
    }

    /** Forgets every cached login (the {@code Flush} method of {@code caching/credentialsCache}). */
    public void flush() {
        synchronized (entries) {
            entries.clear();
        }
    }

    /** Entries held now, expired ones included until they are looked up or pushed out. */
    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    private String key(String userName, char[] password) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        try {
            Mac mac = Mac.getInstance(MAC);
            mac.init(secret);
            mac.update(encoded);
            return userName.toLowerCase(Locale.ROOT) + '\0' + Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(MAC + " is not available", e);
        } finally {
            Arrays.fill(encoded.array(), (byte) 0);
        }
    }
}
