package org.apphostftp.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apphostftp.config.effective.AccessType;
import org.apphostftp.config.effective.FtpPolicy;
import org.apphostftp.config.effective.Permission;
import org.junit.jupiter.api.Test;

class AuthorizerTest {

    private static final Identity ANONYMOUS = Identity.anonymousUser();
    private static final Identity BOB = Identity.user("Bob", Set.of("editors"));
    private static final Identity CAROL = Identity.user("carol", Set.of());

    private static FtpPolicy.AuthorizationRule rule(AccessType type, String users, String roles, Permission... permissions) {
        return new FtpPolicy.AuthorizationRule(type, users.isEmpty() ? List.of() : List.of(users.split(",")),
                roles.isEmpty() ? List.of() : List.of(roles.split(",")), Set.of(permissions));
    }

    private static FtpPolicy policy(FtpPolicy.AuthorizationRule... rules) {
        return new FtpPolicy(List.of(rules), new FtpPolicy.IpSecurity(true, false, List.of()),
                new FtpPolicy.RequestFiltering(true, true, Map.of(), List.of(), List.of(), 0, 4096));
    }

    @Test
    void nothingIsAllowedWithoutARule() {
        assertThat(Authorizer.allows(policy(), BOB, Permission.READ)).isFalse();
    }

    @Test
    void questionMarkMeansAnonymousOnly() {
        FtpPolicy p = policy(rule(AccessType.ALLOW, "?", "", Permission.READ));

        assertThat(Authorizer.allows(p, ANONYMOUS, Permission.READ)).isTrue();
        assertThat(Authorizer.allows(p, BOB, Permission.READ)).isFalse();
        assertThat(Authorizer.allows(p, ANONYMOUS, Permission.WRITE)).isFalse();
    }

    @Test
    void starMeansEveryoneIncludingAnonymousAsInIis() {
        FtpPolicy p = policy(rule(AccessType.ALLOW, "*", "", Permission.READ, Permission.WRITE));

        assertThat(Authorizer.allows(p, ANONYMOUS, Permission.WRITE)).isTrue();
        assertThat(Authorizer.allows(p, BOB, Permission.WRITE)).isTrue();
    }

    @Test
    void userNamesAndRolesMatchWithoutRegardToCase() {
        FtpPolicy p = policy(rule(AccessType.ALLOW, "bob", "", Permission.READ), rule(AccessType.ALLOW, "", "editors", Permission.WRITE));

        assertThat(Authorizer.allows(p, BOB, Permission.READ)).isTrue();
        assertThat(Authorizer.allows(p, BOB, Permission.WRITE)).isTrue();
        assertThat(Authorizer.allows(p, CAROL, Permission.READ)).isFalse();
    }

    @Test
    void denyWinsWhateverTheOrder() {
        FtpPolicy p = policy(rule(AccessType.ALLOW, "*", "", Permission.READ, Permission.WRITE),
                rule(AccessType.DENY, "bob", "", Permission.WRITE));

        assertThat(Authorizer.allows(p, BOB, Permission.WRITE)).isFalse();
        assertThat(Authorizer.allows(p, BOB, Permission.READ)).isTrue();
        assertThat(Authorizer.allows(p, CAROL, Permission.WRITE)).isTrue();
    }
}
