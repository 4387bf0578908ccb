package org.apphostftp.site.command;

import org.apache.ftpserver.command.AbstractCommand;
import org.apache.ftpserver.ftplet.FtpRequest;
import org.apache.ftpserver.impl.FtpIoSession;
import org.apache.ftpserver.impl.FtpServerContext;
import org.apphostftp.config.effective.FtpSiteSettings;
import org.apphostftp.site.MessageText;
import org.apphostftp.site.Replies;
import org.apphostftp.site.SessionState;

/** QUIT: 221 with the site's exitMessage (or "Goodbye."), then close after the reply is sent. */
public final class QuitCommand extends AbstractCommand {

    @Override
    public void execute(FtpIoSession session, FtpServerContext context, FtpRequest request) {
        session.resetState();
        SessionState state = SessionState.of(session);
        FtpSiteSettings.Messages m = state.site().config().ftp().messages();
        String text = m.exitMessage().isEmpty() ? "Goodbye." : MessageText.expand(m.exitMessage(), m, state.live());
        session.write(Replies.of(221, text));
        state.data().ifPresent(d -> d.closeDataConnection());
        session.closeOnFlush();
    }
}
