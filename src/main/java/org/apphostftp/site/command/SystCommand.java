package org.apphostftp.site.command;

import org.apache.ftpserver.command.AbstractCommand;
import org.apache.ftpserver.ftplet.FtpRequest;
import org.apache.ftpserver.impl.FtpIoSession;
import org.apache.ftpserver.impl.FtpServerContext;
import org.apphostftp.config.effective.ShowFlag;
import org.apphostftp.site.Replies;
import org.apphostftp.site.SessionState;

/** SYST: "Windows_NT" as IIS answers, or "UNIX Type: L8" when the site lists in UNIX style, so clients parse listings right. */
public final class SystCommand extends AbstractCommand {

    @Override
    public void execute(FtpIoSession session, FtpServerContext context, FtpRequest request) {
        session.resetState();
        boolean unix = SessionState.of(session).site().config().ftp().directoryBrowse().has(ShowFlag.STYLE_UNIX);
        session.write(Replies.of(215, unix ? "UNIX Type: L8" : "Windows_NT"));
    }
}
