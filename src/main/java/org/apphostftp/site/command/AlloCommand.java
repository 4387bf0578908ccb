package org.apphostftp.site.command;

import org.apache.ftpserver.command.AbstractCommand;
import org.apache.ftpserver.ftplet.FtpRequest;
import org.apache.ftpserver.impl.FtpIoSession;
import org.apache.ftpserver.impl.FtpServerContext;
import org.apphostftp.site.Replies;

/** ALLO: storage needs no reservation here; RFC 959 wants 202 rather than MINA's 502. */
public final class AlloCommand extends AbstractCommand {

    @Override
    public void execute(FtpIoSession session, FtpServerContext context, FtpRequest request) {
        session.resetState();
        session.write(Replies.of(202, "ALLO command ignored."));
    }
}
