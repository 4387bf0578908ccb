package org.apphostftp.security;

import java.util.Locale;
import java.util.Set;

/**
 * Who a logged-in session acts as.
 *
 * @param userName  the name as the user typed it (without host part); "anonymous" for anonymous logins
 * @param anonymous whether this is an anonymous login
 * @param roles     lower-case roles from the credential store
 */
public record Identity(String userName, boolean anonymous, Set<String> roles) {

    public static Identity anonymousUser() {
        return new Identity("anonymous", true, Set.of());
    }

    public static Identity user(String userName, Set<String> roles) {
        return new Identity(userName, false, Set.copyOf(roles));
    }

    /** The name compared with authorization rules and used for isolation homes. */
    public String key() {
        return userName.toLowerCase(Locale.ROOT);
    }
}
