package org.apphostftp.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import org.apphostftp.config.effective.Credential;
import org.apphostftp.config.effective.GlobalSettings;
import org.apphostftp.config.effective.PasswordHash;
import org.apphostftp.config.effective.ServerConfig;

/**
 * Checks a user name and password against the credential store ({@code basicAuthentication} and the
 * {@code IisManagerAuth} provider both use it). Immutable apart from its {@link LoginCache}; thread-safe.
 *
 * <p>Unknown and disabled users cost one full password hash like a real failed login, so the time an answer takes
 * does not tell which user names exist.
 */
public final class Authenticator {

    private final CredentialStore credentials;
    private final LoginCache cache;

    public Authenticator(CredentialStore credentials, LoginCache cache) {
        this.credentials = credentials;
        this.cache = cache;
    }

    /** The authenticator of a freshly loaded configuration, with an empty cache. */
    public static Authenticator create(ServerConfig config, Clock clock) {
        return new Authenticator(CredentialStore.of(config.credentials()), new LoginCache(config.global().credentialsCache(), clock));
    }

    /**
     * The authenticator for a reloaded configuration. It keeps this one's cache, which is safe because each entry
     * remembers the stored hash it was verified against (a changed password, a removed or disabled user no longer
     * matches); it starts an empty cache only when {@code caching/credentialsCache} itself changed.
     */
    public Authenticator reloaded(ServerConfig config) {
        GlobalSettings.CredentialsCache settings = config.global().credentialsCache();
        LoginCache next = settings.equals(cache.settings()) ? cache : new LoginCache(settings, cache.clock());
        return new Authenticator(CredentialStore.of(config.credentials()), next);
    }

    /**
     * The identity of {@code userName} when {@code password} is right and the user is enabled; empty otherwise.
     * The caller keeps ownership of {@code password} (and should clear it).
     */
    public Optional<Identity> authenticate(String userName, char[] password) {
        char[] given = password == null ? new char[0] : password;
        Optional<Credential> found = credentials.find(userName);
        if (found.isEmpty()) {
            decoy().verify(given);
            return Optional.empty();
        }
        Credential credential = found.get();
        String stored = credential.password().toString();
        boolean verified = cache.recentlyVerified(userName, given, stored)
                || cache.verifyOnce(userName, given, stored, () -> credential.password().verify(given) && credential.enabled());
        if (!verified || !credential.enabled()) {
            return Optional.empty();
        }
        cache.remember(userName, given, stored);
        return Optional.of(Identity.user(userName, credential.roles()));
    }

    /** Forgets every cached login (the {@code Flush} method of {@code caching/credentialsCache}). */
    public void flush() {
        cache.flush();
    }

    public CredentialStore credentials() {
        return credentials;
    }

    public LoginCache cache() {
        return cache;
    }

    /** The hash an unknown user's password is checked against. */
    static PasswordHash decoy() {
        return Decoy.HASH;
    }

    /** A hash nobody knows the password of, made once (on first use), with the iterations new passwords get. */
    private static final class Decoy {
        static final PasswordHash HASH = PasswordHash.create(randomPassword());

        private static char[] randomPassword() {
            SecureRandom random = new SecureRandom();
            char[] chars = new char[24];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = (char) ('!' + random.nextInt(94));
            }
            return chars;
        }
    }
}
