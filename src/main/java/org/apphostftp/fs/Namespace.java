package org.apphostftp.fs;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apphostftp.config.effective.SiteConfig;
import org.apphostftp.config.effective.VirtualDirectory;
import org.apphostftp.security.Identity;

/**
 * What one user sees of a site: the mounts in the user's coordinates and where the session starts, following the
 * site's userIsolation mode. Built at login and again after a configuration change; it touches the disk only to find
 * the user's home.
 */
final class Namespace {

    /** The folder of isolated homes below the site root, as in IIS. */
    static final String LOCAL_USER = "LocalUser";
    /** The isolated home of anonymous users. */
    static final String ANONYMOUS_HOME = "Public";
    /** Where StartInUsersDirectory starts anonymous users, when it exists. */
    static final String ANONYMOUS_START = "default";

    private final List<Mount> mounts;
    private final String startDirectory;

    private Namespace(List<Mount> mounts, String startDirectory) {
        List<Mount> deepestFirst = new ArrayList<>(mounts);
        deepestFirst.sort(Comparator.comparingInt((Mount m) -> m.userPath().length()).reversed());
        this.mounts = List.copyOf(deepestFirst);
        this.startDirectory = startDirectory;
    }

    static Namespace of(SiteConfig site, Identity who) throws HomeDirectoryInaccessibleException {
        return switch (site.ftp().userIsolation()) {
            case NONE -> unisolated(site, VirtualPaths.ROOT);
            case START_IN_USERS_DIRECTORY -> unisolated(site, usersDirectory(site, who));
            case ISOLATE_ROOT_DIRECTORY_ONLY -> isolated(site, who, true);
            case ISOLATE_ALL_DIRECTORIES -> isolated(site, who, false);
            case ACTIVE_DIRECTORY, CUSTOM -> throw new HomeDirectoryInaccessibleException("site '" + site.name()
                    + "': userIsolation mode " + site.ftp().userIsolation().iisName() + " is not supported on this platform");
        };
    }

    /** The user's root. */
    Mount root() {
        return mounts.get(mounts.size() - 1);
    }

    /** The user path where a session starts. */
    String startDirectory() {
        return startDirectory;
    }

    /** The deepest mount holding a user path. */
    Mount mountFor(String userPath) {
        for (Mount m : mounts) {
            if (VirtualPaths.isAtOrBelow(userPath, m.userPath())) {
                return m;
            }
        }
        throw new IllegalStateException("no root mount");
    }

    /** Whether a user path is exactly a mount (the root or a virtual directory). */
    boolean isMountPoint(String userPath) {
        return mounts.stream().anyMatch(m -> m.userPath().equalsIgnoreCase(userPath));
    }

    /** Virtual directories mounted directly below a user path. */
    List<Mount> childrenOf(String userPath) {
        List<Mount> children = new ArrayList<>();
        for (Mount m : mounts) {
            if (!m.userPath().equals(VirtualPaths.ROOT) && VirtualPaths.parent(m.userPath()).equalsIgnoreCase(userPath)) {
                children.add(m);
            }
        }
        return children;
    }

    static String sitePathOf(Mount mount, String userPath) {
        return VirtualPaths.child(mount.sitePath(), VirtualPaths.below(userPath, mount.userPath()));
    }

    static Path physicalOf(Mount mount, String userPath) {
        String below = VirtualPaths.below(userPath, mount.userPath());
        return below.isEmpty() ? mount.physicalRoot() : mount.physicalRoot().resolve(below);
    }

    // ------------------------------------------------------------------------------------------ modes

    private static Namespace unisolated(SiteConfig site, String start) {
        List<Mount> mounts = new ArrayList<>();
        for (VirtualDirectory v : site.virtualDirectories()) {
            mounts.add(new Mount(v.virtualPath(), v.virtualPath(), v.physicalPath()));
        }
        return new Namespace(mounts, start);
    }

    /** StartInUsersDirectory: "/<user>" (anonymous: "/default") when it exists, physical or virtual; else "/". */
    private static String usersDirectory(SiteConfig site, Identity who) {
        String name = who.anonymous() ? ANONYMOUS_START : who.userName();
        if (!isPlainSegment(name)) {
            return VirtualPaths.ROOT;
        }
        for (VirtualDirectory v : site.virtualDirectories()) {
            if (v.virtualPath().equalsIgnoreCase("/" + name)) {
                return v.virtualPath();
            }
        }
        return directoryIgnoringCase(site.root().physicalPath(), name)
                .map(p -> "/" + p.getFileName()).orElse(VirtualPaths.ROOT);
    }

    /**
     * IsolateRootDirectoryOnly (globals visible): the root is the physical folder LocalUser/<user> of the site root,
     * and the site's virtual directories stay at their paths, except those of the LocalUser tree.
     * IsolateAllDirectories: the root is the virtual directory /LocalUser/<user> if there is one, else that folder
     * under the deepest virtual directory holding it; only virtual directories below the home are seen.
     */
    private static Namespace isolated(SiteConfig site, Identity who, boolean globalsVisible) throws HomeDirectoryInaccessibleException {
        String homeName = who.anonymous() ? ANONYMOUS_HOME : who.userName();
        String homeSitePath = "/" + LOCAL_USER + "/" + homeName;
        if (!isPlainSegment(homeName)) {
            throw new HomeDirectoryInaccessibleException("site '" + site.name() + "': user '" + VirtualPaths.printable(homeName)
                    + "' cannot have a home directory: the name is not a plain folder name");
        }
        Optional<Mount> virtual = globalsVisible ? Optional.empty() : virtualHome(site, homeSitePath);
        Mount root = virtual.isPresent() ? virtual.get()
                : physicalHome(site, homeName, globalsVisible ? site.root() : deepestHolding(site, homeSitePath), !globalsVisible);
        List<Mount> mounts = new ArrayList<>();
        mounts.add(root);
        for (VirtualDirectory v : site.virtualDirectories()) {
            String path = v.virtualPath();
            if (path.equals(VirtualPaths.ROOT) || path.equalsIgnoreCase(root.sitePath())) {
                continue;
            }
            if (VirtualPaths.isAtOrBelow(path, root.sitePath())) {
                mounts.add(new Mount("/" + VirtualPaths.below(path, root.sitePath()), path, v.physicalPath()));
            } else if (globalsVisible && !VirtualPaths.isAtOrBelow(path, "/" + LOCAL_USER)) {
                mounts.add(new Mount(path, path, v.physicalPath()));
            }
        }
        return new Namespace(mounts, VirtualPaths.ROOT);
    }

    private static Optional<Mount> virtualHome(SiteConfig site, String homeSitePath) throws HomeDirectoryInaccessibleException {
        for (VirtualDirectory v : site.virtualDirectories()) {
            if (v.virtualPath().equalsIgnoreCase(homeSitePath)) {
                if (!Files.isDirectory(v.physicalPath())) {
                    throw new HomeDirectoryInaccessibleException("site '" + site.name() + "': the home directory " + v.virtualPath()
                            + " is a virtual directory whose folder " + v.physicalPath() + " does not exist (create it)");
                }
                return Optional.of(new Mount(VirtualPaths.ROOT, v.virtualPath(), v.physicalPath()));
            }
        }
        return Optional.empty();
    }

    /** LocalUser/<name> below a virtual directory's folder, names matched without regard to case as on IIS. */
    private static Mount physicalHome(SiteConfig site, String homeName, VirtualDirectory base, boolean virtualAllowed)
            throws HomeDirectoryInaccessibleException {
        String relative = VirtualPaths.below("/" + LOCAL_USER + "/" + homeName, base.virtualPath());
        Path folder = base.physicalPath();
        String sitePath = base.virtualPath();
        for (String segment : relative.split("/")) {
            Optional<Path> next = directoryIgnoringCase(folder, segment);
            if (next.isEmpty()) {
                throw new HomeDirectoryInaccessibleException("site '" + site.name() + "': user '" + homeName
                        + "' has no home directory: " + folder.resolve(segment) + " does not exist (create the folder "
                        + base.physicalPath().resolve(relative)
                        + (virtualAllowed ? ", or a virtual directory /" + LOCAL_USER + "/" + homeName : "") + ")");
            }
            folder = next.get();
            sitePath = VirtualPaths.child(sitePath, folder.getFileName().toString());
        }
        requireInside(site, homeName, folder, base.physicalPath());
        return new Mount(VirtualPaths.ROOT, sitePath, folder);
    }

    /** A home reached through a symbolic link that leaves its virtual directory is refused, like any other path. */
    private static void requireInside(SiteConfig site, String homeName, Path home, Path base) throws HomeDirectoryInaccessibleException {
        try {
            if (!home.toRealPath().startsWith(base.toRealPath())) {
                throw new HomeDirectoryInaccessibleException("site '" + site.name() + "': the home directory of '" + homeName
                        + "' (" + home + ") is a symbolic link leaving " + base);
            }
        } catch (IOException e) {
            throw new HomeDirectoryInaccessibleException("site '" + site.name() + "': the home directory of '" + homeName
                    + "' (" + home + ") cannot be read: " + e.getMessage());
        }
    }

    private static VirtualDirectory deepestHolding(SiteConfig site, String sitePath) {
        VirtualDirectory best = site.root();
        for (VirtualDirectory v : site.virtualDirectories()) {
            if (VirtualPaths.isAtOrBelow(sitePath, v.virtualPath()) && v.virtualPath().length() > best.virtualPath().length()) {
                best = v;
            }
        }
        return best;
    }

    /** The folder {@code name} in {@code parent}: the exact name first, else one that differs only in case. */
    private static Optional<Path> directoryIgnoringCase(Path parent, String name) {
        Path exact = parent.resolve(name);
        if (Files.isDirectory(exact)) {
            return Optional.of(exact);
        }
        // only at login, and only when the exact name is missing: one listing of the parent folder
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent)) {
            Path found = null;
            for (Path entry : entries) {
                String entryName = entry.getFileName().toString();
                if (entryName.equalsIgnoreCase(name) && Files.isDirectory(entry)
                        && (found == null || entryName.compareTo(found.getFileName().toString()) < 0)) {
                    found = entry;
                }
            }
            return Optional.ofNullable(found);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A user name usable as one folder name. */
    private static boolean isPlainSegment(String name) {
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '/' || c == '\\' || c < 0x20 || c == 0x7f) {
                return false;
            }
        }
        return true;
    }
}
