package org.apphostftp.fs;

import static org.apphostftp.fs.TestSite.ANONYMOUS;
import static org.apphostftp.fs.TestSite.BOB;
import static org.apphostftp.fs.TestSite.CAROL;
import static org.apphostftp.fs.TestSite.file;
import static org.apphostftp.fs.TestSite.folder;
import static org.apphostftp.fs.TestSite.view;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Path;
import org.apphostftp.config.effective.Permission;
import org.apphostftp.config.effective.SiteConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Authorization per path, with rules at the site and in {@code <location path="s/...">} as IIS Manager writes them. */
class AuthorizationTest {

    @TempDir
    Path dir;

    private SiteConfig site;

    @BeforeEach
    void siteWithRulesPerFolder() {
        file(dir, "root/readme.txt", "r");
        file(dir, "root/upload/existing.txt", "e");
        file(dir, "root/dropbox/someone-elses.txt", "s");
        file(dir, "root/staff/plan.txt", "p");
        site = TestSite.in(dir)
                .security("", "<authorization><add accessType=\"Allow\" users=\"*\" permissions=\"Read\" /></authorization>")
                .security("/upload", "<authorization><add accessType=\"Allow\" users=\"bob\" permissions=\"Read, Write\" /></authorization>")
                .security("/dropbox", "<authorization><clear /><add accessType=\"Allow\" users=\"*\" permissions=\"Write\" /></authorization>")
                .security("/staff", "<authorization><clear /><add accessType=\"Allow\" roles=\"editors\" permissions=\"Read, Write\" />"
                        + "<add accessType=\"Deny\" users=\"?\" permissions=\"Read, Write\" /></authorization>")
                .load();
    }

    @Test
    void siteLevelReadLetsEveryoneReadButNotWrite() throws Exception {
        SiteFile readme = view(site, ANONYMOUS).getFile("/readme.txt");

        assertThat(readme.permissions()).containsExactly(Permission.READ);
        assertThat(readme.isReadable()).isTrue();
        assertThat(readme.isWritable()).isFalse();
        assertThat(readme.isRemovable()).isFalse();
        assertThat(readme.delete()).isFalse();
        assertThat(view(site, ANONYMOUS).getFile("/new.txt").mkdir()).isFalse();
    }

    @Test
    void aLocationGrantsWriteBelowItsPathOnly() throws Exception {
        SiteFileSystemView bob = view(site, BOB);

        assertThat(bob.getFile("/upload/new.txt").isWritable()).isTrue();
        assertThat(bob.getFile("/upload/existing.txt").isRemovable()).isTrue();
        assertThat(bob.getFile("/new.txt").isWritable()).isFalse();
        assertThat(view(site, CAROL).getFile("/upload/new.txt").writeDenial()).contains(Refusal.NOT_AUTHORIZED);
    }

    @Test
    void writingNeedsWritePermission() throws Exception {
        SiteFile denied = view(site, CAROL).getFile("/upload/new.txt");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> denied.createOutputStream(0))
                .isInstanceOfSatisfying(FileRefusedException.class, e -> assertThat(e.refusal()).isEqualTo(Refusal.NOT_AUTHORIZED));
        assertThat(dir.resolve("root/upload/new.txt")).doesNotExist();
    }

    @Test
    void aWriteOnlyFolderTakesUploadsButShowsNothing() throws Exception {
        SiteFileSystemView bob = view(site, BOB);

        SiteFile folder = bob.getFile("/dropbox");
        assertThat(folder.doesExist()).isFalse();
        assertThat(folder.listFiles()).isNull();
        assertThat(bob.changeWorkingDirectory("/dropbox")).isFalse();
        assertThat(bob.getFile("/dropbox/someone-elses.txt").doesExist()).isFalse();
        assertThat(bob.getFile("/dropbox/someone-elses.txt").isReadable()).isFalse();
        SiteFile mine = bob.getFile("/dropbox/mine.txt");
        try (OutputStream out = mine.createOutputStream(0)) {
            out.write("hello".getBytes());
        }
        assertThat(dir.resolve("root/dropbox/mine.txt")).hasContent("hello");
    }

    @Test
    void rolesAndDenyRulesDecideInALocation() throws Exception {
        assertThat(view(site, CAROL).getFile("/staff/plan.txt").permissions()).containsExactlyInAnyOrder(Permission.READ, Permission.WRITE);
        assertThat(view(site, BOB).getFile("/staff/plan.txt").permissions()).isEmpty();
        assertThat(view(site, ANONYMOUS).getFile("/staff").permissions()).isEmpty();
    }

    @Test
    void aPathWithoutAnyPermissionIsNothingToTheUser() throws Exception {
        SiteFile plan = view(site, BOB).getFile("/staff/plan.txt");

        assertThat(plan.doesExist()).isFalse();
        assertThat(plan.isFile()).isFalse();
        assertThat(plan.getSize()).isZero();
        assertThat(plan.getLastModified()).isZero();
        assertThat(plan.existsOnDisk()).isTrue();
    }

    @Test
    void withoutReadTheFolderCannotBeEnteredOrListed() throws Exception {
        SiteFileSystemView bob = view(site, BOB);

        assertThat(bob.changeWorkingDirectory("/staff")).isFalse();
        assertThat(bob.getFile("/staff").listFiles()).isNull();
        assertThat(bob.currentDirectory()).isEqualTo("/");
    }

    @Test
    void listedEntriesCarryThePermissionsOfTheirOwnPath() throws Exception {
        folder(dir, "root/empty");

        assertThat(view(site, BOB).getFile("/").listFiles())
                .filteredOn(f -> f.getName().equals("upload")).singleElement()
                .satisfies(f -> assertThat(f.isWritable()).isTrue());
    }
}
