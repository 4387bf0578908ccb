package org.apphostftp.fs;

import static org.apphostftp.fs.TestSite.BOB;
import static org.apphostftp.fs.TestSite.EVERYONE_READ_WRITE;
import static org.apphostftp.fs.TestSite.file;
import static org.apphostftp.fs.TestSite.folder;
import static org.apphostftp.fs.TestSite.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apphostftp.config.effective.SiteConfig;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContainmentTest {

    @TempDir
    Path dir;

    private Path outside;

    @BeforeEach
    void outsideTheSite() {
        outside = folder(dir, "outside");
        file(dir, "outside/secret.txt", "secret");
    }

    private SiteFileSystemView plainSite() {
        SiteConfig site = TestSite.in(dir).directory("/vdir", "vdir").security("", EVERYONE_READ_WRITE).load();
        return view(site, BOB);
    }

    private static void assertRefused(ThrowingCallable call, Refusal refusal) {
        assertThatThrownBy(call).isInstanceOfSatisfying(PathRefusedException.class, e -> assertThat(e.refusal()).isEqualTo(refusal));
    }

    @Test
    void symlinkedFolderLeavingTheMountIsRefused() throws Exception {
        SiteFileSystemView view = plainSite();
        Files.createSymbolicLink(dir.resolve("root/escape"), outside);

        assertRefused(() -> view.getFile("/escape"), Refusal.SYMLINK_ESCAPE);
        assertRefused(() -> view.getFile("/escape/secret.txt"), Refusal.SYMLINK_ESCAPE);
        assertRefused(() -> view.changeWorkingDirectory("escape"), Refusal.SYMLINK_ESCAPE);
    }

    @Test
    void symlinkedFileLeavingTheMountIsRefused() throws Exception {
        SiteFileSystemView view = plainSite();
        Files.createSymbolicLink(dir.resolve("root/secret.txt"), outside.resolve("secret.txt"));

        assertRefused(() -> view.getFile("secret.txt"), Refusal.SYMLINK_ESCAPE);
    }

    @Test
    void aFileToCreateBehindAnEscapingSymlinkIsRefused() throws Exception {
        SiteFileSystemView view = plainSite();
        Files.createSymbolicLink(dir.resolve("root/escape"), outside);

        assertRefused(() -> view.getFile("/escape/new.txt"), Refusal.SYMLINK_ESCAPE);
        assertRefused(() -> view.getFile("/escape/missing/deeper/new.txt"), Refusal.SYMLINK_ESCAPE);
        assertThat(outside.resolve("new.txt")).doesNotExist();
    }

    @Test
    void aDanglingSymlinkIsRefusedBecauseWritingThroughItCouldLandAnywhere() throws Exception {
        SiteFileSystemView view = plainSite();
        Files.createSymbolicLink(dir.resolve("root/dangling.txt"), outside.resolve("created-by-upload.txt"));

        assertRefused(() -> view.getFile("dangling.txt"), Refusal.SYMLINK_ESCAPE);
    }

    @Test
    void symlinkFromTheSiteRootIntoAVirtualDirectoryFolderLeavesItsMount() throws Exception {
        SiteFileSystemView view = plainSite();
        file(dir, "vdir/v.txt", "v");
        Files.createSymbolicLink(dir.resolve("root/to-vdir"), dir.resolve("vdir"));

        assertRefused(() -> view.getFile("/to-vdir/v.txt"), Refusal.SYMLINK_ESCAPE);
        assertThat(view.getFile("/vdir/v.txt").doesExist()).isTrue();
    }

    @Test
    void symlinkInsideItsMountIsFollowed() throws Exception {
        SiteFileSystemView view = plainSite();
        file(dir, "root/real/data.txt", "data");
        Files.createSymbolicLink(dir.resolve("root/alias"), dir.resolve("root/real"));

        SiteFile data = view.getFile("/alias/data.txt");

        assertThat(data.doesExist()).isTrue();
        assertThat(data.physicalPath()).isEqualTo(dir.resolve("root/real/data.txt").toRealPath());
        try (InputStream in = data.createInputStream(0)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("data");
        }
    }

    @Test
    void anIsolatedUserCannotReachASiblingHomeThroughASymlink() throws Exception {
        folder(dir, "root/LocalUser/bob");
        file(dir, "root/LocalUser/alice/private.txt", "alice");
        Files.createSymbolicLink(dir.resolve("root/LocalUser/bob/alice"), dir.resolve("root/LocalUser/alice"));
        SiteConfig site = TestSite.in(dir).isolation("IsolateRootDirectoryOnly").security("", EVERYONE_READ_WRITE).load();

        SiteFileSystemView view = view(site, BOB);

        assertRefused(() -> view.getFile("/alice/private.txt"), Refusal.SYMLINK_ESCAPE);
    }

    @Test
    void listingsLeaveOutSymlinksThatLeaveTheMount() throws Exception {
        SiteFileSystemView view = plainSite();
        file(dir, "root/real/data.txt", "data");
        Files.createSymbolicLink(dir.resolve("root/alias"), dir.resolve("root/real"));
        Files.createSymbolicLink(dir.resolve("root/escape"), outside);
        Files.createSymbolicLink(dir.resolve("root/dangling"), outside.resolve("nothing"));

        assertThat(view.getFile("/").listFiles()).extracting(SiteFile::getName).containsExactly("alias", "real");
    }

    @Test
    void climbingAboveTheRootIsRefusedWhateverTheSpelling() throws Exception {
        SiteFileSystemView view = plainSite();
        folder(dir, "root/a");
        view.changeWorkingDirectory("/a");

        assertRefused(() -> view.getFile("../.."), Refusal.OUTSIDE_ROOT);
        assertRefused(() -> view.getFile("/../.."), Refusal.OUTSIDE_ROOT);
        assertRefused(() -> view.getFile("..\\..\\outside\\secret.txt"), Refusal.OUTSIDE_ROOT);
        assertRefused(() -> view.getFile("/vdir/../../outside"), Refusal.OUTSIDE_ROOT);
        assertRefused(() -> view.changeWorkingDirectory("../.."), Refusal.OUTSIDE_ROOT);
        assertThat(view.currentDirectory()).isEqualTo("/a");
    }

    @Test
    void cdupAtTheRootIsRefusedRatherThanClamped() throws Exception {
        SiteFileSystemView view = plainSite();

        assertRefused(() -> view.changeWorkingDirectory(".."), Refusal.OUTSIDE_ROOT);
        assertThat(view.currentDirectory()).isEqualTo("/");
    }

    @Test
    void dotDotInsideTheNamespaceStillWorks() throws Exception {
        SiteFileSystemView view = plainSite();
        file(dir, "root/top.txt", "t");
        folder(dir, "root/a/b");

        assertThat(view.changeWorkingDirectory("/a/b")).isTrue();
        assertThat(view.getFile("../../top.txt").doesExist()).isTrue();
        assertThat(view.getFile("..\\..\\top.txt").getAbsolutePath()).isEqualTo("/top.txt");
    }

    @Test
    void percentEncodedDotsNameAFileRatherThanAParent() throws Exception {
        SiteFileSystemView view = plainSite();

        SiteFile file = view.getFile("%2e%2e/%2e%2e/outside/secret.txt");

        assertThat(file.getAbsolutePath()).isEqualTo("/%2e%2e/%2e%2e/outside/secret.txt");
        assertThat(file.doesExist()).isFalse();
        assertThat(file.physicalPath()).isEqualTo(dir.resolve("root/%2e%2e/%2e%2e/outside/secret.txt"));
    }

    @Test
    void nulInAPathIsRefused() {
        SiteFileSystemView view = plainSite();

        assertRefused(() -> view.getFile("secret.txt\0.jpg"), Refusal.CONTROL_CHARACTER);
    }

    @Test
    void aFileUsedAsAFolderDoesNotExist() throws Exception {
        SiteFileSystemView view = plainSite();
        file(dir, "root/a.txt", "a");

        SiteFile impossible = view.getFile("/a.txt/b");

        assertThat(impossible.doesExist()).isFalse();
        assertThat(impossible.isWritable()).isFalse();
        assertThat(impossible.mkdir()).isFalse();
    }
}
