package org.apphostftp.site.command;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import org.apache.ftpserver.command.AbstractCommand;
import org.apache.ftpserver.ftplet.FtpRequest;
import org.apache.ftpserver.impl.FtpIoSession;
import org.apache.ftpserver.impl.FtpServerContext;
import org.apache.ftpserver.util.SocketAddressEncoder;
import org.apphostftp.config.effective.NumericAddress;
import org.apphostftp.site.Replies;
import org.apphostftp.site.SessionState;

/**
 * PORT and EPRT: the client asks for an active data connection. Only numeric addresses of the family EPRT names, no
 * ports below 1024, and with dataChannelSecurity/@matchClientAddressForPort only the client's own address (no FTP
 * bounce): else 501. The data connection must be of the control connection's family: else 522 (RFC 2428).
 */
public final class ActiveCommand extends AbstractCommand {

    private final boolean extended;

    public ActiveCommand(boolean extended) {
        this.extended = extended;
    }

    @Override
    public void execute(FtpIoSession session, FtpServerContext context, FtpRequest request) {
        session.resetState();
        String verb = extended ? "EPRT" : "PORT";
        String argument = request.getArgument();
        if (argument == null || argument.isBlank()) {
            session.write(Replies.syntaxError());
            return;
        }
        InetSocketAddress address;
        try {
            address = extended ? parseEprt(argument.trim()) : SocketAddressEncoder.decode(argument.trim());
        } catch (UnknownHostException | IllegalArgumentException e) {
            session.write(Replies.of(501, verb + " argument is not valid: " + e.getMessage()));
            return;
        } catch (RuntimeException e) {
            session.write(Replies.of(501, verb + " argument is not valid."));
            return;
        }
        boolean controlIs6 = ((InetSocketAddress) session.getLocalAddress()).getAddress() instanceof Inet6Address;
        if ((address.getAddress() instanceof Inet6Address) != controlIs6) {
            session.write(Replies.of(522, controlIs6 ? (extended ? "Network protocol not supported, use (2)."
                    : "PORT cannot name an IPv6 address; use EPRT (RFC 2428).") : "Network protocol not supported, use (1)."));
            return;
        }
        if (address.getPort() < 1024) {
            session.write(Replies.of(501, verb + " to a port below 1024 is not allowed."));
            return;
        }
        SessionState state = SessionState.of(session);
        InetAddress client = state.client();
        if (state.site().config().ftp().dataChannelSecurity().matchClientAddressForPort() && !sameHost(address.getAddress(), client)) {
            session.write(Replies.of(501, verb + " address does not match the client's address."));
            return;
        }
        session.getDataConnection().initActiveDataConnection(address);
        session.write(Replies.of(200, verb + " command successful."));
    }

    /** {@code |1|132.235.1.2|6275|} or {@code |2|::1|6275|} (RFC 2428), numeric addresses only. */
    static InetSocketAddress parseEprt(String argument) throws UnknownHostException {
        char delimiter = argument.charAt(0);
        String[] parts = argument.substring(1).split(java.util.regex.Pattern.quote(String.valueOf(delimiter)), -1);
        if (parts.length < 3 || !(parts[0].equals("1") || parts[0].equals("2"))) {
            throw new IllegalArgumentException("expected |1|IPv4|port| or |2|IPv6|port|");
        }
        if (!NumericAddress.isNumeric(parts[1])) {
            throw new IllegalArgumentException("'" + parts[1] + "' is not a numeric address");
        }
        int port = Integer.parseInt(parts[2]);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is out of range");
        }
        InetAddress address = InetAddress.getByName(parts[1]);
        if ((address instanceof Inet6Address) != parts[0].equals("2")) {
            throw new IllegalArgumentException("protocol " + parts[0] + " names an " + (parts[0].equals("1") ? "IPv4" : "IPv6")
                    + " address, not '" + parts[1] + "'");
        }
        return new InetSocketAddress(address, port);
    }

    private static boolean sameHost(InetAddress a, InetAddress b) {
        return NumericAddress.normalize(a.getHostAddress()).equals(NumericAddress.normalize(b.getHostAddress()));
    }
}
