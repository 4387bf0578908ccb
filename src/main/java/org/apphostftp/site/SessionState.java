package org.apphostftp.site;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.mina.core.session.IoSession;
import org.apphostftp.security.ConnectionTls;
import org.apphostftp.security.Identity;
import org.apphostftp.session.LiveSession;
import org.apphostftp.site.data.ChannelDataConnectionFactory;
import org.apphostftp.site.data.DataChannelPolicy;
import org.apphostftp.site.data.TransferLimits;

/**
 * Our state of one control connection, kept as an attribute of its MINA session: the live session the config API
 * sees, the site it belongs to now, the login in progress, and the per-command bookkeeping of the W3C log.
 */
public final class SessionState implements DataChannelPolicy {

    static final String KEY = SessionState.class.getName();

    private final LiveSession live;
    private final EndpointServer endpoint;
    private final InetAddress client;
    private final IoSession io;
    private volatile SiteRuntime site;
    private volatile boolean counted;
    private volatile boolean addressChecked;
    private volatile Identity identity;
    private volatile ChannelDataConnectionFactory data;
    private final ConcurrentLinkedQueue<Runnable> releases = new ConcurrentLinkedQueue<>();
    private final AtomicReference<ScheduledFuture<?>> loginDeadline = new AtomicReference<>();
    private volatile boolean draining;
    private final java.util.concurrent.atomic.AtomicBoolean ended = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile Consumer<SessionEnd.Reason> ending = reason -> { };

    // touched only by the session's own (ordered) command thread; replies written from other threads (Terminate,
    // site stop) are Replies.Termination and skip the per-command bookkeeping
    private String pendingUser;
    private boolean hostSelected;
    private long restOffset;
    private boolean epsvAll;
    private Instant commandStart;
    private String commandVerb = "";
    private String commandName = "";
    private String commandArgument = "";
    private String commandPath = "";
    private int commandSubstatus;
    private long sentAtStart;
    private long receivedAtStart;
    private volatile boolean commandLogged = true;

    SessionState(LiveSession live, EndpointServer endpoint, SiteRuntime site, IoSession io) {
        this.live = live;
        this.endpoint = endpoint;
        this.site = site;
        this.client = ((InetSocketAddress) io.getRemoteAddress()).getAddress();
        this.io = io;
    }

    public static SessionState of(IoSession io) {
        return (SessionState) io.getAttribute(KEY);
    }

    @Override
    public LiveSession live() {
        return live;
    }

    public EndpointServer endpoint() {
        return endpoint;
    }

    public InetAddress client() {
        return client;
    }

    public SiteRuntime site() {
        return site;
    }

    /** Whether a session may join a site. */
    public enum Admission { ADMITTED, FULL, ADDRESS_DENIED }

    /**
     * Joins {@code target} (the connect site of a single-site endpoint, or the site HOST or USER host|user selects):
     * its ipSecurity rules must allow the client, and it must have room under maxConnections. The session's slot moves
     * with it, so connection counts stay exact; a refused session keeps its current site.
     */
    public synchronized Admission admit(SiteRuntime target, String hostName) {
        if ((target != site || !addressChecked)
                && !endpoint.services().logins().allows(target.config().policies().siteLevel().ipSecurity(), client)) {
            return Admission.ADDRESS_DENIED;
        }
        addressChecked = true;
        if (target != site) {
            if (!target.tryConnect()) {
                return Admission.FULL;
            }
            if (counted) {
                site.disconnect();
            }
            counted = true;
            site = target;
        }
        live.moveTo(target.name(), hostName);
        return Admission.ADMITTED;
    }

    void counted(boolean isCounted) {
        this.counted = isCounted;
    }

    /** Something a connection rule took for this session, given back once when it closes. */
    void onRelease(Runnable release) {
        releases.add(release);
    }

    /** Releases the connection slot of the current site and what the connection rules took (at close; once). */
    synchronized void release() {
        if (counted) {
            counted = false;
            site.disconnect();
        }
        for (Runnable r; (r = releases.poll()) != null; ) {
            r.run();
        }
    }

    /** Replaces the pending unauthenticatedTimeout deadline; returns the previous one (to cancel). */
    ScheduledFuture<?> loginDeadline(ScheduledFuture<?> next) {
        return loginDeadline.getAndSet(next);
    }

    /** The server is stopping: the session ends when its running command has replied. */
    boolean draining() {
        return draining;
    }

    void draining(boolean value) {
        this.draining = value;
    }

    /** A command has been received and its final reply has not been sent yet (a transfer may be running). */
    boolean commandRunning() {
        return !commandLogged;
    }

    /** How the gate ends this session (421, abort the transfer, close). */
    void ending(Consumer<SessionEnd.Reason> end) {
        this.ending = end;
    }

    /** Ends the session from another thread (Terminate, site stop, shutdown). */
    void end(SessionEnd.Reason reason) {
        ending.accept(reason);
    }

    /** Marks the session as being ended by the server; true only for the first caller. */
    boolean markEnded() {
        return ended.compareAndSet(false, true);
    }

    boolean ended() {
        return ended.get();
    }

    public Optional<Identity> identity() {
        return Optional.ofNullable(identity);
    }

    public void loggedIn(Identity who) {
        this.identity = who;
    }

    public String pendingUser() {
        return pendingUser;
    }

    public void pendingUser(String user) {
        this.pendingUser = user;
    }

    public boolean hostSelected() {
        return hostSelected;
    }

    public void hostSelected(boolean selected) {
        this.hostSelected = selected;
    }

    /** REST offset, kept until a transfer uses it (MINA would lose it at the next PASV or TYPE). */
    public long takeRestOffset() {
        long offset = restOffset;
        restOffset = 0;
        return offset;
    }

    public void restOffset(long offset) {
        this.restOffset = offset;
    }

    /** EPSV ALL was sent: PORT, EPRT and PASV are refused from now on (RFC 2428). */
    boolean epsvAll() {
        return epsvAll;
    }

    void epsvAll(boolean all) {
        this.epsvAll = all;
    }

    public Optional<ChannelDataConnectionFactory> data() {
        return Optional.ofNullable(data);
    }

    void data(ChannelDataConnectionFactory factory) {
        this.data = factory;
    }

    // --------------------------------------------------------------------------- W3C command bookkeeping

    void commandStarted(Instant at, String verb, String name, String argument) {
        commandStart = at;
        commandVerb = verb;
        commandName = name;
        commandArgument = argument;
        commandPath = "";
        commandSubstatus = 0;
        sentAtStart = live.bytesSent();
        receivedAtStart = live.bytesReceived();
        commandLogged = false;
    }

    /** The verb of the command being handled as MINA knows it (XCWD → CWD). */
    String commandName() {
        return commandName;
    }

    /** The IIS substatus of a refusal of the running command (sc-substatus). */
    public void commandSubstatus(int substatus) {
        this.commandSubstatus = substatus;
    }

    /** The virtual path the running command acts on (for x-fullpath). */
    public void commandPath(String virtualPath) {
        this.commandPath = virtualPath;
    }

    /** The record of the running command when its first final reply ({@code code} ≥ 200) passes; once per command. */
    Optional<CommandRecord> commandFinished(int code, Instant at) {
        if (commandLogged || code < 200 || commandStart == null) {
            return Optional.empty();
        }
        commandLogged = true;
        long win32 = code == 530 && commandVerb.equals("PASS") ? 1326 : 0;
        return Optional.of(new CommandRecord(site.config(), live, at, commandVerb, commandArgument, commandPath, code, commandSubstatus, win32,
                live.bytesSent() - sentAtStart, live.bytesReceived() - receivedAtStart,
                at.toEpochMilli() - commandStart.toEpochMilli(), 0));
    }

    /**
     * Logs the running command with the final reply {@code code} it wrote, when that reply never passed the session
     * filter because the connection closed first (Terminate, client gone): every transfer gets its one W3C line.
     */
    public void commandEnded(int code) {
        commandFinished(code, Instant.now()).ifPresent(endpoint.services().log()::record);
    }

    // --------------------------------------------------------------------------------- DataChannelPolicy

    @Override
    public TransferLimits limits() {
        var c = site.config().ftp().connections();
        return new TransferLimits(c.dataChannelTimeout(), c.minBytesPerSecond(), site.config().ftp().fileHandling().modeZMaxRatio());
    }

    @Override
    public void dataChannelEvent(boolean opened, int localPort) {
        endpoint.services().log().record(new CommandRecord(site.config(), live, Instant.now(),
                opened ? "DataChannelOpened" : "DataChannelClosed", "", "", 0, 0, 0, 0, 0, 0, localPort));
    }

    @Override
    public boolean passivePeerMustMatch() {
        return site.config().ftp().dataChannelSecurity().matchClientAddressForPasv();
    }

    @Override
    public Optional<ConnectionTls> controlTls() {
        return Tls.of(io);
    }

    @Override
    public boolean requireTlsResumption() {
        return site.config().ftp().ssl().requireTlsSessionResumption();
    }
}
