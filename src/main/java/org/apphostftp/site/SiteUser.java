package org.apphostftp.site;

import java.util.List;
import org.apache.ftpserver.ftplet.Authority;
import org.apache.ftpserver.ftplet.AuthorizationRequest;
import org.apache.ftpserver.ftplet.User;
import org.apache.ftpserver.usermanager.impl.ConcurrentLoginRequest;
import org.apphostftp.security.Identity;

/**
 * The logged-in user as MINA sees it. Authorization happens in our file system view; this only grants what MINA's
 * own checks ask for (a missing ConcurrentLoginPermission would disconnect the user with 421).
 */
public final class SiteUser implements User {

    private final Identity identity;
    private final String home;

    public SiteUser(Identity identity, String home) {
        this.identity = identity;
        this.home = home;
    }

    public Identity identity() {
        return identity;
    }

    @Override
    public String getName() {
        return identity.userName();
    }

    @Override
    public String getPassword() {
        return null;
    }

    @Override
    public List<? extends Authority> getAuthorities() {
        return List.of();
    }

    @Override
    public List<? extends Authority> getAuthorities(Class<? extends Authority> clazz) {
        return List.of();
    }

    @Override
    public AuthorizationRequest authorize(AuthorizationRequest request) {
        // concurrent logins are limited per site by maxConnections; rate limits do not exist in IIS FTP
        return request instanceof ConcurrentLoginRequest ? request : null;
    }

    @Override
    public int getMaxIdleTime() {
        return 0;
    }

    @Override
    public boolean getEnabled() {
        return true;
    }

    @Override
    public String getHomeDirectory() {
        return home;
    }
}
