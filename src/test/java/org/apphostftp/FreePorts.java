package org.apphostftp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ephemeral ports on 127.0.0.1 for configurations that must name their port. The kernel may hand the same ephemeral
 * port out again right after it was closed, so a port is given to one caller of this JVM only: two sites of one
 * configuration never get the same port (a duplicate binding is a configuration error). When surefire runs the tests in
 * several JVMs at once ({@code apphost.test.forks} of them, this one numbered {@code apphost.test.fork} from 1), each JVM
 * takes only its own share of the ports (by port / 2, as Linux hands out mostly odd ports to bind), so two JVMs of one
 * build never hand out the same port either.
 */
public final class FreePorts {

    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();
    private static final int FORKS = Math.max(1, Integer.getInteger("apphost.test.forks", 1));
    private static final int FORK = Math.floorMod(Integer.getInteger("apphost.test.fork", 1) - 1, FORKS);

    private FreePorts() {
    }

    public static int next() {
        while (true) {
            try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                if (share(s.getLocalPort(), FORKS) == FORK && HANDED_OUT.add(s.getLocalPort())) {
                    return s.getLocalPort();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Which of {@code forks} JVMs (0-based) may hand out {@code port}: neighbouring odd ports go to different JVMs. */
    static int share(int port, int forks) {
        return (port / 2) % forks;
    }

    /** This JVM's share (0-based) and the number of shares, as {@link #next()} uses them. */
    static int[] ownShare() {
        return new int[] {FORK, FORKS};
    }
}
