package org.apphostftp.fs;

import static org.apphostftp.fs.TestSite.BOB;
import static org.apphostftp.fs.TestSite.EVERYONE_READ_WRITE;
import static org.apphostftp.fs.TestSite.file;
import static org.apphostftp.fs.TestSite.folder;
import static org.apphostftp.fs.TestSite.view;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apphostftp.config.effective.SiteConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rename, delete and mkdir rules: fileHandling/@allowReplaceOnRename, Write at both ends, mount points stay. */
class FileHandlingTest {

    @TempDir
    Path dir;

    private SiteFileSystemView site(String fileHandling) {
        TestSite site = TestSite.in(dir).directory("/vdir", "vdir").security("", EVERYONE_READ_WRITE)
                .security("/readonly", "<authorization><clear /><add accessType=\"Allow\" users=\"*\" permissions=\"Read\" /></authorization>");
        if (!fileHandling.isEmpty()) {
            site.fileHandling(fileHandling);
        }
        return view(site.load(), BOB);
    }

    @Test
    void renameMovesTheFile() throws Exception {
        SiteFileSystemView view = site("");
        file(dir, "root/a.txt", "a");

        SiteFile from = view.getFile("a.txt");
        SiteFile to = view.getFile("b.txt");

        assertThat(from.move(to)).isTrue();
        assertThat(dir.resolve("root/b.txt")).hasContent("a");
        assertThat(dir.resolve("root/a.txt")).doesNotExist();
        assertThat(to.doesExist()).isTrue();
        assertThat(from.existsOnDisk()).isFalse();
    }

    @Test
    void renameOntoAnExistingFileIsRefusedByDefault() throws Exception {
        SiteFileSystemView view = site("");
        file(dir, "root/a.txt", "a");
        file(dir, "root/b.txt", "b");

        SiteFile from = view.getFile("a.txt");
        SiteFile to = view.getFile("b.txt");

        assertThat(from.renameDenial(to)).contains(Refusal.TARGET_EXISTS);
        assertThat(from.move(to)).isFalse();
        assertThat(dir.resolve("root/b.txt")).hasContent("b");
    }

    @Test
    void renameOntoAnExistingFileReplacesItWhenAllowed() throws Exception {
        SiteFileSystemView view = site("allowReplaceOnRename=\"true\"");
        file(dir, "root/a.txt", "a");
        file(dir, "root/b.txt", "b");

        assertThat(view.getFile("a.txt").move(view.getFile("b.txt"))).isTrue();
        assertThat(dir.resolve("root/b.txt")).hasContent("a");
    }

    @Test
    void renameOntoAFolderIsAlwaysRefused() throws Exception {
        SiteFileSystemView view = site("allowReplaceOnRename=\"true\"");
        file(dir, "root/a.txt", "a");
        folder(dir, "root/d");

        assertThat(view.getFile("a.txt").renameDenial(view.getFile("d"))).contains(Refusal.TARGET_EXISTS);
    }

    @Test
    void renameNeedsWriteAtBothEnds() throws Exception {
        SiteFileSystemView view = site("");
        file(dir, "root/readonly/r.txt", "r");
        file(dir, "root/a.txt", "a");

        assertThat(view.getFile("/readonly/r.txt").renameDenial(view.getFile("/r.txt"))).contains(Refusal.NOT_AUTHORIZED);
        assertThat(view.getFile("/a.txt").renameDenial(view.getFile("/readonly/a.txt"))).contains(Refusal.NOT_AUTHORIZED);
        assertThat(view.getFile("/a.txt").move(view.getFile("/readonly/a.txt"))).isFalse();
        assertThat(dir.resolve("root/a.txt")).exists();
    }

    @Test
    void renameMovesAcrossVirtualDirectories() throws Exception {
        SiteFileSystemView view = site("");
        file(dir, "root/a.txt", "a");

        assertThat(view.getFile("/a.txt").move(view.getFile("/vdir/a.txt"))).isTrue();
        assertThat(dir.resolve("vdir/a.txt")).hasContent("a");
    }

    @Test
    void virtualDirectoriesAndTheRootCannotBeRemovedOrRenamed() throws Exception {
        SiteFileSystemView view = site("");
        file(dir, "root/a.txt", "a");

        assertThat(view.getFile("/vdir").removeDenial()).contains(Refusal.MOUNT_POINT);
        assertThat(view.getFile("/vdir").delete()).isFalse();
        assertThat(view.getFile("/vdir").move(view.getFile("/elsewhere"))).isFalse();
        assertThat(view.getFile("/").isRemovable()).isFalse();
        assertThat(view.getFile("/a.txt").renameDenial(view.getFile("/vdir"))).contains(Refusal.MOUNT_POINT);
        assertThat(dir.resolve("vdir")).isDirectory();
    }

    @Test
    void mkdirCreatesOnlyWhereTheParentExists() throws Exception {
        SiteFileSystemView view = site("");

        SiteFile made = view.getFile("/new");
        assertThat(made.mkdir()).isTrue();
        assertThat(made.isDirectory()).isTrue();
        assertThat(view.getFile("/missing/new").writeDenial()).contains(Refusal.NOT_FOUND);
        assertThat(view.getFile("/missing/new").mkdir()).isFalse();
        assertThat(view.getFile("/new").mkdir()).as("exists").isFalse();
    }

    @Test
    void deleteRemovesFilesAndEmptyFoldersOnly() throws Exception {
        SiteFileSystemView view = site("");
        file(dir, "root/full/a.txt", "a");
        folder(dir, "root/empty");

        assertThat(view.getFile("/full").delete()).isFalse();
        assertThat(view.getFile("/full/a.txt").delete()).isTrue();
        assertThat(view.getFile("/empty").delete()).isTrue();
        assertThat(dir.resolve("root/empty")).doesNotExist();
    }

    @Test
    void theWorkingDirectoryEqualsTheSameFolderForRmd() throws Exception {
        SiteFileSystemView view = site("");
        folder(dir, "root/d");

        view.changeWorkingDirectory("/d");

        assertThat(view.getFile("/d")).isEqualTo(view.getWorkingDirectory());
    }
}
