package org.apphostftp.site.command;

import java.io.IOException;
import java.net.SocketException;
import java.nio.channels.FileChannel;
import org.apache.ftpserver.command.AbstractCommand;
import org.apache.ftpserver.ftplet.FtpRequest;
import org.apache.ftpserver.impl.FtpIoSession;
import org.apache.ftpserver.impl.FtpServerContext;
import org.apache.ftpserver.impl.ServerFtpStatistics;
import org.apphostftp.fs.FileRefusedException;
import org.apphostftp.fs.PathRefusedException;
import org.apphostftp.fs.SiteFile;
import org.apphostftp.site.Replies;
import org.apphostftp.site.SessionState;
import org.apphostftp.site.data.ChannelDataConnectionFactory;
import org.apphostftp.site.data.DataTransfer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** RETR: zero-copy for plain binary downloads, from the REST offset when one was given. */
public final class RetrCommand extends AbstractCommand {

    private static final Logger LOG = LoggerFactory.getLogger(RetrCommand.class);

    @Override
    public void execute(FtpIoSession session, FtpServerContext context, FtpRequest request) {
        SessionState state = SessionState.of(session);
        long offset = state.takeRestOffset();
        session.resetState();
        String path = request.getArgument();
        if (path == null || path.isBlank()) {
            Transfers.reply(session, Replies.syntaxError());
            return;
        }
        SiteFile file;
        FileChannel channel;
        try {
            file = Transfers.file(session, path);
            channel = file.openReadChannel();
        } catch (PathRefusedException e) {
            Transfers.reply(session, Transfers.refused(session, e));
            return;
        } catch (FileRefusedException e) {
            Transfers.reply(session, Transfers.refused(session, path, e));
            return;
        } catch (IOException e) {
            Transfers.reply(session, Replies.of(550, path + ": " + e.getMessage()));
            return;
        }
        try (channel) {
            if (offset > channel.size()) {
                Transfers.reply(session, Replies.of(554, "Restart offset " + offset + " is beyond the end of the file."));
                return;
            }
            ChannelDataConnectionFactory data = Transfers.dataOrRefuse(session);
            if (data == null) {
                return;
            }
            send(session, context, state, file, channel, offset, data);
        } catch (IOException e) {
            LOG.debug("closing {}: {}", path, e.toString());
        }
    }

    private static void send(FtpIoSession session, FtpServerContext context, SessionState state, SiteFile file, FileChannel channel,
                             long offset, ChannelDataConnectionFactory data) {
        Transfers.reply(session, Replies.of(150, "Opening " + Transfers.mode(session) + " mode data connection."));
        try {
            DataTransfer transfer;
            try {
                transfer = data.open();
            } catch (IOException e) {
                LOG.debug("data connection for RETR failed: {}", e.toString());
                Transfers.reply(session, Transfers.cannotOpenData(e));
                return;
            }
            try (transfer) {
                long sent = transfer.sendFile(channel, offset, Transfers.ascii(session));
                transfer.close(); // the client sees the end of the data before the 226
                ((ServerFtpStatistics) context.getFtpStatistics()).setDownload(session, file, sent);
                Transfers.reply(session, Transfers.complete());
            } catch (SocketException e) {
                LOG.info("download of {} aborted: {}", file.virtualPath(), e.getMessage());
                Transfers.reply(session, Transfers.aborted());
            } catch (IOException e) {
                LOG.warn("download of {} failed: {}", file.virtualPath(), e.toString());
                Transfers.reply(session, Replies.of(451, "Local error in processing: " + e.getMessage()));
            }
        } finally {
            data.closeDataConnection();
        }
    }
}
