package org.apphostftp.session;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The live state of one control connection, updated by the FTP layer as commands, replies and bytes pass, and read
 * by the config API as {@link SessionInfo} snapshots. Counters are exact under concurrency (the I/O thread counts
 * control bytes while a transfer thread counts data bytes) and cost one uncontended atomic add per update.
 */
public final class LiveSession {

    /** What Terminate does for this session; installed by the FTP layer. */
    public interface Terminator {
        void terminate();
    }

    /** The current and previous command lines; the text of the current one's time is made once, when first listed. */
    private static final class Commands {
        final String current;
        final Instant currentTime;
        final String previous;
        private String currentTimeText; // racy single check: a String is safe to publish this way

        Commands(String current, Instant currentTime, String previous) {
            this.current = current;
            this.currentTime = currentTime;
            this.previous = previous;
        }

        String currentTimeText() {
            String text = currentTimeText;
            if (text == null) {
                text = IsoTime.format(currentTime);
                currentTimeText = text;
            }
            return text;
        }
    }

    private final String sessionId = UUID.randomUUID().toString().toLowerCase(Locale.ROOT);
    private final Instant startTime;
    private final String startTimeText;
    private final String clientIp;
    private final int clientPort;
    private final String serverIp;
    private final int serverPort;
    private final AtomicLong bytesSent = new AtomicLong();
    private final AtomicLong bytesReceived = new AtomicLong();
    private final AtomicBoolean terminated = new AtomicBoolean();

    private volatile String siteName;
    private volatile String hostName = "";
    private volatile String userName = "";
    private volatile Commands commands;
    private volatile int lastReply;
    private volatile String currentDirectory = "";
    private volatile boolean secureControl;
    private volatile boolean secureData;
    private volatile Terminator terminator;

    public LiveSession(String siteName, String clientIp, int clientPort, String serverIp, int serverPort, Instant startTime,
                       boolean secureControl) {
        this.siteName = siteName;
        this.clientIp = clientIp;
        this.clientPort = clientPort;
        this.serverIp = serverIp;
        this.serverPort = serverPort;
        this.startTime = startTime;
        this.startTimeText = IsoTime.format(startTime);
        this.secureControl = secureControl;
        this.commands = new Commands("", startTime, "");
    }

    public String sessionId() {
        return sessionId;
    }

    public String siteName() {
        return siteName;
    }

    public String userName() {
        return userName;
    }

    public String clientIp() {
        return clientIp;
    }

    public Instant startTime() {
        return startTime;
    }

    /** A command line arrived (called by the one thread that reads this connection). */
    public void commandReceived(String line, Instant at) {
        commands = new Commands(line, at, commands.current);
    }

    public void replySent(int code) {
        lastReply = code;
    }

    public void addBytesSent(long n) {
        bytesSent.addAndGet(n);
    }

    public void addBytesReceived(long n) {
        bytesReceived.addAndGet(n);
    }

    public long bytesSent() {
        return bytesSent.get();
    }

    public long bytesReceived() {
        return bytesReceived.get();
    }

    /** The session now belongs to another site of the same endpoint (HOST or USER host|user). */
    public void moveTo(String site, String host) {
        this.siteName = site;
        this.hostName = host;
    }

    public void userName(String name) {
        this.userName = name;
    }

    public void currentDirectory(String directory) {
        this.currentDirectory = directory;
    }

    public void secureControl(boolean secure) {
        this.secureControl = secure;
    }

    public void secureData(boolean secure) {
        this.secureData = secure;
    }

    public void terminator(Terminator t) {
        this.terminator = t;
    }

    /**
     * Ends the session as an administrator asked: 421, abort the transfer, close. Returns false when the session was
     * already terminated (a second Terminate of the same id is a not-found, as in IIS).
     */
    public boolean terminate() {
        Terminator t = terminator;
        if (t == null || !terminated.compareAndSet(false, true)) {
            return false;
        }
        t.terminate();
        return true;
    }

    public boolean isTerminated() {
        return terminated.get();
    }

    public SessionInfo snapshot() {
        Commands c = commands;
        return new SessionInfo(sessionId, siteName, hostName, userName, clientIp, clientPort, serverIp, serverPort, startTime,
                c.current, c.currentTime, c.previous, lastReply, bytesSent.get(), bytesReceived.get(), currentDirectory,
                secureControl, secureData);
    }

    /**
     * A time of one of this session's snapshots as the sessions section shows it ({@link SessionInfo#attribute}), made
     * once per time: a listing of thousands of sessions would otherwise spend a quarter of its time formatting them.
     */
    public String timeText(Instant time) {
        if (time == startTime) {
            return startTimeText;
        }
        Commands c = commands;
        return time == c.currentTime ? c.currentTimeText() : IsoTime.format(time);
    }
}
