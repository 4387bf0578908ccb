package org.apphostftp.fs;

import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.ftpserver.ftplet.FileSystemView;
import org.apphostftp.config.effective.FtpPolicy;
import org.apphostftp.config.effective.FtpSiteSettings;
import org.apphostftp.config.effective.SiteConfig;
import org.apphostftp.security.Identity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The FTP namespace of one site for one logged-in user: the site root and its virtual directories, seen through the
 * site's userIsolation mode. Every command reads the site's configuration as it is now, so a reload applies to the
 * next command; the user's namespace is rebuilt only when the configuration object changes.
 *
 * <p>Paths are virtual and '/'-separated; a path that climbs above the user's root, holds a control character, is
 * refused by request filtering or reaches outside its mount through a symbolic link makes {@link #getFile(String)}
 * throw a {@link PathRefusedException}, which MINA's commands answer with 550 (553 for RNTO).
 */
public final class SiteFileSystemView implements FileSystemView {

    private static final Logger LOG = LoggerFactory.getLogger(SiteFileSystemView.class);

    private final Supplier<SiteConfig> site;
    private final Identity identity;
    private final UploadRegistry uploads;
    private final AddressRules addresses;
    private final RealPaths realPaths = new RealPaths();
    private Scope scope;
    private volatile String workingDirectory = VirtualPaths.ROOT;

    private SiteFileSystemView(Supplier<SiteConfig> site, Identity identity, UploadRegistry uploads, AddressRules addresses) {
        this.site = site;
        this.identity = identity;
        this.uploads = uploads;
        this.addresses = addresses;
    }

    /**
     * Opens the namespace at login: finds the user's home (isolation modes) and start folder
     * (StartInUsersDirectory).
     *
     * @throws HomeDirectoryInaccessibleException when the home is missing: the login must fail with
     *                                            {@code 530 User cannot log in, home directory inaccessible.}
     */
    public static SiteFileSystemView open(Supplier<SiteConfig> site, Identity identity, UploadRegistry uploads)
            throws HomeDirectoryInaccessibleException {
        return open(site, identity, uploads, AddressRules.SITE_LEVEL_ONLY);
    }

    /**
     * Opens the namespace for a client: {@code clientPasses} says whether the client passes a set of ipSecurity rules
     * (those of folders' {@code <location>}s; a folder whose rules refuse the client is nothing to this session).
     */
    public static SiteFileSystemView open(Supplier<SiteConfig> site, Identity identity, UploadRegistry uploads,
                                          Predicate<FtpPolicy.IpSecurity> clientPasses) throws HomeDirectoryInaccessibleException {
        return open(site, identity, uploads, new AddressRules(clientPasses));
    }

    private static SiteFileSystemView open(Supplier<SiteConfig> site, Identity identity, UploadRegistry uploads,
                                           AddressRules addresses) throws HomeDirectoryInaccessibleException {
        SiteFileSystemView view = new SiteFileSystemView(site, identity, uploads, addresses);
        SiteConfig config = site.get();
        view.scope = new Scope(config, Namespace.of(config, identity), identity, uploads, view.realPaths, addresses);
        view.workingDirectory = view.startDirectory(view.scope);
        return view;
    }

    public Identity identity() {
        return identity;
    }

    /** The working directory as the user sees it (for PWD and the sessions' currentDirectory). */
    public String currentDirectory() {
        return workingDirectory;
    }

    /**
     * The path {@code input} names, resolved against the working directory as text only (no disk access), for logs;
     * the input itself when the namespace would refuse it.
     */
    public String pathOf(String input) {
        try {
            return VirtualPaths.resolve(workingDirectory, input);
        } catch (PathRefusedException e) {
            return input == null ? "" : input;
        }
    }

    /** fileHandling of the site as configured now. */
    public FtpSiteSettings.FileHandling fileHandling() {
        return site.get().ftp().fileHandling();
    }

    @Override
    public SiteFile getHomeDirectory() throws HomeDirectoryInaccessibleException, PathRefusedException {
        return currentScope().locate(VirtualPaths.ROOT, "");
    }

    /** The working directory; if a configuration change made it unreachable, the session falls back to its root. */
    @Override
    public SiteFile getWorkingDirectory() throws HomeDirectoryInaccessibleException, PathRefusedException {
        Scope s = currentScope();
        try {
            return s.locate(workingDirectory, "");
        } catch (PathRefusedException e) {
            workingDirectory = VirtualPaths.ROOT;
            return s.locate(VirtualPaths.ROOT, "");
        }
    }

    /** CWD: the folder must exist and the user must have Read there. */
    @Override
    public boolean changeWorkingDirectory(String dir) throws HomeDirectoryInaccessibleException, PathRefusedException {
        SiteFile target = getFile(dir);
        if (target.readDenial().isPresent() || !target.isDirectory()) {
            LOG.debug("{}: CWD {} refused: {}", identity.userName(), target, target.readDenial().orElse(Refusal.NOT_FOUND));
            return false;
        }
        workingDirectory = target.virtualPath();
        return true;
    }

    /**
     * Resolves client input (absolute, or relative to the working directory) to a file of the namespace.
     *
     * @throws PathRefusedException when the namespace refuses the path (see the class comment)
     */
    @Override
    public SiteFile getFile(String file) throws HomeDirectoryInaccessibleException, PathRefusedException {
        Scope s = currentScope();
        try {
            return s.locate(VirtualPaths.resolve(workingDirectory, file), file == null ? "" : file);
        } catch (PathRefusedException e) {
            LOG.debug("site '{}', user '{}': {} ({})", s.site().name(), identity.userName(), e.getMessage(), e.refusal());
            throw e;
        }
    }

    @Override
    public boolean isRandomAccessible() {
        return true;
    }

    @Override
    public void dispose() {
        // nothing is held open between commands
    }

    /** The scope for this command; rebuilt when the configuration changed, moving to the start folder if the root moved. */
    private synchronized Scope currentScope() throws HomeDirectoryInaccessibleException {
        SiteConfig now = site.get();
        if (now != scope.site()) {
            Namespace namespace = Namespace.of(now, identity);
            boolean rootMoved = !namespace.root().equals(scope.namespace().root());
            scope = new Scope(now, namespace, identity, uploads, realPaths, addresses);
            if (rootMoved) {
                workingDirectory = startDirectory(scope);
            }
        }
        return scope;
    }

    /** The namespace's start folder when it is a folder the user can reach, else the root. */
    private String startDirectory(Scope s) {
        String start = s.namespace().startDirectory();
        if (!start.equals(VirtualPaths.ROOT)) {
            try {
                if (s.locate(start, "").isFolderOnDisk()) {
                    return start;
                }
            } catch (PathRefusedException e) {
                LOG.debug("start folder {} of '{}' is refused: {}", start, identity.userName(), e.getMessage());
            }
        }
        return VirtualPaths.ROOT;
    }
}
