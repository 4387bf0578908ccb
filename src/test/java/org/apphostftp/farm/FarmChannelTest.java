package org.apphostftp.farm;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import org.jgroups.JChannel;
import org.jgroups.protocols.AUTH;
import org.jgroups.protocols.SYM_ENCRYPT;
import org.jgroups.protocols.TCP;
import org.junit.jupiter.api.Test;

/** The stack a node joins with, before it connects: what it promises on the wire. */
class FarmChannelTest {

    @Test
    void aNodeSendsWithoutNaglesWaitEncryptsEveryMessageAndAdmitsOnlyTheFarmsToken() throws Exception {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        int port; // a port free now: the stack is built here, not connected (nothing binds it)
        try (ServerSocket free = new ServerSocket(0, 1, loopback)) {
            port = free.getLocalPort();
        }
        FarmSettings settings = new FarmSettings("web", port, List.of(new InetSocketAddress(loopback, port)),
                "sixteen-chars-and-more", "ftp2", loopback);
        try (JChannel channel = FarmChannel.create(settings, FarmKeys.derive(settings.secret(), settings.name()))) {
            TCP tcp = (TCP) channel.getProtocolStack().getTransport();
            assertThat(tcp.tcpNodelay()).as("TCP_NODELAY: an answer's last segment does not wait for a delayed ACK").isTrue();
            assertThat(tcp.getBindAddress()).isEqualTo(loopback);
            SYM_ENCRYPT encrypt = channel.getProtocolStack().findProtocol(SYM_ENCRYPT.class);
            assertThat(encrypt.symAlgorithm()).isEqualTo(FarmKeys.CIPHER);
            AUTH auth = channel.getProtocolStack().findProtocol(AUTH.class);
            assertThat(auth.getAuthToken()).isInstanceOf(FarmJoinToken.class);
            assertThat(channel.getName()).isEqualTo("ftp2");
        }
    }
}
