package org.apphostftp.site.command;

import org.apache.ftpserver.command.impl.PASV;
import org.apache.ftpserver.impl.FtpIoSession;
import org.apphostftp.site.SessionState;

/** PASV as MINA does it, announcing the site's firewallSupport/@externalIp4Address when one is set (NAT). */
public final class PasvCommand extends PASV {

    @Override
    protected String getPassiveExternalAddress(FtpIoSession session) {
        return SessionState.of(session).site().config().ftp().externalIp4Address().orElse(null);
    }
}
