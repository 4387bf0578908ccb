package org.apphostftp.site;

import org.apache.ftpserver.ftplet.DefaultFtpReply;
import org.apache.ftpserver.ftplet.FtpReply;

/** The reply texts apphost-ftp writes itself, worded as IIS words them where admins know the IIS text. */
public final class Replies {

    public static final String DEFAULT_BANNER = "apphost-ftp FTP Service";

    private Replies() {
    }

    /** A reply; a text with '\n' becomes a multi-line reply ("ccc-first", ..., "ccc last"). */
    public static FtpReply of(int code, String text) {
        return new DefaultFtpReply(code, text);
    }

    public static FtpReply policyRequiresSsl() {
        return of(534, "Policy requires SSL.");
    }

    public static FtpReply tlsNotAllowed() {
        return of(534, "Local policy on server does not allow TLS secure connections.");
    }

    public static FtpReply validHostnameExpected() {
        return of(530, "Valid hostname is expected.");
    }

    public static FtpReply cannotLogIn() {
        return of(530, "User cannot log in.");
    }

    public static FtpReply homeDirectoryInaccessible() {
        return of(530, "User cannot log in, home directory inaccessible.");
    }

    public static FtpReply notLoggedIn() {
        return of(530, "Please login with USER and PASS.");
    }

    public static FtpReply terminated() {
        return of(421, "Session terminated by administrator.");
    }

    public static FtpReply notImplemented() {
        return of(502, "Command not implemented.");
    }

    public static FtpReply badSequence(String text) {
        return of(503, text);
    }

    public static FtpReply syntaxError() {
        return of(501, "Syntax error in parameters or arguments.");
    }
}
