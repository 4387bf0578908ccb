package org.apphostftp.site;

import org.apache.ftpserver.ftplet.DefaultFtpReply;
import org.apache.ftpserver.ftplet.FtpReply;
import org.apphostftp.config.effective.FtpSiteSettings;
import org.apphostftp.config.effective.SiteConfig;
import org.apphostftp.session.LiveSession;

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

    /** The 421 of Terminate and site stop; written from admin or reload threads, so it is kept out of W3C bookkeeping. */
    public static FtpReply terminated() {
        return new Termination();
    }

    /** The 421 of a service stop (SIGTERM), to sessions with no transfer running or whose drain time ran out. */
    public static FtpReply shutdown() {
        return new Termination("Server shutting down: closing control connection.");
    }

    /** A reply written by another thread than the session's own (see {@link #terminated()}). */
    public static final class Termination extends DefaultFtpReply {
        Termination() {
            this("Session terminated by administrator.");
        }

        Termination(String text) {
            super(421, text);
        }
    }

    /** The 421 of a site that has maxConnections sessions: its maxClientsMessage (variables expanded) or a default. */
    public static FtpReply maxClients(SiteConfig site, LiveSession session) {
        FtpSiteSettings.Messages m = site.ftp().messages();
        return of(421, m.maxClientsMessage().isEmpty() ? "Too many users are connected, please try again later."
                : MessageText.expand(m.maxClientsMessage(), m, session));
    }

    /** The 421 for a client that a site's ipSecurity rules do not allow. */
    public static FtpReply addressDenied() {
        return of(421, "Access denied: your address is not allowed to connect.");
    }

    /** A refused admission as a reply: 421 with the reason. */
    public static FtpReply refused(SessionState.Admission admission, SiteConfig site, LiveSession session) {
        return admission == SessionState.Admission.FULL ? maxClients(site, session) : addressDenied();
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
