package org.apphostftp.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Terminate in the middle of a download: a client reads a big file at full speed; once 32 MiB have arrived the
 * session is terminated through the admin access. Measures how long until the client reads the 421 on its control
 * connection, and until its data connection ends (and that the file did not arrive whole).
 */
final class TerminateFigure {

    private static final long MID_TRANSFER = 32L << 20;
    private static final long WAIT_NANOS = TimeUnit.SECONDS.toNanos(10);

    /** One measurement; a negative time means the event did not happen within 10 s. */
    record Outcome(double replyMs, double dataEndMs, long received, String reply) {
    }

    private final AdminAccess admin;
    private final int port;
    private final String user;
    private final String password;
    private final String path;

    TerminateFigure(AdminAccess admin, int port, String user, String password, String path) {
        this.admin = admin;
        this.port = port;
        this.user = user;
        this.password = password;
        this.path = path;
    }

    Outcome once() throws Exception {
        try (FtpControl control = FtpControl.connect(port).login(user, password)) {
            control.command("TYPE I");
            InetSocketAddress address = control.pasv();
            try (Socket data = new Socket()) {
                data.connect(address, 10_000);
                control.send("RETR " + path);
                String opening = control.reply();
                if (FtpControl.code(opening) != 150 && FtpControl.code(opening) != 125) {
                    throw new IOException("RETR " + path + " answered: " + opening);
                }
                AtomicLong received = new AtomicLong();
                AtomicLong dataEnd = new AtomicLong();
                CountDownLatch dataDone = new CountDownLatch(1);
                Thread reader = new Thread(() -> readAll(data, received, dataEnd, dataDone), "bench-data-reader");
                reader.setDaemon(true);
                reader.start();
                long until = System.nanoTime() + WAIT_NANOS;
                while (received.get() < MID_TRANSFER && dataDone.getCount() > 0 && System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
                if (received.get() < MID_TRANSFER) {
                    throw new IOException("the download did not reach " + (MID_TRANSFER >> 20) + " MiB within 10 s");
                }
                String sessionId = admin.sessionOnClientPort(control.localPort());
                AtomicLong replyAt = new AtomicLong();
                StringBuilder reply = new StringBuilder();
                CountDownLatch replied = new CountDownLatch(1);
                Thread watcher = new Thread(() -> await421(control, replyAt, reply, replied), "bench-control-reader");
                watcher.setDaemon(true);
                watcher.start();
                long t0 = System.nanoTime();
                admin.terminate(sessionId);
                boolean gotReply = replied.await(10, TimeUnit.SECONDS);
                boolean ended = dataDone.await(10, TimeUnit.SECONDS);
                return new Outcome(gotReply && replyAt.get() > 0 ? (replyAt.get() - t0) / 1e6 : -1,
                        ended ? (dataEnd.get() - t0) / 1e6 : -1, received.get(), reply.toString());
            }
        }
    }

    private static void readAll(Socket data, AtomicLong received, AtomicLong end, CountDownLatch done) {
        byte[] buffer = new byte[1 << 20];
        try {
            InputStream in = data.getInputStream();
            int n;
            while ((n = in.read(buffer)) > 0) {
                received.addAndGet(n);
            }
        } catch (IOException e) {
            // a reset ends the data as well
        } finally {
            end.set(System.nanoTime());
            done.countDown();
        }
    }

    private static void await421(FtpControl control, AtomicLong at, StringBuilder reply, CountDownLatch done) {
        try {
            for (int i = 0; i < 100; i++) {
                String r = control.reply();
                if (r.startsWith("421")) {
                    at.set(System.nanoTime());
                    reply.append(r);
                    return;
                }
            }
        } catch (IOException e) {
            // closed without a 421: reported as missing
        } finally {
            done.countDown();
        }
    }
}
