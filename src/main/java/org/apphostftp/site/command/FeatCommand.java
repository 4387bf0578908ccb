package org.apphostftp.site.command;

import org.apache.ftpserver.command.AbstractCommand;
import org.apache.ftpserver.ftplet.FtpRequest;
import org.apache.ftpserver.impl.FtpIoSession;
import org.apache.ftpserver.impl.FtpServerContext;
import org.apphostftp.config.effective.SiteConfig;
import org.apphostftp.site.Replies;
import org.apphostftp.site.SessionState;

/** FEAT: what this server really supports for the session's site (HOST included, AUTH only with a certificate). */
public final class FeatCommand extends AbstractCommand {

    @Override
    public void execute(FtpIoSession session, FtpServerContext context, FtpRequest request) {
        session.resetState();
        SessionState state = SessionState.of(session);
        SiteConfig site = state.site().config();
        StringBuilder text = new StringBuilder("Extended features supported:\n");
        if (state.site().tls().isPresent()) {
            text.append(" AUTH TLS;TLS-C;SSL;TLS-P;\n PBSZ\n PROT C;P;\n");
        }
        text.append(" EPRT\n EPSV\n HOST\n MDTM\n MFMT\n MLST Size*;Modify*;Type*;Perm*;\n");
        if (site.ftp().fileHandling().allowModeZ()) {
            text.append(" MODE Z\n");
        }
        text.append(" REST STREAM\n SIZE\n TVFS\n");
        if (site.ftp().allowUtf8()) {
            text.append(" UTF8\n");
        }
        text.append("END");
        session.write(Replies.of(211, text.toString()));
    }
}
