package org.apphostftp.site;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.Optional;
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
    private boolean commandLogged = true;

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
    public Admission admit(SiteRuntime target, String hostName) {
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

    /** Releases the connection slot of the current site (at close). */
    void release() {
        if (counted) {
            counted = false;
            site.disconnect();
        }
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

    // --------------------------------------------------------------------------------- DataChannelPolicy

    @Override
    public TransferLimits limits() {
        var c = site.config().ftp().connections();
        return new TransferLimits(c.dataChannelTimeout(), c.minBytesPerSecond());
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
