package org.apphostftp.site.command;

import java.util.List;
import java.util.Optional;
import org.apache.ftpserver.command.AbstractCommand;
import org.apache.ftpserver.ftplet.FtpRequest;
import org.apache.ftpserver.impl.FtpIoSession;
import org.apache.ftpserver.impl.FtpServerContext;
import org.apphostftp.fs.PathRefusedException;
import org.apphostftp.fs.Refusal;
import org.apphostftp.fs.SiteFile;
import org.apphostftp.session.SessionInfo;
import org.apphostftp.site.Replies;
import org.apphostftp.site.SessionState;

/** STAT: the session's status, or a listing of a path on the control connection in the site's listing style. */
public final class StatCommand extends AbstractCommand {

    @Override
    public void execute(FtpIoSession session, FtpServerContext context, FtpRequest request) {
        session.resetState();
        SessionState state = SessionState.of(session);
        String path = request.getArgument();
        if (path == null || path.isBlank()) {
            SessionInfo s = state.live().snapshot();
            session.write(Replies.of(211, "apphost-ftp status:\n"
                    + " Connected to " + s.serverIp() + " from " + s.clientIp() + "\n"
                    + " Site " + s.siteName() + (s.hostName().isEmpty() ? "" : " (" + s.hostName() + ")") + "\n"
                    + (s.userName().isEmpty() ? " Not logged in\n" : " Logged in as " + s.userName() + "\n")
                    + " TYPE: " + Transfers.mode(session) + ", control " + (s.secureControl() ? "TLS" : "plain")
                    + ", data " + (state.data().map(d -> d.isSecure()).orElse(false) ? "TLS" : "plain") + "\n"
                    + "End of status."));
            return;
        }
        try {
            SiteFile file = Transfers.file(session, path);
            Optional<Refusal> denial = file.readDenial();
            if (denial.isPresent() || !file.doesExist()) {
                session.write(Replies.of(550, path + ": " + denial.orElse(Refusal.NOT_FOUND).replyText()));
                return;
            }
            ListingFormat format = new ListingFormat(state.site().config().ftp().directoryBrowse());
            StringBuilder text = new StringBuilder("Status of " + file.virtualPath() + ":\n");
            List<SiteFile> files = file.isDirectory() ? file.listFiles() : List.of(file);
            for (SiteFile f : files) {
                String line = format.line(f);
                text.append(' ').append(line, 0, line.length() - 2).append('\n');
            }
            session.write(Replies.of(file.isDirectory() ? 212 : 213, text + "End of status."));
        } catch (PathRefusedException e) {
            session.write(Transfers.refused(session, e));
        }
    }
}
