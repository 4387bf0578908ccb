package org.apphostftp.site.command;

import org.apache.ftpserver.command.AbstractCommand;
import org.apache.ftpserver.ftplet.FtpRequest;
import org.apache.ftpserver.impl.FtpIoSession;
import org.apache.ftpserver.impl.FtpServerContext;
import org.apphostftp.site.Replies;
import org.apphostftp.site.SessionState;

/** REST: the offset is kept until the next RETR/STOR/APPE, even across PASV and TYPE (MINA's own would be lost). */
public final class RestCommand extends AbstractCommand {

    @Override
    public void execute(FtpIoSession session, FtpServerContext context, FtpRequest request) {
        String argument = request.getArgument();
        long offset;
        try {
            offset = Long.parseLong(argument == null ? "" : argument.trim());
        } catch (NumberFormatException e) {
            session.write(Replies.syntaxError());
            return;
        }
        if (offset < 0) {
            session.write(Replies.syntaxError());
            return;
        }
        SessionState.of(session).restOffset(offset);
        session.write(Replies.of(350, "Restarting at " + offset + ". Send STORE or RETRIEVE to initiate transfer."));
    }
}
