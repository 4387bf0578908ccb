package org.apphostftp.fs;

import static org.apphostftp.fs.TestSite.ANONYMOUS;
import static org.apphostftp.fs.TestSite.BOB;
import static org.apphostftp.fs.TestSite.EVERYONE_READ_WRITE;
import static org.apphostftp.fs.TestSite.file;
import static org.apphostftp.fs.TestSite.folder;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.ftpserver.usermanager.impl.BaseUser;
import org.apphostftp.config.effective.SiteConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteFileSystemViewTest {

    @TempDir
    Path dir;

    @Test
    void aConfigurationChangeAppliesToTheNextCommandWithoutANewLogin() throws Exception {
        file(dir, "root/a.txt", "a");
        AtomicReference<SiteConfig> current = new AtomicReference<>(TestSite.in(dir)
                .security("", "<authorization><add accessType=\"Allow\" users=\"*\" permissions=\"Read\" /></authorization>").load());
        SiteFileSystemView view = SiteFileSystemView.open(current::get, BOB, new UploadRegistry());
        assertThat(view.getFile("a.txt").isWritable()).isFalse();

        current.set(TestSite.in(dir).security("", EVERYONE_READ_WRITE).load());

        assertThat(view.getFile("a.txt").isWritable()).isTrue();
    }

    @Test
    void anIsolationChangeMovesTheSessionIntoItsNewRoot() throws Exception {
        folder(dir, "root/LocalUser/bob/inside");
        AtomicReference<SiteConfig> current = new AtomicReference<>(TestSite.in(dir).security("", EVERYONE_READ_WRITE).load());
        SiteFileSystemView view = SiteFileSystemView.open(current::get, BOB, new UploadRegistry());
        assertThat(view.changeWorkingDirectory("/LocalUser")).isTrue();

        current.set(TestSite.in(dir).isolation("IsolateAllDirectories").security("", EVERYONE_READ_WRITE).load());

        assertThat(view.getWorkingDirectory().physicalPath()).isEqualTo(dir.resolve("root/LocalUser/bob").toRealPath());
        assertThat(view.currentDirectory()).isEqualTo("/");
        assertThat(view.getFile("inside").doesExist()).isTrue();
    }

    @Test
    void aWorkingDirectoryHiddenByAChangeFallsBackToTheRoot() throws Exception {
        folder(dir, "root/secret");
        AtomicReference<SiteConfig> current = new AtomicReference<>(TestSite.in(dir).security("", EVERYONE_READ_WRITE).load());
        SiteFileSystemView view = SiteFileSystemView.open(current::get, BOB, new UploadRegistry());
        view.changeWorkingDirectory("secret");

        current.set(TestSite.in(dir).security("", EVERYONE_READ_WRITE
                + "<requestFiltering><hiddenSegments><add segment=\"secret\" /></hiddenSegments></requestFiltering>").load());

        assertThat(view.getWorkingDirectory().getAbsolutePath()).isEqualTo("/");
    }

    @Test
    void changeWorkingDirectoryNeedsAnExistingFolder() throws Exception {
        file(dir, "root/a.txt", "a");
        folder(dir, "root/d/e");
        SiteFileSystemView view = TestSite.view(TestSite.in(dir).security("", EVERYONE_READ_WRITE).load(), BOB);

        assertThat(view.changeWorkingDirectory("a.txt")).isFalse();
        assertThat(view.changeWorkingDirectory("missing")).isFalse();
        assertThat(view.changeWorkingDirectory("d\\e")).isTrue();
        assertThat(view.currentDirectory()).isEqualTo("/d/e");
        assertThat(view.getWorkingDirectory().getName()).isEqualTo("e");
        assertThat(view.getHomeDirectory().getName()).isEqualTo("/");
    }

    @Test
    void theFactoryOpensAViewForTheIdentityOfTheMinaUser() throws Exception {
        folder(dir, "root/LocalUser/Public");
        SiteConfig site = TestSite.in(dir).isolation("IsolateRootDirectoryOnly").security("", EVERYONE_READ_WRITE).load();
        UploadRegistry uploads = new UploadRegistry();
        SiteFileSystemFactory factory = new SiteFileSystemFactory(() -> site, uploads, user -> ANONYMOUS);
        BaseUser user = new BaseUser();
        user.setName("anonymous");

        SiteFileSystemView view = factory.createFileSystemView(user);

        assertThat(view.identity()).isEqualTo(ANONYMOUS);
        assertThat(view.getHomeDirectory().physicalPath()).isEqualTo(dir.resolve("root/LocalUser/Public").toRealPath());
        assertThat(factory.uploads()).isSameAs(uploads);
    }
}
