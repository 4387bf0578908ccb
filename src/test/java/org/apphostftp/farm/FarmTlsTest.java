package org.apphostftp.farm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import org.apphostftp.security.SelfSignedCertificate;
import org.junit.jupiter.api.Test;

/**
 * Node-to-node TLS: two nodes of one farm talk; a node with another secret, or any certificate the secret did not
 * endorse, is refused in either role; a byte changed on the wire after the handshake ends the connection and is never
 * delivered.
 */
class FarmTlsTest {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    private static final byte[] FARM = FarmKeys.derive("farm-test-secret-0123456789", "test").endorsement();
    private static final byte[] OTHER_FARM = FarmKeys.derive("not-the-farm-secret-at-all", "test").endorsement();

    @Test
    void twoNodesOfOneFarmTalkOverTls13() throws Exception {
        try (SSLServerSocket server = listen(FarmTls.context(FARM))) {
            CompletableFuture<SSLSocket> accepted = CompletableFuture.supplyAsync(() -> acceptAndShake(server));
            try (SSLSocket client = connect(FarmTls.context(FARM), server.getLocalPort())) {
                client.startHandshake();
                assertThat(client.getSession().getProtocol()).isEqualTo("TLSv1.3");
                client.getOutputStream().write("view\n".getBytes(StandardCharsets.US_ASCII));
                client.getOutputStream().flush();
                try (SSLSocket node = accepted.get(10, TimeUnit.SECONDS)) {
                    byte[] line = new byte[5];
                    new java.io.DataInputStream(node.getInputStream()).readFully(line);
                    assertThat(new String(line, StandardCharsets.US_ASCII)).isEqualTo("view\n");
                }
            }
        }
    }

    @Test
    void aNodeWithAnotherSecretIsRefusedAsClientAndAsServer() throws Exception {
        assertRefused(FarmTls.context(FARM), FarmTls.context(OTHER_FARM));
        assertRefused(FarmTls.context(OTHER_FARM), FarmTls.context(FARM));
    }

    @Test
    void aSelfSignedCertificateTheSecretDidNotEndorseIsRefused() throws Exception {
        SelfSignedCertificate stranger = SelfSignedCertificate.create(List.of("node.farm.apphost-ftp.invalid"), List.of(),
                Duration.ofDays(1), Instant.now());
        assertRefused(FarmTls.context(FARM), withCertificate(stranger));
    }

    @Test
    void aByteChangedOnTheWireAfterTheHandshakeEndsTheConnectionUndelivered() throws Exception {
        try (SSLServerSocket server = listen(FarmTls.context(FARM)); TamperingProxy proxy = new TamperingProxy(server.getLocalPort())) {
            CompletableFuture<SSLSocket> accepted = CompletableFuture.supplyAsync(() -> acceptAndShake(server));
            try (SSLSocket client = connect(FarmTls.context(FARM), proxy.port())) {
                client.startHandshake();
                SSLSocket node = accepted.get(10, TimeUnit.SECONDS); // the server has read the client's Finished
                proxy.tamper.set(true);
                client.getOutputStream().write("terminate s-1\n".getBytes(StandardCharsets.US_ASCII));
                client.getOutputStream().flush();
                try (node) {
                    node.setSoTimeout(10_000);
                    assertThatThrownBy(() -> node.getInputStream().read()).isInstanceOf(SSLException.class);
                }
            }
        }
    }

    private static void assertRefused(SSLContext serverSide, SSLContext clientSide) throws Exception {
        try (SSLServerSocket server = listen(serverSide)) {
            CompletableFuture<String> received = CompletableFuture.supplyAsync(() -> readLine(server));
            try (SSLSocket client = connect(clientSide, server.getLocalPort())) {
                assertThatThrownBy(() -> {
                    client.startHandshake();
                    client.getOutputStream().write("view\n".getBytes(StandardCharsets.US_ASCII));
                    client.getOutputStream().flush();
                    client.getInputStream().read(); // TLS 1.3: a client learns of its refusal when it reads
                }).isInstanceOf(IOException.class);
            }
            assertThat(received.get(10, TimeUnit.SECONDS)).startsWith("refused:");
        }
    }

    private static SSLContext withCertificate(SelfSignedCertificate certificate) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("node", certificate.key(), new char[0], new X509Certificate[] {certificate.certificate()});
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, new char[0]);
        SSLContext context = SSLContext.getInstance(FarmTls.PROTOCOL);
        context.init(keys.getKeyManagers(), new TrustManager[] {new FarmTls.Endorsed(FARM)}, new SecureRandom()); // it trusts us
        return context;
    }

    private static SSLServerSocket listen(SSLContext context) throws IOException {
        SSLServerSocket server = (SSLServerSocket) context.getServerSocketFactory().createServerSocket(0, 5, LOOPBACK);
        server.setNeedClientAuth(true); // as JGroups' TLS with client_auth NEED
        server.setEnabledProtocols(new String[] {FarmTls.PROTOCOL});
        server.setSoTimeout(10_000);
        return server;
    }

    private static SSLSocket connect(SSLContext context, int port) throws IOException {
        SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(LOOPBACK, port);
        socket.setEnabledProtocols(new String[] {FarmTls.PROTOCOL});
        socket.setSoTimeout(10_000);
        return socket;
    }

    /** The first line the server receives, or "refused: ..." when its side of the handshake fails. */
    private static String readLine(SSLServerSocket server) {
        try (Socket s = server.accept()) {
            s.setSoTimeout(10_000);
            StringBuilder line = new StringBuilder();
            InputStream in = s.getInputStream();
            for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
                line.append((char) c);
            }
            return line.toString();
        } catch (IOException e) {
            return "refused: " + e.getMessage();
        }
    }

    private static SSLSocket acceptAndShake(SSLServerSocket server) {
        try {
            SSLSocket s = (SSLSocket) server.accept();
            s.setSoTimeout(10_000);
            s.startHandshake();
            return s;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Forwards bytes between a client and 127.0.0.1:target; once {@link #tamper} is set, flips a bit of what the client sends. */
    private static final class TamperingProxy implements AutoCloseable {

        final AtomicBoolean tamper = new AtomicBoolean();
        private final ServerSocket listener = new ServerSocket();
        private final List<Thread> pumps = new java.util.concurrent.CopyOnWriteArrayList<>();
        private volatile Socket client;
        private volatile Socket upstream;

        TamperingProxy(int target) throws IOException {
            listener.bind(new InetSocketAddress(LOOPBACK, 0));
            Thread acceptor = daemon(() -> {
                try {
                    client = listener.accept();
                    upstream = new Socket(LOOPBACK, target);
                    pumps.add(daemon(() -> pump(client, upstream, true)));
                    pumps.add(daemon(() -> pump(upstream, client, false)));
                } catch (IOException e) {
                    // closed: the test is over
                }
            });
            pumps.add(acceptor);
        }

        int port() {
            return listener.getLocalPort();
        }

        private static Thread daemon(Runnable job) {
            Thread t = new Thread(job, "tampering-proxy");
            t.setDaemon(true);
            t.start();
            return t;
        }

        private void pump(Socket from, Socket to, boolean fromClient) {
            byte[] buffer = new byte[16_384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    if (fromClient && tamper.get()) {
                        buffer[n - 1] ^= 0x01; // the last byte of a record: its authentication tag
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // one side closed
            }
        }

        @Override
        public void close() throws IOException {
            listener.close();
            for (Socket s : new Socket[] {client, upstream}) {
                if (s != null) {
                    s.close();
                }
            }
        }
    }
}
