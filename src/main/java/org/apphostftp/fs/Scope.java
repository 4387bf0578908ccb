package org.apphostftp.fs;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import org.apphostftp.config.effective.FtpPolicy;
import org.apphostftp.config.effective.SiteConfig;
import org.apphostftp.security.Identity;

/**
 * Everything one command resolves against: the site's configuration as it is now, the user's namespace built from
 * it, who the user is, the site's uploads, the session's cache of real mount paths and its client's standing with the
 * ipSecurity rules of folders. This is the one place that
 * turns a virtual path into a {@link SiteFile}.
 */
record Scope(SiteConfig site, Namespace namespace, Identity identity, UploadRegistry uploads, RealPaths realPaths,
             AddressRules addresses) {

    /**
     * Resolves a normalised user path: its mount, its path in the site (which picks the {@code <location>} rules),
     * the request filtering of those rules, and where it is on disk.
     *
     * @param input the client's text, for denyUrlSequences ("" when there is none)
     */
    SiteFile locate(String userPath, String input) throws PathRefusedException {
        if (userPath.contains("/" + ConfinedTree.TEMPORARY_PREFIX)) { // an upload being written is not served
            throw new PathRefusedException(Refusal.NOT_FOUND, userPath, "no such file");
        }
        Mount mount = namespace.mountFor(userPath);
        String sitePath = Namespace.sitePathOf(mount, userPath);
        FtpPolicy policy = site.policies().forPath(sitePath);
        RequestFilter.check(policy.requestFiltering(), userPath, input);
        Path physical = Namespace.physicalOf(mount, userPath);
        Location location = realPaths.locate(mount, physical, userPath);
        return new SiteFile(this, userPath, mount, sitePath, policy, location, null);
    }

    /**
     * An entry met while listing {@code folder} through its open confined {@code stream}, or empty when the user may
     * not see it: a name the request filtering refuses (hidden segments among them), a control character in the
     * name, an upload being written beside its target, a symbolic link leaving the mount, or something that is
     * neither a file nor a folder (a FIFO would hang a download). The entry's attributes are read relative to the open
     * folder; a link's target is checked, then read through the mount's confined tree.
     */
    Optional<SiteFile> listed(SiteFile folder, SecureDirectoryStream<Path> stream, Path entry) {
        String name = entry.getFileName().toString();
        if (hasControlCharacter(name) || ConfinedTree.isTemporaryName(name)) {
            return Optional.empty();
        }
        String userPath = VirtualPaths.child(folder.virtualPath(), name);
        String sitePath = VirtualPaths.child(folder.sitePath(), name);
        FtpPolicy policy = site.policies().forPath(sitePath);
        try {
            RequestFilter.check(policy.requestFiltering(), userPath, "");
            BasicFileAttributes attributes = ConfinedTree.attributes(stream, entry);
            Path real;
            if (attributes.isSymbolicLink()) {
                real = entry.toRealPath();
                Optional<ConfinedTree> tree = realPaths.tree(folder.mount());
                if (!realPaths.isInside(real, folder.mount()) || tree.isEmpty()) {
                    return Optional.empty();
                }
                attributes = tree.get().attributes(real);
            } else {
                real = folder.location().real().resolve(name);
            }
            if (!attributes.isDirectory() && !attributes.isRegularFile()) {
                return Optional.empty();
            }
            return Optional.of(new SiteFile(this, userPath, folder.mount(), sitePath, policy,
                    new Location(folder.location().real().resolve(name), real, true, true), attributes));
        } catch (PathRefusedException | IOException e) {
            return Optional.empty();
        }
    }

    /** A virtual directory as an entry of its parent's listing, or empty when it is refused or its folder is missing. */
    Optional<SiteFile> listed(Mount mount) {
        try {
            SiteFile file = locate(mount.userPath(), "");
            return file.isFolderOnDisk() ? Optional.of(file) : Optional.empty();
        } catch (PathRefusedException e) {
            return Optional.empty();
        }
    }

    private static boolean hasControlCharacter(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return true;
            }
        }
        return false;
    }
}
