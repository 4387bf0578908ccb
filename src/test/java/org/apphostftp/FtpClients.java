package org.apphostftp;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;

/** Apache Commons Net clients on 127.0.0.1 with short timeouts, for protocol tests. */
public final class FtpClients {

    private FtpClients() {
    }

    /** A connected client (banner read), passive mode, binary type not yet set. */
    public static FTPClient connect(int port) {
        FTPClient c = new FTPClient();
        c.setConnectTimeout(5_000);
        c.setDefaultTimeout(10_000);
        try {
            c.connect("127.0.0.1", port);
            c.setSoTimeout(10_000);
            c.enterLocalPassiveMode();
            return c;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Connected and logged in, binary type. */
    public static FTPClient login(int port, String user, String password) {
        FTPClient c = connect(port);
        try {
            if (!c.login(user, password)) {
                String reply = c.getReplyString();
                c.disconnect();
                throw new AssertionError("login of " + user + " failed: " + reply);
            }
            c.setFileType(FTP.BINARY_FILE_TYPE);
            return c;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String retrieve(FTPClient c, String path) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!c.retrieveFile(path, out)) {
            throw new IOException("RETR " + path + " failed: " + c.getReplyString().trim());
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    public static boolean store(FTPClient c, String path, String content) throws IOException {
        return c.storeFile(path, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    }

    /** Sends QUIT and closes; never throws (tests call it in finally blocks). */
    public static void close(FTPClient c) {
        try {
            if (c.isConnected()) {
                c.logout();
            }
        } catch (IOException e) {
            // the server may have closed first
        }
        try {
            c.disconnect();
        } catch (IOException e) {
            // nothing left to close
        }
    }
}
