package org.apphostftp.fs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.ftpserver.ftplet.FtpFile;
import org.apphostftp.config.effective.FtpPolicy;
import org.apphostftp.config.effective.FtpSiteSettings;
import org.apphostftp.config.effective.Permission;
import org.apphostftp.config.effective.ShowFlag;
import org.apphostftp.security.Authorizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A path of a user's namespace that passed containment and request filtering (else {@code getFile} threw). It
 * answers as the user sees it: {@link #doesExist()} is false without Read permission, {@link #isReadable()} and
 * {@link #isWritable()} apply authorization, file extensions and uploads in progress. The {@code *Denial} methods
 * say why, for replies that need the reason. One instance serves one command; it is not thread-safe.
 */
public final class SiteFile implements FtpFile {

    private static final Logger LOG = LoggerFactory.getLogger(SiteFile.class);
    private static final Comparator<SiteFile> BY_NAME =
            Comparator.comparing(SiteFile::getName, String.CASE_INSENSITIVE_ORDER).thenComparing(SiteFile::getName);

    private final Scope scope;
    private final String userPath;
    private final Mount mount;
    private final String sitePath;
    private final FtpPolicy policy;
    private Location location;
    private BasicFileAttributes attributes;
    private Set<Permission> permissions;

    SiteFile(Scope scope, String userPath, Mount mount, String sitePath, FtpPolicy policy, Location location,
             BasicFileAttributes attributes) {
        this.scope = scope;
        this.userPath = userPath;
        this.mount = mount;
        this.sitePath = sitePath;
        this.policy = policy;
        this.location = location;
        this.attributes = attributes;
    }

    // ------------------------------------------------------------------------------------ our API

    /** The path as the user sees it (the same as {@link #getAbsolutePath()}): "/" is the user's root. */
    public String virtualPath() {
        return userPath;
    }

    /**
     * The path in the site's namespace, which picks the {@code <location path="Site/...">} rules: equal to
     * {@link #virtualPath()} without isolation, "/LocalUser/bob/a.txt" for bob's "/a.txt" when isolated.
     */
    public String sitePath() {
        return sitePath;
    }

    /**
     * Where the file is on disk, checked to stay inside its mount: the real path (symbolic links resolved) when the
     * file or its folder exists, else the path as mapped. Open it through {@link #openReadChannel()} or
     * {@link #openUpload(long)}, which also check the user's rights.
     */
    public Path physicalPath() {
        return location.real() != null ? location.real() : location.physical();
    }

    /**
     * The authorization rules' answer for this user at this path; none at all when the ipSecurity of the path's
     * {@code <location>} refuses the client.
     */
    public Set<Permission> permissions() {
        if (permissions == null) {
            if (!scope.addresses().allows(scope.site(), policy.ipSecurity())) {
                permissions = Set.of();
                return permissions;
            }
            Set<Permission> granted = EnumSet.noneOf(Permission.class);
            for (Permission p : Permission.values()) {
                if (Authorizer.allows(policy, scope.identity(), p)) {
                    granted.add(p);
                }
            }
            permissions = Set.copyOf(granted);
        }
        return permissions;
    }

    /** Whether the path exists on disk, whatever the user may see. */
    public boolean existsOnDisk() {
        return location.exists();
    }

    /** The size of the file on disk whatever the user may see (APPE starts there); 0 when it is no file. */
    public long sizeOnDisk() {
        BasicFileAttributes a = attributes();
        return a != null && a.isRegularFile() ? a.size() : 0L;
    }

    /** The user's root or a virtual directory: it cannot be removed or renamed. */
    public boolean isMountPoint() {
        return scope.namespace().isMountPoint(userPath);
    }

    /** Why the user cannot read (download, list, enter) this path; empty when allowed. */
    public Optional<Refusal> readDenial() {
        if (!location.exists() || attributes() == null) {
            return Optional.of(Refusal.NOT_FOUND);
        }
        if (!permissions().contains(Permission.READ)) {
            return Optional.of(Refusal.NOT_AUTHORIZED);
        }
        if (!attributes().isDirectory()) {
            if (!RequestFilter.extensionAllowed(policy.requestFiltering(), getName())) {
                return Optional.of(Refusal.FILE_EXTENSION);
            }
            if (!fileHandling().allowReadUploadsInProgress() && scope.uploads().inProgress(location.real())) {
                return Optional.of(Refusal.UPLOAD_IN_PROGRESS);
            }
        }
        return Optional.empty();
    }

    /** Why the user cannot create or write this path (STOR, APPE, STOU, MKD, MFMT, rename target); empty when allowed. */
    public Optional<Refusal> writeDenial() {
        if (!permissions().contains(Permission.WRITE)) {
            return Optional.of(Refusal.NOT_AUTHORIZED);
        }
        boolean existingFolder = isFolderOnDisk();
        if (!existingFolder && !RequestFilter.extensionAllowed(policy.requestFiltering(), getName())) {
            return Optional.of(Refusal.FILE_EXTENSION);
        }
        if (!location.exists() && !location.parentExists()) {
            return Optional.of(Refusal.NOT_FOUND);
        }
        if (location.real() != null && !existingFolder && scope.uploads().inProgress(location.real())) {
            return Optional.of(Refusal.UPLOAD_IN_PROGRESS);
        }
        return Optional.empty();
    }

    /** Why the user cannot delete this path (DELE, RMD, rename source); empty when allowed. */
    public Optional<Refusal> removeDenial() {
        if (isMountPoint()) {
            return Optional.of(Refusal.MOUNT_POINT);
        }
        if (!location.exists()) {
            return Optional.of(Refusal.NOT_FOUND);
        }
        return writeDenial();
    }

    /**
     * Why this path cannot be renamed to {@code target}: Write at both ends, neither a mount point, and an existing
     * target only when fileHandling/@allowReplaceOnRename is true and the target is a file. Empty when allowed.
     */
    public Optional<Refusal> renameDenial(SiteFile target) {
        Optional<Refusal> source = removeDenial();
        if (source.isPresent()) {
            return source;
        }
        if (target.isMountPoint()) {
            return Optional.of(Refusal.MOUNT_POINT);
        }
        Optional<Refusal> destination = target.writeDenial();
        if (destination.isPresent()) {
            return destination;
        }
        if (target.location.exists() && !target.location.real().equals(location.real())
                && (target.isFolderOnDisk() || !fileHandling().allowReplaceOnRename())) {
            return Optional.of(Refusal.TARGET_EXISTS);
        }
        return Optional.empty();
    }

    /** requestLimits/@maxAllowedContentLength at this path: the largest size an upload may make the file; 0 is unlimited. */
    public long maxAllowedContentLength() {
        return policy.requestFiltering().maxAllowedContentLength();
    }

    /** fileHandling of the site as configured now. */
    public FtpSiteSettings.FileHandling fileHandling() {
        return scope.site().ftp().fileHandling();
    }

    /** Opens the file for a download (zero-copy transfers read the channel); refused as {@link #readDenial()} says. */
    public FileChannel openReadChannel() throws IOException {
        Optional<Refusal> denial = readDenial();
        if (denial.isPresent()) {
            throw new FileRefusedException(denial.get(), userPath, denial.get().replyText());
        }
        if (!attributes().isRegularFile()) {
            throw new FileRefusedException(Refusal.NOT_FOUND, userPath, "not a file");
        }
        return tree().openRead(location.real());
    }

    /**
     * Starts an upload at {@code offset} (0 for STOR, the size for APPE, the REST marker for a resume); refused as
     * {@link #writeDenial()} says, or when another session is uploading the same file.
     */
    public Upload openUpload(long offset) throws IOException {
        Optional<Refusal> denial = writeDenial();
        if (denial.isPresent()) {
            throw new FileRefusedException(denial.get(), userPath, denial.get().replyText());
        }
        if (location.exists() && !attributes().isRegularFile()) {
            throw new FileRefusedException(Refusal.NOT_AUTHORIZED, userPath, "not a file");
        }
        Path target = location.real();
        Upload upload = Upload.open(scope.uploads(), tree(), target, userPath, offset, maxAllowedContentLength(),
                fileHandling().keepPartialUploads());
        location = new Location(location.physical(), target, true, true);
        attributes = null;
        return upload;
    }

    // ------------------------------------------------------------------------------------ FtpFile

    @Override
    public String getAbsolutePath() {
        return userPath;
    }

    @Override
    public String getName() {
        return VirtualPaths.name(userPath);
    }

    /** Nothing is hidden by name (IIS lists dot files); hidden segments never become a SiteFile at all. */
    @Override
    public boolean isHidden() {
        return false;
    }

    @Override
    public boolean isDirectory() {
        return visible() && attributes().isDirectory();
    }

    @Override
    public boolean isFile() {
        return visible() && attributes().isRegularFile();
    }

    /** Exists and the user may read it: SIZE, MDTM, MLST and LIST answer 550 for what the user cannot read. */
    @Override
    public boolean doesExist() {
        return visible() && permissions().contains(Permission.READ);
    }

    @Override
    public boolean isReadable() {
        return readDenial().isEmpty();
    }

    @Override
    public boolean isWritable() {
        return writeDenial().isEmpty();
    }

    @Override
    public boolean isRemovable() {
        return removeDenial().isEmpty();
    }

    /** IIS shows fixed names rather than the server's accounts. */
    @Override
    public String getOwnerName() {
        return "owner";
    }

    @Override
    public String getGroupName() {
        return "group";
    }

    @Override
    public int getLinkCount() {
        return 1;
    }

    @Override
    public long getLastModified() {
        return visible() ? attributes().lastModifiedTime().toMillis() : 0L;
    }

    @Override
    public boolean setLastModified(long time) {
        if (!location.exists() || writeDenial().isPresent()) {
            return false;
        }
        try {
            tree().setLastModified(location.real(), FileTime.fromMillis(time));
            attributes = null;
            return true;
        } catch (IOException e) {
            LOG.debug("cannot set the time of {}: {}", userPath, e.toString());
            return false;
        }
    }

    @Override
    public long getSize() {
        return isFile() ? attributes().size() : 0L;
    }

    @Override
    public Path getPhysicalFile() {
        return physicalPath();
    }

    @Override
    public boolean mkdir() {
        if (location.exists() || writeDenial().isPresent()) {
            return false;
        }
        try {
            tree().createFolder(location.real());
            location = new Location(location.physical(), location.real(), true, true);
            attributes = null;
            return true;
        } catch (IOException e) {
            LOG.debug("cannot create {}: {}", userPath, e.toString());
            return false;
        }
    }

    @Override
    public boolean delete() {
        if (removeDenial().isPresent()) {
            return false;
        }
        try {
            tree().delete(entry());
            location = new Location(location.physical(), location.real(), false, true);
            attributes = null;
            return true;
        } catch (IOException e) {
            LOG.debug("cannot delete {}: {}", userPath, e.toString());
            return false;
        }
    }

    /** Renames within the site, as {@link #renameDenial(SiteFile)} allows; across folders on different disks files are copied. */
    @Override
    public boolean move(FtpFile destination) {
        if (!(destination instanceof SiteFile target)) {
            return false;
        }
        Optional<Refusal> denial = renameDenial(target);
        if (denial.isPresent()) {
            LOG.debug("rename {} -> {} refused: {}", userPath, target.userPath, denial.get());
            return false;
        }
        try {
            moveEntry(target);
            target.location = new Location(target.location.physical(), target.location.real(), true, true);
            target.attributes = null;
            location = new Location(location.physical(), location.real(), false, true);
            attributes = null;
            return true;
        } catch (IOException e) {
            LOG.debug("cannot rename {} -> {}: {}", userPath, target.userPath, e.toString());
            return false;
        }
    }

    /**
     * The folder's entries the user may see, sorted by name without regard to case; with showFlags
     * DisplayVirtualDirectories, also the virtual directories mounted directly below it. A virtual directory always
     * replaces a physical entry of the same name. Null when this is not a folder the user may read.
     */
    @Override
    public List<SiteFile> listFiles() {
        if (readDenial().isPresent() || !attributes().isDirectory()) {
            return null;
        }
        Map<String, Mount> virtualChildren = new HashMap<>();
        for (Mount child : scope.namespace().childrenOf(userPath)) {
            virtualChildren.put(VirtualPaths.name(child.userPath()).toLowerCase(Locale.ROOT), child);
        }
        List<SiteFile> entries = new ArrayList<>();
        Set<String> shadowed = new HashSet<>();
        try (SecureDirectoryStream<Path> stream = tree().folder(location.real())) {
            for (Path entry : stream) {
                String key = entry.getFileName().toString().toLowerCase(Locale.ROOT);
                if (virtualChildren.containsKey(key)) {
                    shadowed.add(key);
                } else {
                    scope.listed(this, stream, entry).ifPresent(entries::add);
                }
            }
        } catch (IOException e) {
            LOG.debug("cannot list {}: {}", userPath, e.toString());
            return null;
        }
        boolean showVirtual = scope.site().ftp().directoryBrowse().has(ShowFlag.DISPLAY_VIRTUAL_DIRECTORIES);
        for (Map.Entry<String, Mount> child : virtualChildren.entrySet()) {
            if (showVirtual || shadowed.contains(child.getKey())) {
                scope.listed(child.getValue()).ifPresent(entries::add);
            }
        }
        entries.sort(BY_NAME);
        return List.copyOf(entries);
    }

    /** MINA's stock STOR/APPE/STOU: an upload whose stream close keeps the file (they cannot report failures). */
    @Override
    public OutputStream createOutputStream(long offset) throws IOException {
        return openUpload(offset).completingOutputStream();
    }

    @Override
    public InputStream createInputStream(long offset) throws IOException {
        FileChannel channel = openReadChannel();
        try {
            channel.position(offset);
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        return Channels.newInputStream(channel);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SiteFile file && file.userPath.equals(userPath);
    }

    @Override
    public int hashCode() {
        return userPath.hashCode();
    }

    @Override
    public String toString() {
        return userPath;
    }

    // ------------------------------------------------------------------------------------ package

    Mount mount() {
        return mount;
    }

    Location location() {
        return location;
    }

    boolean isFolderOnDisk() {
        return location.exists() && attributes() != null && attributes().isDirectory();
    }

    /** Exists and the user has any permission here: without one, the path is nothing to this user. */
    private boolean visible() {
        return location.exists() && attributes() != null && !permissions().isEmpty();
    }

    /**
     * The attributes of the checked real path, read through the confined tree; null when it is gone or is no longer
     * a file or folder (a name swapped for a link since the check).
     */
    private BasicFileAttributes attributes() {
        if (attributes == null && location.exists()) {
            try {
                BasicFileAttributes read = tree().attributes(location.real());
                attributes = read.isDirectory() || read.isRegularFile() ? read : null;
            } catch (IOException e) {
                return null;
            }
        }
        return attributes;
    }

    /** Where this path is opened: its mount's folder, reached without following links. */
    private ConfinedTree tree() throws IOException {
        return scope.realPaths().tree(mount).orElseThrow(() -> new NoSuchFileException(mount.physicalRoot().toString()));
    }

    /**
     * The directory entry itself, for DELE, RMD and renames: the real folder holding it plus its own name, so a link
     * inside the mount is removed or renamed as a link (its target stays).
     */
    private Path entry() throws IOException {
        if (location.real() == null) {
            throw new NoSuchFileException(userPath);
        }
        Path parent = location.physical().getParent();
        return parent == null ? location.real() : parent.toRealPath().resolve(location.physical().getFileName());
    }

    /** Renames this entry over {@code target}'s; across disks a file is copied, then removed here. */
    private void moveEntry(SiteFile target) throws IOException {
        Path from = entry();
        Path to = target.location.exists() ? target.entry() : target.location.real();
        try {
            tree().move(from, target.tree(), to);
        } catch (FileSystemException e) {
            if (e.getReason() == null || !e.getReason().contains("cross-device") || !isFile()) {
                throw e;
            }
            tree().copyFile(from, target.tree(), to);
            tree().delete(from);
        }
    }
}
