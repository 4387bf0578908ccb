package org.apphostftp.admin;

import java.nio.file.Path;
import org.apphostftp.AdminHttp;
import org.apphostftp.TestServer;
import org.apphostftp.TwoSites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The set-up the admin endpoint's tests share: the two-site server in a temp folder, and an HTTP client with its token. */
abstract class TwoSitesAdminTest {

    @TempDir
    Path dir;

    TestServer server;
    AdminHttp http;

    @BeforeEach
    void startTwoSites() {
        server = TwoSites.start(dir);
        http = new AdminHttp(server);
    }

    @AfterEach
    void stopTwoSites() {
        server.close();
    }
}
