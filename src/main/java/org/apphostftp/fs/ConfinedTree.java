package org.apphostftp.fs;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The one way the namespace touches the disk below a mount. The containment check ({@link RealPaths}) gives a real
 * path; this class opens exactly that path: from the mount's real root, each folder is opened relative to the one
 * before (openat) without following symbolic links, and the last name is opened the same way. A name swapped for a
 * symbolic link between the check and the use then fails (ELOOP, or "not a file") instead of leading outside the
 * mount. The JDK's {@link SecureDirectoryStream} does the relative opens; symbolic links that stay inside the mount
 * still work because the check already resolved them into the real path walked here.
 */
final class ConfinedTree {

    /** Names of uploads being written beside their target and of folders being created: never listed nor served. */
    static final String TEMPORARY_PREFIX = ".apphost-ftp~";

    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

    private final Path root;

    /** @param root the real path of the mount's folder */
    ConfinedTree(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    static boolean isTemporaryName(String name) {
        return name.startsWith(TEMPORARY_PREFIX);
    }

    /** A fresh temporary name for {@code purpose} ("upload", "folder"). */
    static String temporaryName(String purpose) {
        return TEMPORARY_PREFIX + purpose + "-" + UUID.randomUUID();
    }

    /** The folder at {@code real} (the root or below it), reached through real folders only. The caller closes it. */
    SecureDirectoryStream<Path> folder(Path real) throws IOException {
        Path relative = relative(real);
        SecureDirectoryStream<Path> folder = openRoot();
        if (relative.toString().isEmpty()) {
            return folder;
        }
        for (Path segment : relative) {
            SecureDirectoryStream<Path> next;
            try {
                next = folder.newDirectoryStream(segment, NOFOLLOW);
            } finally {
                folder.close();
            }
            folder = next;
        }
        return folder;
    }

    /** The attributes of {@code real} itself (a symbolic link is reported as one, never followed). */
    BasicFileAttributes attributes(Path real) throws IOException {
        if (real.equals(root)) {
            return Files.readAttributes(root, BasicFileAttributes.class);
        }
        try (SecureDirectoryStream<Path> parent = folder(real.getParent())) {
            return attributes(parent, real.getFileName());
        }
    }

    /** The attributes of an entry of an open folder, without following a link. */
    static BasicFileAttributes attributes(SecureDirectoryStream<Path> folder, Path name) throws IOException {
        return folder.getFileAttributeView(name.getFileName(), BasicFileAttributeView.class, NOFOLLOW).readAttributes();
    }

    /** Opens the regular file at {@code real} for reading. */
    FileChannel openRead(Path real) throws IOException {
        try (SecureDirectoryStream<Path> parent = folder(real.getParent())) {
            return openRead(parent, real.getFileName());
        }
    }

    /** Opens the regular file {@code name} of an open folder for reading. */
    static FileChannel openRead(SecureDirectoryStream<Path> folder, Path name) throws IOException {
        // a FIFO would block the open itself; a link put there since the check fails below with ELOOP
        if (!attributes(folder, name).isRegularFile()) {
            throw new FileSystemException(name.toString(), null, "not a regular file");
        }
        return fileChannel(folder.newByteChannel(name.getFileName(), Set.of(StandardOpenOption.READ, NOFOLLOW)), name);
    }

    /** Opens {@code name} in an open folder for writing with {@code options} (CREATE, CREATE_NEW, ...). */
    static FileChannel openWrite(SecureDirectoryStream<Path> folder, Path name, Set<? extends OpenOption> options) throws IOException {
        Set<OpenOption> all = new HashSet<>(options);
        all.add(StandardOpenOption.WRITE);
        all.add(NOFOLLOW);
        return fileChannel(folder.newByteChannel(name.getFileName(), all), name);
    }

    /** Makes a rename or a new file in an open folder durable (fsync of the folder). */
    static void sync(SecureDirectoryStream<Path> folder) throws IOException {
        try (SeekableByteChannel self = folder.newByteChannel(Path.of("."), Set.of(StandardOpenOption.READ))) {
            if (self instanceof FileChannel channel) {
                channel.force(true);
            }
        }
    }

    /** Removes the entry {@code real}: an empty folder, a file, or a link (removed, never followed). */
    void delete(Path real) throws IOException {
        try (SecureDirectoryStream<Path> parent = folder(real.getParent())) {
            Path name = real.getFileName();
            if (attributes(parent, name).isDirectory()) {
                parent.deleteDirectory(name);
            } else {
                parent.deleteFile(name);
            }
        }
    }

    /** Renames {@code real} to {@code targetReal} of {@code target} (renameat: replaces a file there, follows no link). */
    void move(Path real, ConfinedTree target, Path targetReal) throws IOException {
        try (SecureDirectoryStream<Path> from = folder(real.getParent());
             SecureDirectoryStream<Path> to = target.folder(targetReal.getParent())) {
            from.move(real.getFileName(), to, targetReal.getFileName());
        }
    }

    /** Copies the file {@code real} over {@code targetReal} of {@code target} (a rename across disks). */
    void copyFile(Path real, ConfinedTree target, Path targetReal) throws IOException {
        try (FileChannel in = openRead(real);
             SecureDirectoryStream<Path> to = target.folder(targetReal.getParent());
             FileChannel out = openWrite(to, targetReal.getFileName(), Set.of(StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING))) {
            long size = in.size();
            for (long done = 0; done < size; ) {
                long n = in.transferTo(done, size - done, out);
                if (n <= 0) {
                    break; // the source shrank
                }
                done += n;
            }
        }
    }

    /**
     * Creates the folder {@code real}. The JDK has no mkdirat: the folder is made under a fresh random name (hidden
     * from listings) in the mount's real root, a path no client can swap, and renamed into place between descriptors
     * (renameat from the root to the confined parent), so nothing is made through a name a client could have swapped
     * for a link. When the server may not write in the root itself, the random name is made in the parent by path and
     * checked through the confined parent instead (a swap in that instant can leave an empty folder outside).
     */
    void createFolder(Path real) throws IOException {
        try (SecureDirectoryStream<Path> parent = folder(real.getParent()); SecureDirectoryStream<Path> top = openRoot()) {
            if (exists(parent, real.getFileName())) {
                throw new java.nio.file.FileAlreadyExistsException(real.toString());
            }
            Path temporary = Path.of(temporaryName("folder"));
            try {
                Files.createDirectory(root.resolve(temporary));
            } catch (java.nio.file.AccessDeniedException rootNotWritable) {
                createFolderBesideIt(parent, real, temporary);
                return;
            }
            try {
                if (exists(parent, real.getFileName())) {
                    throw new java.nio.file.FileAlreadyExistsException(real.toString());
                }
                top.move(temporary, parent, real.getFileName());
            } catch (IOException | RuntimeException e) {
                top.deleteDirectory(temporary);
                throw e;
            }
        }
    }

    private static void createFolderBesideIt(SecureDirectoryStream<Path> parent, Path real, Path temporary) throws IOException {
        Path byPath = real.getParent().resolve(temporary);
        Files.createDirectory(byPath);
        boolean inPlace;
        try {
            inPlace = attributes(parent, temporary).isDirectory();
        } catch (IOException e) {
            inPlace = false;
        }
        if (!inPlace) {
            Files.deleteIfExists(byPath);
            throw new FileSystemException(real.toString(), null, "the parent folder changed while the folder was created");
        }
        if (exists(parent, real.getFileName())) {
            parent.deleteDirectory(temporary);
            throw new java.nio.file.FileAlreadyExistsException(real.toString());
        }
        parent.move(temporary, parent, real.getFileName());
    }

    /** Sets the modification time of {@code real} (MFMT), through a descriptor opened without following links. */
    void setLastModified(Path real, FileTime time) throws IOException {
        try (SecureDirectoryStream<Path> parent = folder(real.getParent())) {
            parent.getFileAttributeView(real.getFileName(), BasicFileAttributeView.class, NOFOLLOW).setTimes(time, null, null);
        }
    }

    private static boolean exists(SecureDirectoryStream<Path> folder, Path name) {
        try {
            attributes(folder, name);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private SecureDirectoryStream<Path> openRoot() throws IOException {
        DirectoryStream<Path> stream = Files.newDirectoryStream(root);
        if (stream instanceof SecureDirectoryStream<Path> secure) {
            return secure;
        }
        stream.close();
        throw new FileSystemException(root.toString(), null, "this platform cannot open files relative to a folder; refusing to serve");
    }

    private Path relative(Path real) throws IOException {
        if (!real.startsWith(root)) {
            throw new FileSystemException(real.toString(), null, "outside its mount " + root);
        }
        return root.relativize(real);
    }

    private static FileChannel fileChannel(SeekableByteChannel channel, Path what) throws IOException {
        if (channel instanceof FileChannel file) {
            return file;
        }
        channel.close();
        throw new FileSystemException(what.toString(), null, "this platform opens no file channel relative to a folder");
    }
}
