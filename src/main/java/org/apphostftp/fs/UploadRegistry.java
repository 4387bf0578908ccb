package org.apphostftp.fs;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files of one site being uploaded right now, by real path. Shared by every session of the site (one instance
 * per running site, kept across configuration reloads): it refuses a second upload of the same file and, unless
 * fileHandling/@allowReadUploadsInProgress, a download of a file still being written.
 */
public final class UploadRegistry {

    private final Set<Path> active = ConcurrentHashMap.newKeySet();

    public boolean inProgress(Path realPath) {
        return active.contains(realPath);
    }

    /** A snapshot of the files being uploaded. */
    public Set<Path> inProgress() {
        return Set.copyOf(active);
    }

    /** Claims a file; false when another upload holds it. */
    boolean claim(Path realPath) {
        return active.add(realPath);
    }

    void release(Path realPath) {
        active.remove(realPath);
    }
}
