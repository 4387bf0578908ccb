package org.apphostftp.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPFile;
import org.apphostftp.FtpClients;
import org.apphostftp.TestServer;
import org.apphostftp.Users;
import org.apphostftp.config.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every userIsolation mode over FTP, starting with the user-isolation fixture (IsolateAllDirectories). */
class UserIsolationTest {

    @TempDir
    Path dir;

    private TestServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private TestServer start(String mode) {
        Users.write(dir, "dave", "pw", "erin", "pw", "frank", "pw");
        String text = Fixtures.text("user-isolation.config").replace("mode=\"IsolateAllDirectories\"", "mode=\"" + mode + "\"");
        server = TestServer.start(dir, text);
        server.file("iso/LocalUser/Public/public.txt", "public");
        server.file("iso/LocalUser/frank/frank.txt", "frank");
        server.file("iso/top.txt", "top");
        server.file("dave-home/dave.txt", "dave");
        server.file("shared/shared.txt", "shared");
        return server;
    }

    private static String[] list(FTPClient c, String path) throws IOException {
        return Stream.of(c.listFiles(path)).map(FTPFile::getName).toArray(String[]::new);
    }

    @Test
    void isolateAllDirectoriesJailsAnonymousInLocalUserPublic() throws IOException {
        FTPClient c = FtpClients.login(start("IsolateAllDirectories").port(), "anonymous", "a@b");
        try {
            assertThat(list(c, "/")).containsExactly("public.txt");
            assertThat(c.printWorkingDirectory()).isEqualTo("/");
        } finally {
            FtpClients.close(c);
        }
    }

    @Test
    void isolateAllDirectoriesGivesDaveHisVirtualHomeAndHidesShared() throws IOException {
        FTPClient c = FtpClients.login(start("IsolateAllDirectories").port(), "dave", "pw");
        try {
            assertThat(list(c, "/")).containsExactly("dave.txt");
            assertThat(c.changeWorkingDirectory("/shared")).isFalse();
            assertThat(c.getReplyCode()).isEqualTo(550);
        } finally {
            FtpClients.close(c);
        }
    }

    @Test
    void userWithoutHomeCannotLogIn() throws IOException {
        FTPClient c = FtpClients.connect(start("IsolateAllDirectories").port());
        try {
            assertThat(c.login("erin", "pw")).isFalse();
            assertThat(c.getReplyString().trim()).isEqualTo("530 User cannot log in, home directory inaccessible.");
        } finally {
            FtpClients.close(c);
        }
    }

    @Test
    void isolateRootDirectoryOnlyJailsInThePhysicalHomeButShowsGlobalVirtualDirectories() throws IOException {
        FTPClient c = FtpClients.login(start("IsolateRootDirectoryOnly").port(), "frank", "pw");
        try {
            assertThat(list(c, "/")).contains("frank.txt").doesNotContain("top.txt");
            assertThat(list(c, "/shared")).containsExactly("shared.txt");
        } finally {
            FtpClients.close(c);
        }
    }

    @Test
    void startInUsersDirectoryStartsInTheUsersFolderWithoutAJail() throws IOException {
        String text = Fixtures.text("user-isolation.config").replace("mode=\"IsolateAllDirectories\"", "mode=\"StartInUsersDirectory\"");
        Users.write(dir, "LocalUser", "pw");
        server = TestServer.start(dir, text);
        server.file("iso/LocalUser/Public/public.txt", "public");
        FTPClient c = FtpClients.login(server.port(), "LocalUser", "pw");
        try {
            assertThat(c.printWorkingDirectory()).isEqualTo("/LocalUser");
            assertThat(c.changeWorkingDirectory("/")).isTrue();
            assertThat(list(c, "/")).contains("LocalUser");
            assertThat(c.changeWorkingDirectory("/shared")).as("virtual directories are reachable though not listed").isTrue();
        } finally {
            FtpClients.close(c);
        }
    }

    @Test
    void noneStartsEveryoneAtTheSiteRoot() throws IOException {
        FTPClient c = FtpClients.login(start("None").port(), "dave", "pw");
        try {
            assertThat(c.printWorkingDirectory()).isEqualTo("/");
            assertThat(list(c, "/")).contains("top.txt", "LocalUser");
        } finally {
            FtpClients.close(c);
        }
    }
}
