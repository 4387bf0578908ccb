package org.apphostftp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A byte-exact FTP client on a plain socket: it counts every byte it sends and receives on the control and data
 * connections, so tests can compare the server's bytesSent/bytesReceived with the truth.
 */
public final class RawFtp implements AutoCloseable {

    private final Socket control;
    private final InputStream in;
    private final OutputStream out;
    private long received;
    private long sent;

    public RawFtp(int port) {
        try {
            control = new Socket(InetAddress.getLoopbackAddress(), port);
            control.setSoTimeout(10_000);
            in = control.getInputStream();
            out = control.getOutputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Everything the server sent on the control connection up to and including the next final reply. */
    public String reply() {
        StringBuilder all = new StringBuilder();
        while (true) {
            String line = line();
            all.append(line).append("\r\n");
            if (line.length() >= 4 && Character.isDigit(line.charAt(0)) && line.charAt(3) == ' ') {
                return all.toString();
            }
        }
    }

    /** The code of the next reply. */
    public int code() {
        return Integer.parseInt(reply().lines().reduce((a, b) -> b).orElseThrow().substring(0, 3));
    }

    private String line() {
        try {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) >= 0) {
                received++;
                if (b == '\n') {
                    break;
                }
                if (b != '\r') {
                    buf.write(b);
                }
            }
            if (b < 0 && buf.size() == 0) {
                throw new IOException("connection closed");
            }
            return buf.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends one command line (CRLF added). */
    public RawFtp send(String line) {
        try {
            byte[] bytes = (line + "\r\n").getBytes(StandardCharsets.UTF_8);
            out.write(bytes);
            out.flush();
            sent += bytes.length;
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends a command and returns the code of its final reply. */
    public int command(String line) {
        send(line);
        return code();
    }

    /** PASV, then opens the data connection. */
    public Socket pasv() {
        int port = pasvPort();
        try {
            Socket data = new Socket(InetAddress.getLoopbackAddress(), port);
            data.setSoTimeout(10_000);
            return data;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** PASV, and the port it announced (nothing connected yet). */
    public int pasvPort() {
        send("PASV");
        String reply = reply();
        String[] p = reply.substring(reply.indexOf('(') + 1, reply.indexOf(')')).split(",");
        return Integer.parseInt(p[4]) * 256 + Integer.parseInt(p[5]);
    }

    /** Reads the data connection to its end and counts the bytes. */
    public byte[] readAll(Socket data) {
        try (data) {
            byte[] bytes = data.getInputStream().readAllBytes();
            received += bytes.length;
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code bytes} to the data connection, then closes it (end of file), counting the bytes. */
    public void writeAll(Socket data, byte[] bytes) {
        try (data) {
            data.getOutputStream().write(bytes);
            sent += bytes.length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bytes this client received (what the server sent), control and data. */
    public long received() {
        return received;
    }

    /** Bytes this client sent (what the server received), control and data. */
    public long sent() {
        return sent;
    }

    public InputStream input() {
        return in;
    }

    @Override
    public void close() {
        try {
            control.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
