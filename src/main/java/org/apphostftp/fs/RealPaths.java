package org.apphostftp.fs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Containment on disk: the real path (symbolic links followed) of every path must stay inside the real path of its
 * mount. One view keeps one instance, so the real paths of mount folders are resolved once per session.
 */
final class RealPaths {

    private final ConcurrentMap<Path, Path> mountRoots = new ConcurrentHashMap<>();

    /** The real path of a mount's folder; empty while the folder is missing (then nothing below it exists). */
    Optional<Path> root(Mount mount) {
        Path cached = mountRoots.get(mount.physicalRoot());
        if (cached != null) {
            return Optional.of(cached);
        }
        try {
            Path real = mount.physicalRoot().toRealPath();
            mountRoots.put(mount.physicalRoot(), real);
            return Optional.of(real);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The mount's folder for opening what {@link #locate} checked; empty while the folder is missing. */
    Optional<ConfinedTree> tree(Mount mount) {
        return root(mount).map(ConfinedTree::new);
    }

    /**
     * Finds a path on disk with one real-path lookup when it exists. A missing path is checked through its nearest
     * existing ancestor, so a file to be created never lands outside the mount; a dangling symbolic link is refused
     * because creating through it would write wherever it points.
     */
    Location locate(Mount mount, Path physical, String userPath) throws PathRefusedException {
        Optional<Path> root = root(mount);
        if (root.isEmpty()) {
            return Location.missing(physical);
        }
        try {
            Path real = physical.toRealPath();
            requireInside(real, root.get(), userPath);
            return new Location(physical, real, true, true);
        } catch (NoSuchFileException e) {
            return missing(mount, physical, root.get(), userPath);
        } catch (IOException e) {
            // e.g. "file.txt/x": a file used as a folder
            return Location.missing(physical);
        }
    }

    /** Checks an entry met while listing a folder that is itself inside the mount. */
    boolean isInside(Path real, Mount mount) {
        Optional<Path> root = root(mount);
        return root.isPresent() && real.startsWith(root.get());
    }

    private Location missing(Mount mount, Path physical, Path root, String userPath) throws PathRefusedException {
        refuseDanglingLink(physical, userPath);
        boolean parent = true;
        for (Path p = physical.getParent(); p != null && p.startsWith(mount.physicalRoot()); p = p.getParent()) {
            try {
                Path real = p.toRealPath();
                requireInside(real, root, userPath);
                return parent ? new Location(physical, real.resolve(physical.getFileName()), false, true) : Location.missing(physical);
            } catch (NoSuchFileException e) {
                refuseDanglingLink(p, userPath);
                parent = false;
            } catch (IOException e) {
                return Location.missing(physical);
            }
        }
        return Location.missing(physical);
    }

    private static void requireInside(Path real, Path root, String userPath) throws PathRefusedException {
        if (!real.startsWith(root)) {
            throw new PathRefusedException(Refusal.SYMLINK_ESCAPE, userPath,
                    "a symbolic link on the path leads outside its virtual directory");
        }
    }

    private static void refuseDanglingLink(Path path, String userPath) throws PathRefusedException {
        if (Files.isSymbolicLink(path)) {
            throw new PathRefusedException(Refusal.SYMLINK_ESCAPE, userPath,
                    "a symbolic link on the path points to nothing; writing through it could land anywhere");
        }
    }
}
