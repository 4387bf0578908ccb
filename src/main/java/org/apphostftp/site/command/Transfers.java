package org.apphostftp.site.command;

import java.io.IOException;
import org.apache.ftpserver.ftplet.DataType;
import org.apache.ftpserver.ftplet.FtpReply;
import org.apache.ftpserver.impl.FtpIoSession;
import org.apphostftp.fs.FileRefusedException;
import org.apphostftp.fs.HomeDirectoryInaccessibleException;
import org.apphostftp.fs.Refusal;
import org.apphostftp.fs.PathRefusedException;
import org.apphostftp.fs.SiteFile;
import org.apphostftp.fs.SiteFileSystemView;
import org.apphostftp.site.Replies;
import org.apphostftp.site.SessionState;
import org.apphostftp.site.data.ChannelDataConnectionFactory;
import org.apphostftp.site.data.DataConnectionRefusedException;
import org.apphostftp.site.data.TransferAbortedException;

/** What the transfer commands share: resolving a path to a file of the user's namespace and the IIS-style replies. */
final class Transfers {

    private Transfers() {
    }

    static SiteFile file(FtpIoSession session, String path) throws PathRefusedException {
        SiteFile file;
        try {
            file = ((SiteFileSystemView) session.getFileSystemView()).getFile(path);
        } catch (HomeDirectoryInaccessibleException e) { // the home went away after a reload
            throw new PathRefusedException(Refusal.NOT_FOUND, path, e.getMessage());
        }
        SessionState.of(session).commandPath(file.virtualPath());
        return file;
    }

    /** Writes a reply of a transfer command; a final one is logged even when the connection closed before it. */
    static void reply(FtpIoSession session, FtpReply reply) {
        session.write(reply);
        SessionState.of(session).commandEnded(reply.getCode());
    }

    /** 550 with IIS's text for the refusal; its substatus goes to the W3C log. */
    static FtpReply refused(FtpIoSession session, PathRefusedException e) {
        SessionState.of(session).commandSubstatus(e.refusal().substatus());
        return Replies.of(550, e.path() + ": " + e.refusal().replyText());
    }

    static FtpReply refused(FtpIoSession session, String path, FileRefusedException e) {
        SessionState.of(session).commandSubstatus(e.refusal().substatus());
        return Replies.of(550, path + ": " + e.refusal().replyText());
    }

    static boolean ascii(FtpIoSession session) {
        return session.getDataType() == DataType.ASCII;
    }

    static String mode(FtpIoSession session) {
        return ascii(session) ? "ASCII" : "BINARY";
    }

    /** The session's data connections, or null when PASV/PORT was not issued (after writing 503). */
    static ChannelDataConnectionFactory dataOrRefuse(FtpIoSession session) {
        ChannelDataConnectionFactory data = SessionState.of(session).data().orElseThrow();
        if (data.getInetAddress() == null) {
            reply(session, Replies.badSequence("PORT or PASV must be issued first."));
            return null;
        }
        return data;
    }

    /** 426 when ABOR or Terminate came before the data connection, else 425 (with the reason a refusal gives). */
    static FtpReply cannotOpenData(IOException e) {
        if (e instanceof TransferAbortedException) {
            return aborted();
        }
        return e instanceof DataConnectionRefusedException
                ? Replies.of(425, "Cannot open data connection: " + e.getMessage() + ".")
                : Replies.of(425, "Cannot open data connection.");
    }

    static FtpReply aborted() {
        return Replies.of(426, "Connection closed; transfer aborted.");
    }

    static FtpReply complete() {
        return Replies.of(226, "Transfer complete.");
    }
}
