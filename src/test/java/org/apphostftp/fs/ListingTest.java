package org.apphostftp.fs;

import static org.apphostftp.fs.TestSite.BOB;
import static org.apphostftp.fs.TestSite.EVERYONE_READ_WRITE;
import static org.apphostftp.fs.TestSite.file;
import static org.apphostftp.fs.TestSite.folder;
import static org.apphostftp.fs.TestSite.view;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apphostftp.config.effective.SiteConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListingTest {

    @TempDir
    Path dir;

    private List<String> namesOf(TestSite site, String path) throws Exception {
        return view(site.security("", EVERYONE_READ_WRITE).load(), BOB).getFile(path).listFiles().stream().map(SiteFile::getName).toList();
    }

    @Test
    void entriesAreSortedByNameWithoutRegardToCase() throws Exception {
        file(dir, "root/b.txt", "b");
        file(dir, "root/A.txt", "a");
        folder(dir, "root/c");
        file(dir, "root/.profile", "p");

        assertThat(namesOf(TestSite.in(dir), "/")).containsExactly(".profile", "A.txt", "b.txt", "c");
    }

    @Test
    void virtualDirectoriesAreListedOnlyWithDisplayVirtualDirectories() throws Exception {
        file(dir, "root/a.txt", "a");

        assertThat(namesOf(TestSite.in(dir).directory("/pub", "pub"), "/")).containsExactly("a.txt");
        assertThat(namesOf(TestSite.in(dir).directory("/pub", "pub").showFlags("StyleUnix, DisplayVirtualDirectories"), "/"))
                .containsExactly("a.txt", "pub");
    }

    @Test
    void aVirtualDirectoryTakesThePlaceOfAPhysicalFolderOfTheSameName() throws Exception {
        file(dir, "root/pub/physical.txt", "p");
        file(dir, "vpub/virtual.txt", "v");
        SiteConfig site = TestSite.in(dir).directory("/pub", "vpub").security("", EVERYONE_READ_WRITE).load();
        SiteFileSystemView view = view(site, BOB);

        List<SiteFile> root = view.getFile("/").listFiles();

        assertThat(root).extracting(SiteFile::getName).containsExactly("pub");
        assertThat(root.get(0).physicalPath()).isEqualTo(dir.resolve("vpub").toRealPath());
        assertThat(root.get(0).isMountPoint()).isTrue();
        assertThat(view.getFile("/pub").listFiles()).extracting(SiteFile::getName).containsExactly("virtual.txt");
    }

    @Test
    void aNestedVirtualDirectoryIsListedInItsParentOnly() throws Exception {
        folder(dir, "root/a");
        SiteConfig site = TestSite.in(dir).directory("/a/b", "ab").showFlags("DisplayVirtualDirectories")
                .security("", EVERYONE_READ_WRITE).load();
        SiteFileSystemView view = view(site, BOB);

        assertThat(view.getFile("/").listFiles()).extracting(SiteFile::getName).containsExactly("a");
        assertThat(view.getFile("/a").listFiles()).extracting(SiteFile::getName).containsExactly("b");
        assertThat(view.getFile("/a/b").listFiles()).isEmpty();
    }

    @Test
    void aVirtualDirectoryWhoseFolderIsGoneIsNotListed() throws Exception {
        SiteConfig site = TestSite.in(dir).directory("/gone", "gone").showFlags("DisplayVirtualDirectories")
                .security("", EVERYONE_READ_WRITE).load();
        Files.delete(dir.resolve("gone"));

        assertThat(view(site, BOB).getFile("/").listFiles()).isEmpty();
        assertThat(view(site, BOB).getFile("/gone").doesExist()).isFalse();
    }

    @Test
    void aFileIsNotAFolderToList() throws Exception {
        file(dir, "root/a.txt", "a");

        SiteConfig site = TestSite.in(dir).security("", EVERYONE_READ_WRITE).load();
        assertThat(view(site, BOB).getFile("/a.txt").listFiles()).isNull();
    }

    @Test
    void listedEntriesReportTheirSizeTypeAndTime() throws Exception {
        Path a = file(dir, "root/a.txt", "12345");
        folder(dir, "root/d");
        SiteConfig site = TestSite.in(dir).security("", EVERYONE_READ_WRITE).load();

        List<SiteFile> entries = view(site, BOB).getFile("/").listFiles();

        assertThat(entries.get(0).getSize()).isEqualTo(5);
        assertThat(entries.get(0).isFile()).isTrue();
        assertThat(entries.get(0).getLastModified()).isEqualTo(Files.getLastModifiedTime(a).toMillis());
        assertThat(entries.get(0).getAbsolutePath()).isEqualTo("/a.txt");
        assertThat(entries.get(1).isDirectory()).isTrue();
        assertThat(entries.get(1).getSize()).isZero();
    }
}
