package org.apphostftp.site;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.ftpserver.command.Command;
import org.apache.ftpserver.ftplet.FtpReply;
import org.apache.ftpserver.impl.DefaultFtpRequest;
import org.apache.ftpserver.impl.FtpIoSession;
import org.apache.ftpserver.impl.FtpServerContext;
import org.apache.mina.core.filterchain.IoFilterAdapter;
import org.apache.mina.core.session.IdleStatus;
import org.apache.mina.core.session.IoSession;
import org.apache.mina.core.write.WriteRequest;
import org.apache.mina.filter.codec.RecoverableProtocolDecoderException;
import org.apache.mina.transport.socket.SocketSessionConfig;
import org.apphostftp.config.effective.ControlChannelPolicy;
import org.apphostftp.config.effective.DataChannelPolicy;
import org.apphostftp.config.effective.FtpSiteSettings;
import org.apphostftp.config.effective.NumericAddress;
import org.apphostftp.config.effective.SiteConfig;
import org.apphostftp.session.LiveSession;
import org.apphostftp.site.data.ChannelDataConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The per-session filter behind the codec: registers the live session, records every command line and reply code,
 * and applies the site's rules before a command reaches MINA: the connection rules ({@link ConnectionRule}, one small
 * class each, checked in one list at connect), IP rules, logon restrictions, the
 * RFC 7151 HOST command, SSL policies, command filtering, the unauthenticated and idle timeouts, and the commands a
 * client may send before logging in (FEAT, SYST, OPTS, ...). Terminate is carried out here too.
 */
final class SessionGate extends IoFilterAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(SessionGate.class);
    private static final String DATA_CONNECTION_ATTRIBUTE = "org.apache.ftpserver.data-connection";
    private static final String REJECTION = SessionGate.class.getName() + ".rejection";
    private static final Set<String> BEFORE_LOGIN = Set.of("FEAT", "SYST", "OPTS", "NOOP", "HELP", "LANG", "ALLO");
    private static final Set<String> MINA_BEFORE_LOGIN = Set.of("USER", "PASS", "AUTH", "QUIT", "PROT", "PBSZ");
    private static final Set<String> DATA_COMMANDS = Set.of("RETR", "STOR", "APPE", "STOU", "LIST", "NLST", "MLSD");
    private static final Set<String> DIRECTORY_CHANGES = Set.of("CWD", "CDUP", "CUP", "PASS", "REIN");
    private static final Set<String> PATH_COMMANDS = Set.of("CWD", "MKD", "RMD", "DELE", "RNFR", "RNTO", "SIZE", "MDTM", "MFMT",
            "MLST", "MLSD", "STAT");
    /** A session that closed but whose close event did not reach this filter still leaves the registry after this. */
    private static final long CLOSED_SWEEP_MILLIS = 500;

    private final EndpointServer endpoint;
    private final FtpServices services;
    private final SessionTimeouts timeouts;
    private final BatchedDelay<SessionState> closedSweep;
    /** Checked in order at connect: the cheapest and process-wide first, so a refusal takes no site slot. */
    private final List<ConnectionRule> rules;

    SessionGate(EndpointServer endpoint, FtpServices services) {
        this.endpoint = endpoint;
        this.services = services;
        this.timeouts = services.timeouts();
        this.closedSweep = new BatchedDelay<>(services.timer(), CLOSED_SWEEP_MILLIS, this::forget);
        List<ConnectionRule> all = new ArrayList<>(services.processRules());
        all.add(new SiteConnectionLimit());
        all.add(new LoginBlock(services.logins()));
        this.rules = List.copyOf(all);
    }

    // ------------------------------------------------------------------------------------ connect and close

    @Override
    public void sessionCreated(NextFilter next, IoSession io) throws Exception {
        InetSocketAddress remote = (InetSocketAddress) io.getRemoteAddress();
        InetSocketAddress local = (InetSocketAddress) io.getLocalAddress();
        SiteRuntime site = endpoint.hosts().initial();
        LiveSession live = new LiveSession(site.name(), NumericAddress.normalize(remote.getAddress().getHostAddress()),
                remote.getPort(), NumericAddress.normalize(local.getAddress().getHostAddress()), local.getPort(), Instant.now(),
                endpoint.implicitSsl());
        SessionState state = new SessionState(live, endpoint, site, io);
        io.setAttribute(SessionState.KEY, state);
        for (ConnectionRule rule : rules) {
            Optional<ConnectionRule.Refusal> refusal = rule.check(state);
            if (refusal.isPresent()) {
                io.setAttribute(REJECTION, refusal.get());
                break;
            }
        } // ipSecurity may resolve names: it is checked in sessionOpened, off the I/O thread
        timeouts.apply(io, state);
        FtpServerContext context = endpoint.context();
        ChannelDataConnectionFactory data = new ChannelDataConnectionFactory(context, new FtpIoSession(io, context),
                services.passivePorts(), services.watchdog(), state);
        io.setAttribute(DATA_CONNECTION_ATTRIBUTE, data);
        state.data(data);
        live.terminator(() -> end(io, state, SessionEnd.Reason.ADMINISTRATOR));
        state.ending(reason -> end(io, state, reason));
        services.registry().add(live);
        // every way a connection ends frees its slot, even when a filter before this one (TLS) swallows the close event
        io.getCloseFuture().addListener(closed -> closedSweep.add(state));
        next.sessionCreated(io);
    }

    @Override
    public void sessionOpened(NextFilter next, IoSession io) {
        SessionState state = SessionState.of(io);
        SiteConfig site = state.site().config();
        if (io.getAttribute(REJECTION) == null && endpoint.hosts().servesOneSite()
                && state.admit(state.site(), "") == SessionState.Admission.ADDRESS_DENIED) {
            // sites sharing the endpoint check when HOST or USER picks one
            io.setAttribute(REJECTION, ConnectionRule.Refusal.reply("ipSecurity", Replies.addressDenied()));
        }
        ConnectionRule.Refusal rejection = (ConnectionRule.Refusal) io.getAttribute(REJECTION);
        withMdc(state, () -> {
            record(state, "ControlChannelOpened", 0);
            if (rejection == null) {
                io.write(banner(site, state.live()));
                return;
            }
            LOG.info("refused connection from {}: {}", state.client().getHostAddress(), rejection.reason());
            if (rejection.reset()) {
                ((SocketSessionConfig) io.getConfig()).setSoLinger(0); // RST instead of a reply
                io.closeNow();
            } else {
                rejectWith(io, rejection.reply());
            }
        });
        // DefaultFtpHandler.sessionOpened only writes MINA's own 220; the banner above replaces it
    }

    /** The session is gone: its slots are free and it leaves the registry (idempotent). */
    private void forget(SessionState state) {
        timeouts.cancel(state);
        state.release();
        services.registry().remove(state.live());
    }

    private static void rejectWith(IoSession io, FtpReply reply) {
        io.write(reply);
        io.closeOnFlush();
    }

    private static FtpReply banner(SiteConfig site, LiveSession live) {
        FtpSiteSettings.Messages m = site.ftp().messages();
        StringBuilder text = new StringBuilder();
        if (!m.suppressDefaultBanner()) {
            text.append(Replies.DEFAULT_BANNER);
        }
        if (!m.bannerMessage().isEmpty()) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(MessageText.expand(m.bannerMessage(), m, live));
        }
        return Replies.of(220, text.length() == 0 ? " " : text.toString());
    }

    @Override
    public void sessionClosed(NextFilter next, IoSession io) throws Exception {
        SessionState state = SessionState.of(io);
        try {
            withMdc(state, () -> record(state, "ControlChannelClosed", 0));
            state.data().ifPresent(d -> d.abort("control connection closed"));
            forget(state);
        } finally {
            next.sessionClosed(io);
        }
    }

    // ---------------------------------------------------------------------------------------- commands

    @Override
    public void messageReceived(NextFilter next, IoSession io, Object message) throws Exception {
        SessionState state = SessionState.of(io);
        MDC.put("sessionId", state.live().sessionId());
        try {
            String line = (String) message;
            Instant now = Instant.now();
            Verb verb = Verb.of(line);
            String shown = verb.raw().equals("PASS") ? "PASS ***" : line;
            state.live().commandReceived(shown, now);
            state.commandStarted(now, verb.raw(), verb.name(), verb.raw().equals("PASS") ? "***" : verb.argument());
            if (io.getAttribute(REJECTION) != null || state.ended()) {
                return; // closing: ignore what the client still sends
            }
            if (gate(io, state, verb, line)) {
                return;
            }
            if (PATH_COMMANDS.contains(verb.name()) && !verb.argument().isEmpty()
                    && new FtpIoSession(io, endpoint.context()).getFileSystemView() instanceof org.apphostftp.fs.SiteFileSystemView view) {
                state.commandPath(view.pathOf(verb.name().equals("MFMT") ? lastWord(verb.argument()) : verb.argument()));
            }
            next.messageReceived(io, verb.rewritten());
        } finally {
            MDC.remove("sessionId");
        }
    }

    /** Answers or refuses the command here; returns true when it must not reach MINA. */
    private boolean gate(IoSession io, SessionState state, Verb verb, String line) throws Exception {
        SiteConfig site = state.site().config();
        FtpSiteSettings ftp = site.ftp();
        boolean loggedIn = state.identity().isPresent();
        long max = ftp.commandFiltering().maxCommandLine();
        if (line.length() * 3L > max && line.getBytes(StandardCharsets.UTF_8).length > max) { // UTF-8: ≤ 3 bytes a char
            io.write(Replies.of(500, "Command line too long."));
            return true;
        }
        if (!ftp.commandFiltering().allows(verb.raw()) || !ftp.commandFiltering().allows(verb.name())) {
            io.write(Replies.of(502, "Command '" + verb.raw() + "' is not allowed on this site."));
            return true;
        }
        String name = verb.name();
        if (name.equals("HOST")) {
            host(io, state, verb.argument());
            return true;
        }
        if (endpoint.context().getCommandFactory().getCommand(name) == null) {
            io.write(Replies.notImplemented());
            return true;
        }
        boolean secureControl = io.getFilterChain().contains(org.apache.mina.filter.ssl.SslFilter.class);
        switch (name) {
            case "AUTH" -> {
                if (state.site().tls().isEmpty()) {
                    io.write(Replies.tlsNotAllowed());
                    return true;
                }
            }
            case "PASS" -> { // USER checks the policy of the site it selects
                if (ftp.ssl().controlChannelPolicy() != ControlChannelPolicy.SSL_ALLOW && !secureControl) {
                    io.write(Replies.policyRequiresSsl());
                    return true;
                }
            }
            case "PBSZ", "PROT" -> {
                if (!secureControl) { // RFC 4217: only after the control connection is protected
                    io.write(Replies.badSequence(name + " requires AUTH TLS first."));
                    return true;
                }
                if (name.equals("PROT") && verb.argument().equalsIgnoreCase("P")
                        && ftp.ssl().dataChannelPolicy() == DataChannelPolicy.SSL_DENY) {
                    io.write(Replies.of(536, "Policy does not allow protected data connections."));
                    return true;
                }
                if (name.equals("PROT") && verb.argument().equalsIgnoreCase("P") && state.site().tls().isEmpty()) {
                    io.write(Replies.of(431, "Security is disabled.")); // as MINA answers without TLS
                    return true;
                }
            }
            case "EPSV" -> {
                String protocol = verb.argument().trim();
                if (protocol.equalsIgnoreCase("ALL")) {
                    state.epsvAll(true);
                    io.write(Replies.of(200, "EPSV ALL command successful."));
                    return true;
                }
                if (!protocol.isEmpty() && !protocol.equals("1") && !protocol.equals("2")) {
                    io.write(Replies.of(522, "Network protocol not supported, use (1,2)"));
                    return true;
                }
            }
            case "PORT", "EPRT", "PASV" -> {
                if (state.epsvAll()) { // RFC 2428: after EPSV ALL only EPSV sets up data connections
                    io.write(Replies.badSequence(name + " is not allowed after EPSV ALL."));
                    return true;
                }
            }
            default -> { }
        }
        if (loggedIn && DATA_COMMANDS.contains(name) && ftp.ssl().dataChannelPolicy() == DataChannelPolicy.SSL_REQUIRE
                && !state.data().map(ChannelDataConnectionFactory::isSecure).orElse(false)) {
            io.write(Replies.policyRequiresSsl());
            return true;
        }
        if (!loggedIn && !MINA_BEFORE_LOGIN.contains(name)) {
            if (BEFORE_LOGIN.contains(name)) {
                execute(io, verb.rewritten(), name);
            } else {
                io.write(Replies.notLoggedIn());
            }
            return true;
        }
        return false;
    }

    private void execute(IoSession io, String line, String name) throws Exception {
        FtpServerContext context = endpoint.context();
        Command command = context.getCommandFactory().getCommand(name);
        command.execute(new FtpIoSession(io, context), context, new DefaultFtpRequest(line));
    }

    /** RFC 7151 HOST: selects the virtual host before USER. */
    private void host(IoSession io, SessionState state, String argument) {
        if (state.identity().isPresent() || state.pendingUser() != null) {
            io.write(Replies.badSequence("HOST is allowed only before USER."));
            return;
        }
        if (argument.isBlank()) {
            io.write(Replies.syntaxError());
            return;
        }
        var target = endpoint.hosts().forHost(argument);
        if (target.isEmpty()) {
            io.write(Replies.of(504, "Host '" + argument.trim() + "' is not served here."));
            return;
        }
        SessionState.Admission admission = state.admit(target.get(), argument.trim().toLowerCase(Locale.ROOT));
        if (admission != SessionState.Admission.ADMITTED) {
            rejectWith(io, Replies.refused(admission, target.get().config(), state.live()));
            return;
        }
        state.hostSelected(true);
        timeouts.apply(io, state);
        io.write(Replies.of(220, "Host accepted."));
    }

    // -------------------------------------------------------------------------------------- replies

    @Override
    public void filterWrite(NextFilter next, IoSession io, WriteRequest request) throws Exception {
        if (request.getMessage() instanceof FtpReply reply) {
            SessionState state = SessionState.of(io);
            int code = reply.getCode();
            state.live().replySent(code);
            if (reply instanceof Replies.Termination) {
                next.filterWrite(io, request); // another thread writes it: leave the command bookkeeping alone
                return;
            }
            if (code >= 200 && DIRECTORY_CHANGES.contains(state.commandName())) {
                // before the reply leaves: a client that reads it and then lists sessions sees the new folder
                FtpIoSession ftp = new FtpIoSession(io, endpoint.context());
                if (ftp.getFileSystemView() instanceof org.apphostftp.fs.SiteFileSystemView view) {
                    state.live().currentDirectory(view.currentDirectory());
                }
            }
            boolean finished = state.commandFinished(code, Instant.now()).map(r -> {
                services.log().record(r);
                return true;
            }).orElse(false);
            if (code == 230) {
                timeouts.apply(io, state);
            }
            if (code == 200 && state.commandName().equals("PROT")) { // the data protection level, transfer or not
                state.live().secureData(state.data().map(ChannelDataConnectionFactory::isSecure).orElse(false));
            }
            next.filterWrite(io, request);
            if (finished && state.draining()) { // the server stops: the running command has answered, the session ends
                end(io, state, SessionEnd.Reason.SHUTDOWN);
            }
            return;
        }
        next.filterWrite(io, request);
    }

    // ---------------------------------------------------------------------------------- timeouts, errors

    @Override
    public void sessionIdle(NextFilter next, IoSession io, IdleStatus status) {
        SessionState state = SessionState.of(io);
        FtpSiteSettings.Connections c = state.site().config().ftp().connections();
        boolean loggedIn = state.identity().isPresent();
        withMdc(state, () -> SessionEnd.timeout(io, loggedIn ? c.controlChannelTimeout() : c.unauthenticatedTimeout(),
                loggedIn ? "Timeout" : "Login timeout", services.timer()));
    }

    @Override
    public void exceptionCaught(NextFilter next, IoSession io, Throwable cause) throws Exception {
        if (cause instanceof RecoverableProtocolDecoderException) {
            io.write(Replies.of(500, "Command line too long."));
            return;
        }
        if (cause instanceof org.apache.mina.filter.codec.ProtocolDecoderException
                && cause.getCause() instanceof java.nio.charset.CharacterCodingException) {
            io.write(Replies.of(501, "Invalid character in command: command lines must be UTF-8."));
            return;
        }
        if (cause instanceof java.io.IOException) {
            LOG.debug("control connection error: {}", cause.toString());
            io.closeNow();
            return;
        }
        next.exceptionCaught(io, cause);
    }

    // ------------------------------------------------------------------------------------- terminate

    /**
     * Terminate or shutdown: 421, abort the data connection without blocking, close after the reply; closeNow if the
     * client does not read. Works in any state of the session, a TLS handshake in progress or failed included.
     */
    private void end(IoSession io, SessionState state, SessionEnd.Reason reason) {
        if (!state.markEnded()) {
            return;
        }
        withMdc(state, () -> {
            LOG.info("{}", reason.logText);
            if (reason == SessionEnd.Reason.SHUTDOWN) {
                services.log().record(new CommandRecord(state.site().config(), state.live(), Instant.now(), "ServerShutdown", "", "",
                        421, 0, 0, 0, 0, 0, 0));
            }
        });
        SessionEnd.closeAfter(io, reason.reply(), () -> state.data().ifPresent(d -> d.abort("session " + reason.logText)),
                services.timer());
    }

    // ---------------------------------------------------------------------------------------- helpers

    private void record(SessionState state, String event, int status) {
        services.log().record(new CommandRecord(state.site().config(), state.live(), Instant.now(), event, "", "", status, 0, 0, 0, 0, 0, 0));
    }

    private static void withMdc(SessionState state, Runnable action) {
        SessionEnd.withMdc(state, action);
    }

    private static String lastWord(String argument) {
        int space = argument.indexOf(' ');
        return space < 0 ? argument : argument.substring(space + 1);
    }
}
