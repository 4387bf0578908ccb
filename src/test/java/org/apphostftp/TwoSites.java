package org.apphostftp;

import java.nio.file.Path;

/**
 * A server with two FTP sites, Alpha (written port 2121) and Beta (2122), anonymous and basic logins, users bob and
 * carol (password "pw"), everyone may read and write; the admin endpoint on a free port. For admin API and CLI tests.
 */
public final class TwoSites {

    public static final String CONFIG = "<configuration><system.applicationHost><sites>"
            + site("Alpha", 1, 2121) + site("Beta", 2, 2122)
            + "</sites></system.applicationHost>"
            + "<system.ftpServer><management bindingInformation=\"127.0.0.1:8021\" /></system.ftpServer>"
            + location("Alpha") + location("Beta")
            + "</configuration>";

    private TwoSites() {
    }

    public static TestServer start(Path dir) {
        Users.write(dir, "bob", "pw", "carol", "pw");
        TestServer server = TestServer.start(dir, CONFIG);
        server.file("alpha/hello.txt", "hello\n");
        return server;
    }

    private static String site(String name, int id, int port) {
        return "<site name=\"" + name + "\" id=\"" + id + "\"><bindings><binding protocol=\"ftp\" bindingInformation=\"127.0.0.1:"
                + port + ":\" /></bindings><application path=\"/\"><virtualDirectory path=\"/\" physicalPath=\"" + name.toLowerCase()
                + "\" /></application><ftpServer><security><ssl controlChannelPolicy=\"SslAllow\" dataChannelPolicy=\"SslAllow\" />"
                + "<authentication><anonymousAuthentication enabled=\"true\" /><basicAuthentication enabled=\"true\" />"
                + "</authentication></security></ftpServer></site>";
    }

    private static String location(String site) {
        return "<location path=\"" + site + "\"><system.ftpServer><security><authorization>"
                + "<add accessType=\"Allow\" users=\"*\" permissions=\"Read, Write\" /></authorization></security></system.ftpServer></location>";
    }
}
