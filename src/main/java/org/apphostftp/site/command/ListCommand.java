package org.apphostftp.site.command;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.ftpserver.command.AbstractCommand;
import org.apache.ftpserver.command.impl.listing.ListArgument;
import org.apache.ftpserver.command.impl.listing.ListArgumentParser;
import org.apache.ftpserver.command.impl.listing.RegexFileFilter;
import org.apache.ftpserver.ftplet.FtpRequest;
import org.apache.ftpserver.impl.FtpIoSession;
import org.apache.ftpserver.impl.FtpServerContext;
import org.apphostftp.fs.PathRefusedException;
import org.apphostftp.fs.Refusal;
import org.apphostftp.fs.SiteFile;
import org.apphostftp.site.Replies;
import org.apphostftp.site.SessionState;
import org.apphostftp.site.data.ChannelDataConnectionFactory;
import org.apphostftp.site.data.DataTransfer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * LIST, NLST and MLSD in the site's listing style, streamed to the data connection line by line (a huge folder never
 * becomes one string). Virtual directories appear when the site shows them (the namespace adds them).
 */
public final class ListCommand extends AbstractCommand {

    private static final Logger LOG = LoggerFactory.getLogger(ListCommand.class);

    /** LIST (long lines), NLST (names) or MLSD (RFC 3659 facts). */
    public enum Kind { LIST, NLST, MLSD }

    private final Kind kind;

    public ListCommand(Kind kind) {
        this.kind = kind;
    }

    @Override
    public void execute(FtpIoSession session, FtpServerContext context, FtpRequest request) {
        session.resetState();
        SessionState state = SessionState.of(session);
        ListArgument argument;
        try {
            argument = ListArgumentParser.parse(request.getArgument());
        } catch (IllegalArgumentException e) {
            Transfers.reply(session, Replies.of(501, "Wildcards are allowed only in the last part of the path."));
            return;
        }
        List<SiteFile> files;
        try {
            SiteFile target = Transfers.file(session, argument.getFile());
            Optional<Refusal> denial = target.readDenial();
            if (denial.isPresent() || !target.doesExist()) {
                Transfers.reply(session, Replies.of(550, argument.getFile() + ": " + denial.orElse(Refusal.NOT_FOUND).replyText()));
                return;
            }
            if (kind == Kind.MLSD && !target.isDirectory()) {
                Transfers.reply(session, Replies.of(501, argument.getFile() + " is not a folder (use MLST for a file)."));
                return;
            }
            files = target.isDirectory() ? target.listFiles() : List.of(target);
        } catch (PathRefusedException e) {
            Transfers.reply(session, Transfers.refused(session, e));
            return;
        }
        ChannelDataConnectionFactory data = Transfers.dataOrRefuse(session);
        if (data == null) {
            return;
        }
        RegexFileFilter pattern = argument.getPattern() == null ? null : new RegexFileFilter(argument.getPattern());
        boolean longForm = kind == Kind.LIST || argument.hasOption('l');
        ListingFormat format = new ListingFormat(state.site().config().ftp().directoryBrowse());
        MachineFacts facts = MachineFacts.of(session);
        Transfers.reply(session, Replies.of(150, "Opening " + Transfers.mode(session) + " mode data connection."));
        try {
            DataTransfer transfer;
            try {
                transfer = data.open();
            } catch (IOException e) {
                Transfers.reply(session, Transfers.cannotOpenData(e));
                return;
            }
            try (transfer; OutputStream out = transfer.clientStream();
                 Writer writer = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), 16 * 1024)) {
                for (SiteFile f : files) {
                    if (pattern == null || pattern.accept(f)) {
                        writer.write(kind == Kind.MLSD ? facts.facts(f) + " " + f.getName() + "\r\n"
                                : longForm ? format.line(f) : f.getName() + "\r\n");
                    }
                }
                writer.flush();
            } catch (SocketException e) {
                LOG.info("listing aborted: {}", e.getMessage());
                Transfers.reply(session, Transfers.aborted());
                return;
            } catch (IOException e) {
                Transfers.reply(session, Replies.of(451, "Local error in processing: " + e.getMessage()));
                return;
            }
            Transfers.reply(session, Transfers.complete());
        } finally {
            data.closeDataConnection();
        }
    }
}
