package org.apphostftp.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.apphostftp.ResumingFtpsClient;
import org.apphostftp.ResumingTlsSocket;

/**
 * An explicit-FTPS test client that shows every reply as text: AUTH TLS, then PBSZ 0 and PROT P after login. Its data
 * connections resume the control connection's TLS session, as curl, lftp and FileZilla do.
 */
final class TlsFtp implements AutoCloseable {

    private final SSLContext context;
    private final String protocol;
    private final SSLSocket control;
    private final InputStream in;
    private final OutputStream out;

    private TlsFtp(SSLContext context, String protocol, SSLSocket control) throws IOException {
        this.context = context;
        this.protocol = protocol;
        this.control = control;
        this.in = control.getInputStream();
        this.out = control.getOutputStream();
    }

    /** Logged in as bob/pw on 127.0.0.1:{@code port} with {@code protocol} (TLSv1.3 or TLSv1.2), data protected. */
    static TlsFtp login(int port, String protocol) throws Exception {
        SSLContext context = ResumingFtpsClient.trustAll();
        Socket plain = new Socket(InetAddress.getLoopbackAddress(), port);
        plain.setSoTimeout(10_000);
        InputStream raw = plain.getInputStream();
        assertThat(reply(raw)).startsWith("220");
        plain.getOutputStream().write("AUTH TLS\r\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(reply(raw)).startsWith("234");
        SSLSocket s = (SSLSocket) context.getSocketFactory().createSocket(plain, "127.0.0.1", port, true);
        s.setUseClientMode(true);
        s.setEnabledProtocols(new String[] {protocol});
        s.startHandshake();
        TlsFtp ftp = new TlsFtp(context, protocol, s);
        assertThat(ftp.command("USER bob")).startsWith("331");
        assertThat(ftp.command("PASS pw")).startsWith("230");
        assertThat(ftp.command("PBSZ 0")).startsWith("200");
        assertThat(ftp.command("PROT P")).startsWith("200");
        return ftp;
    }

    void send(String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The next whole reply, its lines ending in LF, as the server sent it. */
    String reply() throws IOException {
        return reply(in);
    }

    String command(String line) throws IOException {
        send(line);
        return reply();
    }

    /** PASV's port. */
    int pasvPort() throws IOException {
        String r = command("PASV");
        String[] p = r.substring(r.indexOf('(') + 1, r.indexOf(')')).split(",");
        return Integer.parseInt(p[4]) * 256 + Integer.parseInt(p[5]);
    }

    /** PASV and the data connection, still plain: {@link #protect} it once the server answered the transfer command. */
    Socket pasv() throws IOException {
        return connect(pasvPort());
    }

    /** A plain connection from 127.0.0.1 to {@code port}. */
    static Socket connect(int port) throws IOException {
        Socket plain = new Socket(InetAddress.getLoopbackAddress(), port);
        plain.setSoTimeout(10_000);
        return plain;
    }

    /** The TLS handshake on a data connection (the server starts it when the transfer begins), resuming the control's session. */
    Socket protect(Socket plain) throws IOException {
        return ResumingTlsSocket.wrap(context, plain, "127.0.0.1", control.getPort(), protocol);
    }

    @Override
    public void close() throws IOException {
        control.close();
    }

    /** Reads one reply byte by byte, so nothing after it is consumed. */
    private static String reply(InputStream in) throws IOException {
        StringBuilder all = new StringBuilder();
        while (true) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) >= 0 && b != '\n') {
                line.write(b);
            }
            if (b < 0) {
                throw new IOException("the server closed the control connection after: " + all + line);
            }
            String text = line.toString(StandardCharsets.UTF_8);
            all.append(text).append('\n');
            if (text.length() >= 4 && Character.isDigit(text.charAt(0)) && text.charAt(3) == ' ') {
                return all.toString();
            }
        }
    }
}
