package org.apphostftp.site.command;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import org.apache.ftpserver.command.impl.PASV;
import org.apache.ftpserver.ftplet.FtpException;
import org.apache.ftpserver.ftplet.FtpRequest;
import org.apache.ftpserver.impl.FtpIoSession;
import org.apache.ftpserver.impl.FtpServerContext;
import org.apphostftp.site.Replies;
import org.apphostftp.site.SessionState;

/**
 * PASV as MINA does it, announcing the site's firewallSupport/@externalIp4Address when one is set (NAT). PASV can only
 * name an IPv4 address: on an IPv6 control connection it is refused with 522 and points to EPSV (RFC 2428).
 */
public final class PasvCommand extends PASV {

    @Override
    public void execute(FtpIoSession session, FtpServerContext context, FtpRequest request) throws IOException, FtpException {
        if (((InetSocketAddress) session.getLocalAddress()).getAddress() instanceof Inet6Address) {
            session.resetState();
            session.write(Replies.of(522, "PASV cannot name an IPv6 address; use EPSV (RFC 2428)."));
            return;
        }
        super.execute(session, context, request);
    }

    @Override
    protected String getPassiveExternalAddress(FtpIoSession session) {
        return SessionState.of(session).site().config().ftp().externalIp4Address().orElse(null);
    }
}
