package org.apphostftp.site.command;

import java.io.IOException;
import java.net.SocketException;
import java.util.UUID;
import org.apache.ftpserver.command.AbstractCommand;
import org.apache.ftpserver.ftplet.FtpRequest;
import org.apache.ftpserver.impl.FtpIoSession;
import org.apache.ftpserver.impl.FtpServerContext;
import org.apache.ftpserver.impl.ServerFtpStatistics;
import org.apphostftp.fs.FileRefusedException;
import org.apphostftp.fs.PathRefusedException;
import org.apphostftp.fs.SiteFile;
import org.apphostftp.fs.Upload;
import org.apphostftp.fs.UploadInProgressException;
import org.apphostftp.fs.UploadLimitExceededException;
import org.apphostftp.site.Replies;
import org.apphostftp.site.SessionState;
import org.apphostftp.site.data.ChannelDataConnectionFactory;
import org.apphostftp.site.data.DataTransfer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * STOR, APPE and STOU: data goes straight from the socket into the file (a direct buffer for plain binary uploads).
 * An upload that does not arrive whole (client gone, aborted, terminated, over maxAllowedContentLength, disk full)
 * leaves the previous content of the file as it was ({@link Upload} says what fileHandling/@keepPartialUploads keeps);
 * the 226 is sent only once the new content is in place.
 */
public final class StoreCommand extends AbstractCommand {

    /** Which of the three upload commands. */
    public enum Kind { STOR, APPE, STOU }

    private static final Logger LOG = LoggerFactory.getLogger(StoreCommand.class);

    private final Kind kind;

    public StoreCommand(Kind kind) {
        this.kind = kind;
    }

    @Override
    public void execute(FtpIoSession session, FtpServerContext context, FtpRequest request) {
        SessionState state = SessionState.of(session);
        long offset = state.takeRestOffset();
        session.resetState();
        String path = request.getArgument();
        if (kind == Kind.STOU) {
            path = uniqueName(path);
        }
        if (path == null || path.isBlank()) {
            Transfers.reply(session, Replies.syntaxError());
            return;
        }
        Upload upload;
        SiteFile file;
        try {
            file = Transfers.file(session, path);
            if (kind == Kind.STOU && file.existsOnDisk()) {
                Transfers.reply(session, Replies.of(553, "Cannot create a unique file name."));
                return;
            }
            long start = kind == Kind.APPE ? file.sizeOnDisk() : offset;
            upload = file.openUpload(start);
        } catch (PathRefusedException e) {
            Transfers.reply(session, Transfers.refused(session, e));
            return;
        } catch (UploadInProgressException e) {
            Transfers.reply(session, Replies.of(550, path + ": " + e.getMessage()));
            return;
        } catch (UploadLimitExceededException e) {
            Transfers.reply(session, Replies.of(552, e.getMessage()));
            return;
        } catch (FileRefusedException e) {
            Transfers.reply(session, Transfers.refused(session, path, e));
            return;
        } catch (IOException e) {
            Transfers.reply(session, Replies.of(550, path + ": " + e.getMessage()));
            return;
        }
        try (upload) {
            ChannelDataConnectionFactory data = Transfers.dataOrRefuse(session);
            if (data != null) {
                receive(session, context, state, file, upload, data);
            }
        } catch (IOException e) {
            LOG.warn("closing upload of {}: {}", file.virtualPath(), e.toString());
        }
    }

    private void receive(FtpIoSession session, FtpServerContext context, SessionState state, SiteFile file, Upload upload,
                         ChannelDataConnectionFactory data) {
        Transfers.reply(session, Replies.of(150, kind == Kind.STOU ? "FILE: " + file.virtualPath()
                : "Opening " + Transfers.mode(session) + " mode data connection."));
        try {
            DataTransfer transfer;
            try {
                transfer = data.open();
            } catch (IOException e) {
                LOG.debug("data connection for {} failed: {}", kind, e.toString());
                Transfers.reply(session, Transfers.cannotOpenData(e));
                return;
            }
            try (transfer) {
                long received = transfer.receiveFile(upload.channel(), Transfers.ascii(session), upload.limit(), file.virtualPath());
                if (session.isClosing() || !session.isConnected()) {
                    // the client is gone: it never learns whether the data arrived, so this is not a finished upload
                    throw new org.apphostftp.site.data.TransferAbortedException("control connection closed during the upload");
                }
                upload.commit(); // closed, in place and released before the 226: a second session finds the new file
                ((ServerFtpStatistics) context.getFtpStatistics()).setUpload(session, file, received);
                Transfers.reply(session, kind == Kind.STOU
                        ? Replies.of(226, "Transfer complete (unique file name: " + file.getName() + ").")
                        : Transfers.complete());
            } catch (UploadLimitExceededException e) {
                LOG.info("upload of {} refused: {}", file.virtualPath(), e.getMessage());
                Transfers.reply(session, Replies.of(552, "Exceeded storage allocation: " + e.getMessage()));
            } catch (SocketException e) {
                LOG.info("upload of {} aborted: {}", file.virtualPath(), e.getMessage());
                Transfers.reply(session, Transfers.aborted());
            } catch (IOException e) {
                boolean full = e.getMessage() != null && e.getMessage().contains("No space left");
                LOG.warn("upload of {} failed: {}", file.virtualPath(), e.toString());
                Transfers.reply(session, full ? Replies.of(452, "Insufficient storage space.")
                        : Replies.of(451, "Local error in processing: " + e.getMessage()));
            }
        } finally {
            data.closeDataConnection();
        }
    }

    /** STOU: the client's name (if any) with a unique suffix, in the current folder. */
    private static String uniqueName(String requested) {
        String base = requested == null || requested.isBlank() ? "upload" : requested.trim();
        return base + "." + UUID.randomUUID().toString().substring(0, 8);
    }
}
