package org.apphostftp.site.command;

import java.util.Optional;
import org.apache.ftpserver.command.AbstractCommand;
import org.apache.ftpserver.ftplet.FtpRequest;
import org.apache.ftpserver.impl.FtpIoSession;
import org.apache.ftpserver.impl.FtpServerContext;
import org.apache.ftpserver.impl.ServerFtpStatistics;
import org.apphostftp.fs.PathRefusedException;
import org.apphostftp.fs.Refusal;
import org.apphostftp.fs.SiteFile;
import org.apphostftp.site.Replies;

/** DELE: refusals are 550 with IIS's reason, as for every other path (MINA answers 450). */
public final class DeleCommand extends AbstractCommand {

    @Override
    public void execute(FtpIoSession session, FtpServerContext context, FtpRequest request) {
        session.resetState();
        String path = request.getArgument();
        if (path == null || path.isBlank()) {
            session.write(Replies.syntaxError());
            return;
        }
        try {
            SiteFile file = Transfers.file(session, path);
            Optional<Refusal> denial = file.isDirectory() ? Optional.of(Refusal.NOT_FOUND) : file.removeDenial();
            if (denial.isPresent()) {
                session.write(Replies.of(550, path + ": " + denial.get().replyText()));
                return;
            }
            if (!file.delete()) {
                session.write(Replies.of(450, path + ": the file could not be deleted."));
                return;
            }
            ((ServerFtpStatistics) context.getFtpStatistics()).setDelete(session, file);
            session.write(Replies.of(250, "DELE command successful."));
        } catch (PathRefusedException e) {
            session.write(Transfers.refused(session, e));
        }
    }
}
