package org.apphostftp.site.command;

import org.apache.ftpserver.command.AbstractCommand;
import org.apache.ftpserver.ftplet.FtpRequest;
import org.apache.ftpserver.impl.FtpIoSession;
import org.apache.ftpserver.impl.FtpServerContext;
import org.apphostftp.site.Replies;

/** HELP: the commands this server really answers. */
public final class HelpCommand extends AbstractCommand {

    private static final String COMMANDS = String.join("\n",
            "The following commands are recognized:",
            " ABOR ACCT ALLO APPE AUTH CDUP CWD  DELE EPRT EPSV FEAT HELP HOST LANG LIST",
            " MDTM MFMT MKD  MLSD MLST MODE NLST NOOP OPTS PASS PASV PBSZ PORT PROT PWD",
            " QUIT REST RETR RMD  RNFR RNTO SIZE STAT STOR STOU STRU SYST TYPE USER XCUP",
            " XCWD XMKD XPWD XRMD",
            "HELP command successful.");

    @Override
    public void execute(FtpIoSession session, FtpServerContext context, FtpRequest request) {
        session.resetState();
        session.write(Replies.of(214, COMMANDS));
    }
}
