package org.apphostftp.site.command;

import org.apache.ftpserver.command.AbstractCommand;
import org.apache.ftpserver.ftplet.FtpRequest;
import org.apache.ftpserver.impl.FtpIoSession;
import org.apache.ftpserver.impl.FtpServerContext;
import org.apphostftp.fs.PathRefusedException;
import org.apphostftp.fs.Refusal;
import org.apphostftp.fs.SiteFile;
import org.apphostftp.site.Replies;

/** MLST (RFC 3659 7.2): the facts of one file or folder on the control connection, with its full path. */
public final class MlstCommand extends AbstractCommand {

    @Override
    public void execute(FtpIoSession session, FtpServerContext context, FtpRequest request) {
        session.resetState();
        String path = request.getArgument() == null || request.getArgument().isBlank() ? "." : request.getArgument();
        try {
            SiteFile file = Transfers.file(session, path);
            if (file.readDenial().isPresent() || !file.doesExist()) {
                session.write(Replies.of(550, path + ": " + file.readDenial().orElse(Refusal.NOT_FOUND).replyText()));
                return;
            }
            session.write(Replies.of(250, "Listing " + file.virtualPath() + "\n " + MachineFacts.of(session).facts(file) + " "
                    + file.virtualPath() + "\nEnd."));
        } catch (PathRefusedException e) {
            session.write(Transfers.refused(session, e));
        }
    }
}
