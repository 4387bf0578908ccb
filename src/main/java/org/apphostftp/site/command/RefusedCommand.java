package org.apphostftp.site.command;

import org.apache.ftpserver.command.AbstractCommand;
import org.apache.ftpserver.ftplet.FtpRequest;
import org.apache.ftpserver.impl.FtpIoSession;
import org.apache.ftpserver.impl.FtpServerContext;
import org.apphostftp.site.Replies;

/**
 * A MINA command this server does not offer: SITE (its WHO/STAT would show other sessions to a user named "admin")
 * and REIN (it would log the user out behind the session's back).
 */
public final class RefusedCommand extends AbstractCommand {

    @Override
    public void execute(FtpIoSession session, FtpServerContext context, FtpRequest request) {
        session.resetState();
        session.write(Replies.notImplemented());
    }
}
