package org.apphostftp.fs;

import static org.apphostftp.fs.TestSite.ANONYMOUS;
import static org.apphostftp.fs.TestSite.BOB;
import static org.apphostftp.fs.TestSite.EVERYONE_READ_WRITE;
import static org.apphostftp.fs.TestSite.file;
import static org.apphostftp.fs.TestSite.folder;
import static org.apphostftp.fs.TestSite.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apphostftp.config.Fixtures;
import org.apphostftp.config.effective.Permission;
import org.apphostftp.config.effective.SiteConfig;
import org.apphostftp.security.Identity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserIsolationTest {

    @TempDir
    Path dir;

    private static java.util.List<String> names(SiteFileSystemView view, String path) throws Exception {
        return view.getFile(path).listFiles().stream().map(SiteFile::getName).toList();
    }

    // ------------------------------------------------------------------------------- None

    @Test
    void noneStartsEveryoneAtTheSiteRoot() throws Exception {
        folder(dir, "root/bob");
        SiteConfig site = TestSite.in(dir).isolation("None").security("", EVERYONE_READ_WRITE).load();

        SiteFileSystemView view = view(site, BOB);

        assertThat(view.currentDirectory()).isEqualTo("/");
        assertThat(view.getHomeDirectory().physicalPath()).isEqualTo(dir.resolve("root").toRealPath());
    }

    // ------------------------------------------------------------------------------- StartInUsersDirectory

    @Test
    void startInUsersDirectoryStartsInThePhysicalUserFolderWithoutJailing() throws Exception {
        folder(dir, "root/bob");
        file(dir, "root/other.txt", "x");
        SiteConfig site = TestSite.in(dir).isolation("StartInUsersDirectory").security("", EVERYONE_READ_WRITE).load();

        SiteFileSystemView view = view(site, BOB);

        assertThat(view.currentDirectory()).isEqualTo("/bob");
        assertThat(view.getWorkingDirectory().physicalPath()).isEqualTo(dir.resolve("root/bob").toRealPath());
        assertThat(view.changeWorkingDirectory("..")).isTrue();
        assertThat(names(view, "/")).containsExactly("bob", "other.txt");
    }

    @Test
    void startInUsersDirectoryStartsInAVirtualUserDirectory() throws Exception {
        SiteConfig site = TestSite.in(dir).directory("/bob", "bob-elsewhere").isolation("StartInUsersDirectory")
                .security("", EVERYONE_READ_WRITE).load();

        SiteFileSystemView view = view(site, BOB);

        assertThat(view.currentDirectory()).isEqualTo("/bob");
        assertThat(view.getWorkingDirectory().physicalPath()).isEqualTo(dir.resolve("bob-elsewhere").toRealPath());
    }

    @Test
    void startInUsersDirectoryStartsAtTheRootWhenTheUserHasNoFolder() throws Exception {
        SiteConfig site = TestSite.in(dir).isolation("StartInUsersDirectory").security("", EVERYONE_READ_WRITE).load();

        assertThat(view(site, BOB).currentDirectory()).isEqualTo("/");
    }

    @Test
    void startInUsersDirectoryFindsTheUserFolderWithoutRegardToCase() throws Exception {
        folder(dir, "root/Bob");
        SiteConfig site = TestSite.in(dir).isolation("StartInUsersDirectory").security("", EVERYONE_READ_WRITE).load();

        assertThat(view(site, BOB).currentDirectory()).isEqualTo("/Bob");
    }

    @Test
    void startInUsersDirectoryStartsAnonymousUsersInDefault() throws Exception {
        folder(dir, "root/default");
        SiteConfig site = TestSite.in(dir).isolation("StartInUsersDirectory").security("", EVERYONE_READ_WRITE).load();

        assertThat(view(site, ANONYMOUS).currentDirectory()).isEqualTo("/default");
    }

    // ------------------------------------------------------------------------------- IsolateRootDirectoryOnly

    @Test
    void isolateRootDirectoryOnlyJailsTheUserInLocalUserFolder() throws Exception {
        file(dir, "root/LocalUser/bob/mine.txt", "x");
        file(dir, "root/secret.txt", "x");
        SiteConfig site = TestSite.in(dir).isolation("IsolateRootDirectoryOnly").security("", EVERYONE_READ_WRITE).load();

        SiteFileSystemView view = view(site, BOB);

        assertThat(view.getHomeDirectory().physicalPath()).isEqualTo(dir.resolve("root/LocalUser/bob").toRealPath());
        assertThat(view.getHomeDirectory().sitePath()).isEqualTo("/LocalUser/bob");
        assertThat(names(view, "/")).containsExactly("mine.txt");
        assertThat(view.getFile("/secret.txt").doesExist()).isFalse();
        assertThatThrownBy(() -> view.getFile("../secret.txt")).isInstanceOf(PathRefusedException.class);
    }

    @Test
    void isolateRootDirectoryOnlyKeepsGlobalVirtualDirectoriesAtTheirPaths() throws Exception {
        folder(dir, "root/LocalUser/bob");
        file(dir, "shared/readme.txt", "x");
        SiteConfig site = TestSite.in(dir).directory("/shared", "shared").isolation("IsolateRootDirectoryOnly")
                .showFlags("DisplayVirtualDirectories").security("", EVERYONE_READ_WRITE).load();

        SiteFileSystemView view = view(site, BOB);

        SiteFile readme = view.getFile("/shared/readme.txt");
        assertThat(readme.doesExist()).isTrue();
        assertThat(readme.physicalPath()).isEqualTo(dir.resolve("shared/readme.txt").toRealPath());
        assertThat(names(view, "/")).containsExactly("shared");
    }

    @Test
    void isolateRootDirectoryOnlyNeverShowsVirtualDirectoriesOfOtherUsers() throws Exception {
        folder(dir, "root/LocalUser/bob");
        SiteConfig site = TestSite.in(dir).directory("/LocalUser/alice/docs", "alice-docs").directory("/LocalUser/bob/docs", "bob-docs")
                .isolation("IsolateRootDirectoryOnly").showFlags("DisplayVirtualDirectories").security("", EVERYONE_READ_WRITE).load();

        SiteFileSystemView view = view(site, BOB);

        assertThat(names(view, "/")).containsExactly("docs");
        assertThat(view.getFile("/docs").physicalPath()).isEqualTo(dir.resolve("bob-docs").toRealPath());
        assertThat(view.getFile("/LocalUser/alice/docs").doesExist()).isFalse();
    }

    @Test
    void isolateRootDirectoryOnlyPutsAnonymousUsersInPublic() throws Exception {
        folder(dir, "root/LocalUser/Public");
        SiteConfig site = TestSite.in(dir).isolation("IsolateRootDirectoryOnly").security("", EVERYONE_READ_WRITE).load();

        assertThat(view(site, ANONYMOUS).getHomeDirectory().physicalPath()).isEqualTo(dir.resolve("root/LocalUser/Public").toRealPath());
    }

    @Test
    void isolateRootDirectoryOnlyWithoutAHomeFailsTheLogin() {
        SiteConfig site = TestSite.in(dir).isolation("IsolateRootDirectoryOnly").security("", EVERYONE_READ_WRITE).load();

        assertThatThrownBy(() -> SiteFileSystemView.open(() -> site, BOB, new UploadRegistry()))
                .isInstanceOf(HomeDirectoryInaccessibleException.class)
                .hasMessageContaining("site 's'").hasMessageContaining("'bob'")
                .hasMessageContaining(dir.resolve("root").resolve("LocalUser").toString())
                .hasMessageNotContaining("virtual directory");
    }

    @Test
    void homeFolderNamesMatchWithoutRegardToCase() throws Exception {
        folder(dir, "root/localuser/BOB");
        SiteConfig site = TestSite.in(dir).isolation("IsolateRootDirectoryOnly").security("", EVERYONE_READ_WRITE).load();

        assertThat(view(site, BOB).getHomeDirectory().physicalPath()).isEqualTo(dir.resolve("root/localuser/BOB").toRealPath());
    }

    @Test
    void aHomeThatIsASymlinkLeavingTheSiteFailsTheLogin() throws Exception {
        folder(dir, "root/LocalUser");
        Files.createSymbolicLink(dir.resolve("root/LocalUser/bob"), folder(dir, "elsewhere"));
        SiteConfig site = TestSite.in(dir).isolation("IsolateRootDirectoryOnly").security("", EVERYONE_READ_WRITE).load();

        assertThatThrownBy(() -> SiteFileSystemView.open(() -> site, BOB, new UploadRegistry()))
                .isInstanceOf(HomeDirectoryInaccessibleException.class).hasMessageContaining("symbolic link");
    }

    @Test
    void aUserNameThatIsNotAFolderNameFailsTheLogin() {
        folder(dir, "root/LocalUser");
        SiteConfig site = TestSite.in(dir).isolation("IsolateRootDirectoryOnly").security("", EVERYONE_READ_WRITE).load();

        assertThatThrownBy(() -> SiteFileSystemView.open(() -> site, Identity.user("..", Set.of()), new UploadRegistry()))
                .isInstanceOf(HomeDirectoryInaccessibleException.class);
    }

    // ------------------------------------------------------------------------------- IsolateAllDirectories

    @Test
    void isolateAllDirectoriesFallsBackToThePhysicalHome() throws Exception {
        file(dir, "root/LocalUser/bob/mine.txt", "x");
        SiteConfig site = TestSite.in(dir).isolation("IsolateAllDirectories").security("", EVERYONE_READ_WRITE).load();

        SiteFileSystemView view = view(site, BOB);

        assertThat(view.getHomeDirectory().physicalPath()).isEqualTo(dir.resolve("root/LocalUser/bob").toRealPath());
        assertThat(names(view, "/")).containsExactly("mine.txt");
    }

    @Test
    void isolateAllDirectoriesFindsThePhysicalHomeBelowALocalUserVirtualDirectory() throws Exception {
        folder(dir, "homes/bob");
        SiteConfig site = TestSite.in(dir).directory("/LocalUser", "homes").isolation("IsolateAllDirectories")
                .security("", EVERYONE_READ_WRITE).load();

        assertThat(view(site, BOB).getHomeDirectory().physicalPath()).isEqualTo(dir.resolve("homes/bob").toRealPath());
    }

    @Test
    void isolateAllDirectoriesShowsOnlyVirtualDirectoriesBelowTheHome() throws Exception {
        folder(dir, "root/LocalUser/bob");
        SiteConfig site = TestSite.in(dir).directory("/shared", "shared").directory("/LocalUser/bob/docs", "bob-docs")
                .isolation("IsolateAllDirectories").showFlags("DisplayVirtualDirectories").security("", EVERYONE_READ_WRITE).load();

        SiteFileSystemView view = view(site, BOB);

        assertThat(names(view, "/")).containsExactly("docs");
        assertThat(view.getFile("/shared").doesExist()).isFalse();
        assertThat(view.getFile("/docs").sitePath()).isEqualTo("/LocalUser/bob/docs");
    }

    @Test
    void isolateAllDirectoriesWithoutAHomeFailsTheLoginAndNamesTheFix() {
        SiteConfig site = TestSite.in(dir).isolation("IsolateAllDirectories").security("", EVERYONE_READ_WRITE).load();

        assertThatThrownBy(() -> SiteFileSystemView.open(() -> site, BOB, new UploadRegistry()))
                .isInstanceOf(HomeDirectoryInaccessibleException.class)
                .hasMessageContaining("or a virtual directory /LocalUser/bob");
        assertThat(HomeDirectoryInaccessibleException.REPLY).isEqualTo("User cannot log in, home directory inaccessible.");
    }

    @Test
    void rulesOfTheHomeLocationApplyInsideTheJail() throws Exception {
        file(dir, "root/LocalUser/bob/a.txt", "x");
        SiteConfig site = TestSite.in(dir).isolation("IsolateAllDirectories")
                .security("", "<authorization><add accessType=\"Allow\" users=\"*\" permissions=\"Read\" /></authorization>")
                .security("/LocalUser/bob", "<authorization><add accessType=\"Allow\" users=\"bob\" permissions=\"Write\" /></authorization>")
                .load();

        SiteFile a = view(site, BOB).getFile("/a.txt");

        assertThat(a.permissions()).containsExactlyInAnyOrder(Permission.READ, Permission.WRITE);
        assertThat(a.sitePath()).isEqualTo("/LocalUser/bob/a.txt");
    }

    @Test
    void userIsolationFixtureBehavesAsItsCommentSays() throws Exception {
        Path config = Fixtures.install("user-isolation.config", dir);
        folder(dir, "iso/LocalUser/Public");
        file(dir, "dave-home/dave.txt", "d");
        file(dir, "shared/s.txt", "s");
        SiteConfig site = Fixtures.loader().load(config).orElseThrow().site("iso").orElseThrow();
        Identity dave = Identity.user("dave", Set.of());

        assertThat(view(site, ANONYMOUS).getHomeDirectory().physicalPath()).isEqualTo(dir.resolve("iso/LocalUser/Public").toRealPath());
        SiteFileSystemView daveView = view(site, dave);
        assertThat(daveView.getHomeDirectory().physicalPath()).isEqualTo(dir.resolve("dave-home").toRealPath());
        assertThat(names(daveView, "/")).containsExactly("dave.txt");
        assertThat(daveView.getFile("/shared").doesExist()).isFalse();
        assertThat(daveView.getFile("/dave.txt").isWritable()).isTrue();
        assertThatThrownBy(() -> SiteFileSystemView.open(() -> site, Identity.user("erin", Set.of()), new UploadRegistry()))
                .isInstanceOf(HomeDirectoryInaccessibleException.class);
    }
}
