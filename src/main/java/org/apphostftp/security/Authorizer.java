package org.apphostftp.security;

import org.apphostftp.config.effective.AccessType;
import org.apphostftp.config.effective.FtpPolicy;
import org.apphostftp.config.effective.Permission;

/**
 * IIS FTP authorization: a Deny rule that matches the user and the permission always wins; otherwise an Allow rule
 * that matches grants it; otherwise access is refused. {@code users="*"} matches everyone (anonymous too, as in IIS),
 * {@code users="?"} matches anonymous logins.
 */
public final class Authorizer {

    private Authorizer() {
    }

    public static boolean allows(FtpPolicy policy, Identity who, Permission permission) {
        boolean allowed = false;
        for (FtpPolicy.AuthorizationRule rule : policy.authorization()) {
            if (!rule.permissions().contains(permission) || !matches(rule, who)) {
                continue;
            }
            if (rule.accessType() == AccessType.DENY) {
                return false;
            }
            allowed = true;
        }
        return allowed;
    }

    static boolean matches(FtpPolicy.AuthorizationRule rule, Identity who) {
        for (String user : rule.users()) {
            if (user.equals("*") || (user.equals("?") && who.anonymous()) || (!who.anonymous() && user.equals(who.key()))) {
                return true;
            }
        }
        if (!who.anonymous()) {
            for (String role : rule.roles()) {
                if (who.roles().contains(role)) {
                    return true;
                }
            }
        }
        return false;
    }
}
