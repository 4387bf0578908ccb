package org.apphostftp.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apphostftp.config.effective.Credential;
import org.apphostftp.config.effective.GlobalSettings;
import org.apphostftp.config.effective.PasswordHash;
import org.apphostftp.config.effective.ServerConfig;
import org.apphostftp.config.location.Location;
import org.junit.jupiter.api.Test;

class AuthenticatorTest {

    private static final Duration FIFTEEN_MINUTES = Duration.ofSeconds(900);
    private static final GlobalSettings.CredentialsCache CACHE_ON = new GlobalSettings.CredentialsCache(true, FIFTEEN_MINUTES);

    private final TestClock clock = new TestClock();

    private static Credential user(String name, String password, boolean enabled, String... roles) {
        return new Credential(name, PasswordHash.create(password.toCharArray(), 1_000), enabled, Set.of(roles),
                new Location("administration.config", 1, 1));
    }

    private Authenticator authenticator(GlobalSettings.CredentialsCache cache, Credential... users) {
        return new Authenticator(CredentialStore.of(List.of(users)), new LoginCache(cache, clock));
    }

    @Test
    void rightPasswordGivesTheUsersIdentityWithRoles() {
        Authenticator auth = authenticator(CACHE_ON, user("Bob", "s3cret", true, "editors"));

        Optional<Identity> who = auth.authenticate("bob", "s3cret".toCharArray());

        assertThat(who).contains(Identity.user("bob", Set.of("editors")));
        assertThat(who.orElseThrow().anonymous()).isFalse();
    }

    @Test
    void wrongPasswordIsRefused() {
        Authenticator auth = authenticator(CACHE_ON, user("bob", "s3cret", true));

        assertThat(auth.authenticate("bob", "S3cret".toCharArray())).isEmpty();
        assertThat(auth.authenticate("bob", new char[0])).isEmpty();
        assertThat(auth.authenticate("bob", null)).isEmpty();
    }

    @Test
    void disabledUserIsRefusedEvenWithTheRightPassword() {
        Authenticator auth = authenticator(CACHE_ON, user("bob", "s3cret", false));

        assertThat(auth.authenticate("bob", "s3cret".toCharArray())).isEmpty();
        assertThat(auth.cache().size()).isZero();
    }

    @Test
    void unknownUserIsRefusedAfterAFullStrengthHash() {
        Authenticator auth = authenticator(CACHE_ON, user("bob", "s3cret", true));

        assertThat(auth.authenticate("mallory", "s3cret".toCharArray())).isEmpty();
        assertThat(Authenticator.decoy().toString()).startsWith("$pbkdf2-sha256$i=" + PasswordHash.DEFAULT_ITERATIONS + "$");
        assertThat(Authenticator.decoy().isWeak()).isFalse();
    }

    @Test
    void verifiedLoginIsCachedUntilFlushInterval() {
        Authenticator auth = authenticator(CACHE_ON, user("bob", "s3cret", true));
        auth.authenticate("bob", "s3cret".toCharArray());

        assertThat(auth.cache().recentlyVerified("BOB", "s3cret".toCharArray(), storedHash(auth, "bob"))).isTrue();
        clock.advance(FIFTEEN_MINUTES);
        assertThat(auth.cache().recentlyVerified("bob", "s3cret".toCharArray(), storedHash(auth, "bob"))).isFalse();
    }

    @Test
    void cachedLoginStillNeedsTheSamePassword() {
        Authenticator auth = authenticator(CACHE_ON, user("bob", "s3cret", true));
        auth.authenticate("bob", "s3cret".toCharArray());

        assertThat(auth.authenticate("bob", "other".toCharArray())).isEmpty();
        assertThat(auth.authenticate("bob", "s3cret".toCharArray())).isPresent();
    }

    @Test
    void disabledCacheRemembersNothing() {
        Authenticator auth = authenticator(new GlobalSettings.CredentialsCache(false, FIFTEEN_MINUTES), user("bob", "s3cret", true));

        assertThat(auth.authenticate("bob", "s3cret".toCharArray())).isPresent();
        assertThat(auth.cache().size()).isZero();
    }

    @Test
    void flushForgetsEveryCachedLogin() {
        Authenticator auth = authenticator(CACHE_ON, user("bob", "s3cret", true), user("amy", "pw", true));
        auth.authenticate("bob", "s3cret".toCharArray());
        auth.authenticate("amy", "pw".toCharArray());

        auth.flush();

        assertThat(auth.cache().size()).isZero();
        assertThat(auth.cache().recentlyVerified("bob", "s3cret".toCharArray(), storedHash(auth, "bob"))).isFalse();
    }

    @Test
    void reloadKeepsTheCacheButAChangedPasswordNoLongerMatchesIt() {
        Authenticator before = authenticator(CACHE_ON, user("bob", "old-password", true), user("amy", "pw", true));
        before.authenticate("bob", "old-password".toCharArray());
        before.authenticate("amy", "pw".toCharArray());

        Authenticator after = before.reloaded(config(CACHE_ON, user("bob", "new-password", true), before.credentials().find("amy").orElseThrow()));

        assertThat(after.cache()).isSameAs(before.cache());
        assertThat(after.authenticate("bob", "old-password".toCharArray())).isEmpty();
        assertThat(after.authenticate("bob", "new-password".toCharArray())).isPresent();
        assertThat(after.cache().recentlyVerified("amy", "pw".toCharArray(), storedHash(after, "amy"))).isTrue();
    }

    @Test
    void reloadRefusesARemovedOrDisabledUserDespiteTheCache() {
        Authenticator before = authenticator(CACHE_ON, user("bob", "pw", true), user("amy", "pw", true));
        before.authenticate("bob", "pw".toCharArray());
        before.authenticate("amy", "pw".toCharArray());
        Credential amy = before.credentials().find("amy").orElseThrow();

        Authenticator after = before.reloaded(config(CACHE_ON,
                new Credential("amy", amy.password(), false, amy.roles(), amy.location())));

        assertThat(after.authenticate("bob", "pw".toCharArray())).isEmpty();
        assertThat(after.authenticate("amy", "pw".toCharArray())).isEmpty();
    }

    @Test
    void reloadWithChangedCacheSettingsStartsAnEmptyCache() {
        Authenticator before = authenticator(CACHE_ON, user("bob", "pw", true));
        before.authenticate("bob", "pw".toCharArray());

        Authenticator after = before.reloaded(config(new GlobalSettings.CredentialsCache(true, Duration.ofSeconds(60)),
                before.credentials().find("bob").orElseThrow()));

        assertThat(after.cache()).isNotSameAs(before.cache());
        assertThat(after.cache().size()).isZero();
        assertThat(after.cache().settings().flushInterval()).isEqualTo(Duration.ofSeconds(60));
    }

    private static String storedHash(Authenticator auth, String user) {
        return auth.credentials().find(user).orElseThrow().password().toString();
    }

    private static ServerConfig config(GlobalSettings.CredentialsCache cache, Credential... users) {
        GlobalSettings global = new GlobalSettings(new GlobalSettings.PassivePortRange(0, 0), cache,
                new GlobalSettings.DenyByFailure(false, 4, Duration.ofSeconds(30), false), false, null, null, Set.of(),
                GlobalSettings.ProcessLimits.DEFAULT);
        return new ServerConfig(Path.of("/srv/ftp/applicationHost.config"), List.of(), global, List.of(users));
    }
}
