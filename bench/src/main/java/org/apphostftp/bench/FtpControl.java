package org.apphostftp.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimal blocking FTP control connection on 127.0.0.1: enough to log in, ask for PASV and send a command. Holds a
 * small read buffer only, so thousands of idle ones stay cheap.
 */
final class FtpControl implements AutoCloseable {

    private static final Pattern PASV = Pattern.compile("\\((\\d+),(\\d+),(\\d+),(\\d+),(\\d+),(\\d+)\\)");

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    private FtpControl(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new BufferedInputStream(socket.getInputStream(), 512);
        this.out = socket.getOutputStream();
    }

    /** Connects and reads the 220 banner. */
    static FtpControl connect(int port) throws IOException {
        Socket s = new Socket();
        try {
            s.setTcpNoDelay(true);
            s.setSoTimeout(30_000);
            s.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            FtpControl c = new FtpControl(s);
            c.expect(220, c.reply());
            return c;
        } catch (IOException e) {
            s.close();
            throw e;
        }
    }

    /** USER and PASS; throws unless the server answers 230. */
    FtpControl login(String user, String password) throws IOException {
        String r = command("USER " + user);
        if (code(r) == 331) {
            r = command("PASS " + password);
        }
        expect(230, r);
        return this;
    }

    /** Sends one command line and returns its whole reply. */
    String command(String line) throws IOException {
        send(line);
        return reply();
    }

    void send(String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** PASV; the data address of the reply. */
    InetSocketAddress pasv() throws IOException {
        String r = command("PASV");
        expect(227, r);
        Matcher m = PASV.matcher(r);
        if (!m.find()) {
            throw new IOException("unreadable 227 reply: " + r);
        }
        return new InetSocketAddress(m.group(1) + "." + m.group(2) + "." + m.group(3) + "." + m.group(4),
                Integer.parseInt(m.group(5)) * 256 + Integer.parseInt(m.group(6)));
    }

    /** One whole reply, multi-line replies included (their lines joined with \n). */
    String reply() throws IOException {
        String first = line();
        if (first.length() < 4 || first.charAt(3) != '-') {
            return first;
        }
        StringBuilder all = new StringBuilder(first);
        String end = first.substring(0, 3) + " ";
        for (int i = 0; i < 1000; i++) {
            String next = line();
            all.append('\n').append(next);
            if (next.startsWith(end)) {
                return all.toString();
            }
        }
        throw new IOException("reply longer than 1000 lines");
    }

    private String line() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(80);
        for (int i = 0; i < 8192; i++) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the server closed the control connection");
            }
            if (b == '\n') {
                String s = bytes.toString(StandardCharsets.UTF_8);
                return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
            }
            bytes.write(b);
        }
        throw new IOException("reply line longer than 8 KiB");
    }

    static int code(String reply) {
        return reply.length() < 3 ? -1 : Integer.parseInt(reply.substring(0, 3));
    }

    private static void expect(int code, String reply) throws IOException {
        if (code(reply) != code) {
            throw new IOException("expected " + code + ", got: " + reply);
        }
    }

    int localPort() {
        return socket.getLocalPort();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // nothing left to do
        }
    }
}
