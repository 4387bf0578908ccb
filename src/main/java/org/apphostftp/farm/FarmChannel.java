package org.apphostftp.farm;

import java.util.List;
import org.jgroups.JChannel;
import org.jgroups.protocols.AUTH;
import org.jgroups.protocols.FD_ALL3;
import org.jgroups.protocols.FD_SOCK2;
import org.jgroups.protocols.FRAG4;
import org.jgroups.protocols.MERGE3;
import org.jgroups.protocols.SYM_ENCRYPT;
import org.jgroups.protocols.TCP;
import org.jgroups.protocols.TCPPING;
import org.jgroups.protocols.UNICAST3;
import org.jgroups.protocols.VERIFY_SUSPECT2;
import org.jgroups.protocols.pbcast.GMS;
import org.jgroups.protocols.pbcast.NAKACK2;
import org.jgroups.protocols.pbcast.STABLE;
import org.jgroups.stack.Protocol;

/**
 * The JGroups stack of a farm, built in code (no XML to ship or to get wrong): TCP with TCP_NODELAY on the node's
 * address, the members list for discovery (TCPPING), MERGE3 to heal a partition, FD_SOCK2 (a killed process is seen at
 * once) and FD_ALL3 (a silent one within {@link #SILENT_NODE_TIMEOUT_MS}), SYM_ENCRYPT (AES-256-CBC, a fresh IV per
 * message) keyed by the farm secret, reliable delivery, and AUTH with the farm's join token.
 */
final class FarmChannel {

    static final long SILENT_NODE_TIMEOUT_MS = 4000;

    private FarmChannel() {
    }

    static JChannel create(FarmSettings settings, FarmKeys keys) throws Exception {
        TCP tcp = new TCP();
        tcp.setBindAddress(settings.address());
        tcp.setBindPort(settings.listen().getPort());
        tcp.setPortRange(0);
        // JGroups' default is Nagle's algorithm: the last segment of an answer then waits for the ACK the receiver
        // delays (up to 40 ms on Linux); a listing of the farm's sessions spent most of its time there
        tcp.tcpNodelay(true);
        TCPPING discovery = new TCPPING();
        discovery.setInitialHosts(settings.members());
        discovery.setPortRange(0);
        MERGE3 merge = new MERGE3().setMinInterval(1000).setMaxInterval(3000);
        FD_SOCK2 killed = new FD_SOCK2();
        killed.setBindAddress(settings.address());
        FD_ALL3 silent = new FD_ALL3();
        silent.setTimeout(SILENT_NODE_TIMEOUT_MS);
        silent.setInterval(1000);
        VERIFY_SUSPECT2 verify = new VERIFY_SUSPECT2().setTimeout(1000);
        SYM_ENCRYPT encrypt = new SYM_ENCRYPT();
        encrypt.symAlgorithm(FarmKeys.CIPHER);
        encrypt.symIvLength(FarmKeys.NONCE_BYTES);
        encrypt.setSecretKey(keys.encryption());
        AUTH auth = new AUTH();
        auth.setAuthToken(new FarmJoinToken(keys.joinToken()));
        GMS gms = new GMS().setJoinTimeout(3000);
        gms.setMaxJoinAttempts(2);
        List<Protocol> stack = List.of(tcp, discovery, merge, killed, silent, verify, encrypt, new NAKACK2(), new UNICAST3(),
                new STABLE(), auth, gms, new FRAG4());
        JChannel channel = new JChannel(stack);
        channel.name(settings.node());
        return channel;
    }
}
