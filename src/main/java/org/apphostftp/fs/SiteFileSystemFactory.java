package org.apphostftp.fs;

import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.ftpserver.ftplet.FileSystemFactory;
import org.apache.ftpserver.ftplet.User;
import org.apphostftp.config.effective.FtpPolicy;
import org.apphostftp.config.effective.SiteConfig;
import org.apphostftp.security.Identity;

/**
 * MINA's file system factory for one running site: a {@link SiteFileSystemView} per login, all sharing the site's
 * {@link UploadRegistry} and reading the site's configuration as it is at each command.
 */
public final class SiteFileSystemFactory implements FileSystemFactory {

    private final Supplier<SiteConfig> site;
    private final UploadRegistry uploads;
    private final Function<User, Identity> identities;

    /**
     * @param site       the site's configuration as it is now (the running site swaps it on reload)
     * @param uploads    the site's uploads in progress
     * @param identities who a MINA user acts as (the session layer's user carries the {@link Identity})
     */
    public SiteFileSystemFactory(Supplier<SiteConfig> site, UploadRegistry uploads, Function<User, Identity> identities) {
        this.site = site;
        this.uploads = uploads;
        this.identities = identities;
    }

    public UploadRegistry uploads() {
        return uploads;
    }

    @Override
    public SiteFileSystemView createFileSystemView(User user) throws HomeDirectoryInaccessibleException {
        return open(identities.apply(user));
    }

    /**
     * Opens the namespace of an identity. Stock PASS marks the session logged in before it asks for the view, so a
     * login should open it (or at least check the home) while authenticating, and answer 530 on
     * {@link HomeDirectoryInaccessibleException}.
     */
    public SiteFileSystemView open(Identity identity) throws HomeDirectoryInaccessibleException {
        return SiteFileSystemView.open(site, identity, uploads);
    }

    /** Opens the namespace of an identity for a client judged by {@code clientPasses} against folders' ipSecurity. */
    public SiteFileSystemView open(Identity identity, Predicate<FtpPolicy.IpSecurity> clientPasses)
            throws HomeDirectoryInaccessibleException {
        return SiteFileSystemView.open(site, identity, uploads, clientPasses);
    }
}
