package org.apphostftp.site.command;

import java.util.Locale;
import org.apache.ftpserver.command.AbstractCommand;
import org.apache.ftpserver.ftplet.FtpRequest;
import org.apache.ftpserver.impl.FtpIoSession;
import org.apache.ftpserver.impl.FtpServerContext;
import org.apphostftp.site.Replies;
import org.apphostftp.site.SessionState;

/**
 * MODE: S (stream) always; Z (deflate) only where fileHandling/@allowModeZ, since IIS offers no MODE Z and an
 * inflating upload costs the server far more than the client. Anything else is 504.
 */
public final class ModeCommand extends AbstractCommand {

    @Override
    public void execute(FtpIoSession session, FtpServerContext context, FtpRequest request) {
        session.resetState();
        String argument = request.getArgument();
        if (argument == null || argument.isBlank()) {
            session.write(Replies.syntaxError());
            return;
        }
        SessionState state = SessionState.of(session);
        switch (argument.trim().toUpperCase(Locale.ROOT)) {
            case "S" -> {
                state.data().ifPresent(d -> d.setZipMode(false));
                session.write(Replies.of(200, "MODE S command successful."));
            }
            case "Z" -> {
                if (!state.site().config().ftp().fileHandling().allowModeZ()) {
                    session.write(Replies.of(504, "MODE Z is not enabled on this site."));
                    return;
                }
                state.data().ifPresent(d -> d.setZipMode(true));
                session.write(Replies.of(200, "MODE Z command successful."));
            }
            default -> session.write(Replies.of(504, "Command not implemented for that parameter."));
        }
    }
}
