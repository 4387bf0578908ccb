package org.apphostftp.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.apphostftp.config.effective.Credential;
import org.apphostftp.config.effective.PasswordHash;
import org.apphostftp.config.location.Location;
import org.junit.jupiter.api.Test;

class CredentialStoreTest {

    private static final PasswordHash HASH = PasswordHash.parse("5E884898DA28047151D0E56F8DC6292773603D0D6AABBDD62A11EF721D1542D8");

    private static Credential user(String name, String file) {
        return new Credential(name, HASH, true, Set.of(), new Location(file, 3, 5));
    }

    @Test
    void usersAreFoundWithoutRegardToCase() {
        CredentialStore store = CredentialStore.of(List.of(user("Bob", "a.config")));

        assertThat(store.find("bob")).map(Credential::name).contains("Bob");
        assertThat(store.find("BOB")).isPresent();
        assertThat(store.find("alice")).isEmpty();
        assertThat(store.find(null)).isEmpty();
    }

    @Test
    void laterEntryWinsWhenNamesDifferOnlyInCase() {
        CredentialStore store = CredentialStore.of(List.of(user("bob", "applicationHost.config"), user("BOB", "administration.config")));

        assertThat(store.size()).isEqualTo(1);
        assertThat(store.find("bob")).map(c -> c.location().file()).contains("administration.config");
    }

    @Test
    void allListsUsersInFileOrder() {
        CredentialStore store = CredentialStore.of(List.of(user("zed", "a"), user("amy", "a"), user("kim", "a")));

        assertThat(store.all()).extracting(Credential::name).containsExactly("zed", "amy", "kim");
    }
}
