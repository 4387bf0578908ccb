package org.apphostftp.security;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apphostftp.config.effective.Credential;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The users of the credential store, found by name without regard to case. Immutable. */
public final class CredentialStore {

    private static final Logger LOG = LoggerFactory.getLogger(CredentialStore.class);

    private final Map<String, Credential> byName;

    private CredentialStore(Map<String, Credential> byName) {
        this.byName = byName;
    }

    /**
     * Indexes {@code ServerConfig.credentials()}. Two names that differ only in case are one user to a login, so the
     * later entry (administration.config comes after the main file) wins and the clash is logged.
     */
    public static CredentialStore of(List<Credential> credentials) {
        Map<String, Credential> byName = new LinkedHashMap<>();
        for (Credential c : credentials) {
            Credential earlier = byName.put(key(c.name()), c);
            if (earlier != null) {
                LOG.warn("{}: user '{}' is also defined at {}; the later entry is used", c.location(), c.name(), earlier.location());
            }
        }
        return new CredentialStore(Collections.unmodifiableMap(byName));
    }

    public static CredentialStore empty() {
        return new CredentialStore(Map.of());
    }

    public Optional<Credential> find(String userName) {
        return userName == null ? Optional.empty() : Optional.ofNullable(byName.get(key(userName)));
    }

    public int size() {
        return byName.size();
    }

    /** Every user, in file order. */
    public Collection<Credential> all() {
        return byName.values();
    }

    private static String key(String userName) {
        return userName.toLowerCase(Locale.ROOT);
    }
}
