package org.apphostftp.farm;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.apphostftp.admin.FarmAdmin;
import org.apphostftp.config.location.Problem;
import org.apphostftp.configapi.ConfigurationMethodException;
import org.apphostftp.configapi.ConfigurationNotFoundException;
import org.apphostftp.configapi.ElementPath;
import org.apphostftp.configapi.HostStatus;
import org.apphostftp.configapi.RuntimeValues;
import org.apphostftp.host.FarmLink;
import org.apphostftp.host.HostRuntime;
import org.apphostftp.host.RuntimeData;
import org.apphostftp.host.SiteStartException;
import org.apphostftp.json.JsonTree;
import org.apphostftp.session.SessionInfo;
import org.jgroups.Address;
import org.jgroups.JChannel;
import org.jgroups.Message;
import org.jgroups.ObjectMessage;
import org.jgroups.Receiver;
import org.jgroups.View;
import org.jgroups.blocks.MessageDispatcher;
import org.jgroups.blocks.RequestOptions;
import org.jgroups.blocks.ResponseMode;
import org.jgroups.util.Rsp;
import org.jgroups.util.RspList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One node of a farm: a member of the JGroups group named after the farm, answering the other nodes' requests about
 * its own sessions and sites, and asking them when this node's config API or admin API wants the farm. Requests go
 * only to the members of the current view, each with a timeout, so a node that is gone or silent costs at most that.
 */
public final class FarmNode implements FarmLink, FarmAdmin, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FarmNode.class);
    /** How long a listing, Terminate or status waits for the other nodes. */
    static final long ASK_TIMEOUT_MS = 1000;
    /** Stop waits for the node's sessions to close (SPEC: within 3 s). */
    static final long SITE_METHOD_TIMEOUT_MS = 5000;

    private static final ElementPath SITES = ElementPath.ofSection("system.applicationHost/sites", "");
    private static final byte SESSIONS = 1;
    private static final byte TERMINATE = 2;
    private static final byte SITE_METHOD = 3;
    private static final byte STATUS = 4;
    private static final byte LOGIN_FAILURE = 5;

    private final FarmSettings settings;
    private final HostRuntime host;
    private final Supplier<HostStatus> status;
    private final JChannel channel;
    private final MessageDispatcher dispatcher;

    private FarmNode(FarmSettings settings, HostRuntime host, Supplier<HostStatus> status) throws Exception {
        this.settings = settings;
        this.host = host;
        this.status = status;
        this.channel = FarmChannel.create(settings, FarmKeys.derive(settings.secret(), settings.name()));
        this.dispatcher = new MessageDispatcher(channel, this::handle);
        dispatcher.setReceiver(new Receiver() {
            @Override
            public void viewAccepted(View view) {
                LOG.info("farm '{}': nodes now {}", settings.name(), view.getMembers());
            }
        });
    }

    /** Starts this node and joins the farm (or founds it when no other node answers); failed logins are shared from now on. */
    public static FarmNode join(FarmSettings settings, HostRuntime host, Supplier<HostStatus> status) {
        try {
            FarmNode node = new FarmNode(settings, host, status);
            node.channel.connect("apphost-ftp:" + settings.name());
            host.security().shareFailures(node::shareFailure);
            LOG.info("{} joined; nodes {}", settings, node.channel.getView().getMembers());
            return node;
        } catch (Exception e) {
            throw new FarmSettingsException("cannot join " + settings + ": " + e.getMessage());
        }
    }

    @Override
    public Optional<String> nodeName() {
        return Optional.of(settings.node());
    }

    // ----------------------------------------------------------------------------------- asking the others

    @Override
    public Supplier<List<RuntimeValues>> askSessions(String siteName) {
        CompletableFuture<RspList<Object>> answers = send(request(SESSIONS, siteName), ASK_TIMEOUT_MS);
        return () -> {
            List<RuntimeValues> out = new ArrayList<>();
            for (Answer answer : received(answers, ASK_TIMEOUT_MS)) {
                if (!(answer.value() instanceof SessionListing listing)) {
                    LOG.warn("farm: {} answered a session listing with {}", answer.from(), answer.value().getClass().getName());
                    continue;
                }
                listing.problem().ifPresentOrElse(
                        problem -> LOG.warn("farm: unreadable session listing from {}: {}", answer.from(), problem),
                        () -> out.addAll(listing.sessions()));
            }
            return out;
        };
    }

    @Override
    public boolean terminateRemote(String sessionId) {
        for (Answer answer : ask(request(TERMINATE, sessionId), ASK_TIMEOUT_MS)) {
            if (answer.bytes().length == 1 && answer.bytes()[0] == 1) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<String> siteMethodElsewhere(String siteName, String method) {
        List<String> failures = new ArrayList<>();
        for (Answer answer : ask(request(SITE_METHOD, siteName, method), SITE_METHOD_TIMEOUT_MS)) {
            String failure = text(answer.bytes());
            if (!failure.isEmpty()) {
                failures.add("node " + answer.from() + ": " + failure);
            }
        }
        return failures;
    }

    @Override
    public Map<String, Object> status() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", settings.name());
        out.put("node", settings.node());
        Map<Address, Answer> answers = new java.util.HashMap<>();
        for (Answer answer : ask(request(STATUS), ASK_TIMEOUT_MS)) {
            answers.put(answer.from(), answer);
        }
        List<Object> nodes = new ArrayList<>();
        out.put("nodes", nodes);
        for (Address member : channel.getView().getMembers()) {
            if (member.equals(channel.getAddress())) {
                nodes.add(ownStatus());
                continue;
            }
            Answer answer = answers.get(member);
            Object node = answer == null ? null : parse(answer.bytes());
            if (node == null) {
                Map<String, Object> silent = new LinkedHashMap<>();
                silent.put("name", member.toString());
                silent.put("state", "NotResponding");
                node = silent;
            }
            nodes.add(node);
        }
        return out;
    }

    @Override
    public void siteMethodOn(String node, String siteName, String method) {
        String path = "/api/sites/" + siteName + "?node=" + node;
        if (node.equals(settings.node())) {
            String failure = siteMethodHere(siteName, method);
            if (!failure.isEmpty()) {
                throw failure.startsWith("no such site") ? new ConfigurationNotFoundException(path, failure)
                        : new ConfigurationMethodException(SITES, failure, 0);
            }
            return;
        }
        Address member = channel.getView().getMembers().stream().filter(a -> a.toString().equals(node)).findFirst()
                .orElseThrow(() -> new ConfigurationNotFoundException(path, "no such node in farm '" + settings.name() + "': " + node));
        String failure;
        try {
            Object answer = dispatcher.sendMessage(request(SITE_METHOD, siteName, method).setDest(member),
                    RequestOptions.SYNC().timeout(SITE_METHOD_TIMEOUT_MS));
            failure = answer instanceof byte[] bytes ? text(bytes) : "node " + node + " gave no answer";
        } catch (Exception e) {
            failure = "node " + node + " did not answer: " + e.getMessage();
        }
        if (failure.startsWith("no such site")) {
            throw new ConfigurationNotFoundException(path, failure);
        }
        if (!failure.isEmpty()) {
            throw new ConfigurationMethodException(SITES, "node " + node + ": " + failure, 0);
        }
    }

    @Override
    public boolean terminate(String sessionId) {
        return host.registry().terminate(sessionId) || terminateRemote(sessionId);
    }

    /** One node's answer to a request: bytes, or a {@link SessionListing}. */
    private record Answer(Address from, Object value) {

        byte[] bytes() {
            return value instanceof byte[] b ? b : new byte[0];
        }
    }

    /** The other members of the current view; the answers that arrived in time. */
    private List<Answer> ask(Message request, long timeoutMs) {
        return received(send(request, timeoutMs), timeoutMs);
    }

    /**
     * Sends a request to each other member of the current view at once (one unicast each: a multicast would reach this
     * node too, which then answered its own request); null when there are none or it failed.
     */
    private CompletableFuture<RspList<Object>> send(Message request, long timeoutMs) {
        List<Address> others = new ArrayList<>(channel.getView().getMembers());
        others.remove(channel.getAddress());
        if (others.isEmpty()) {
            return null;
        }
        try {
            return dispatcher.castMessageWithFuture(others, request,
                    new RequestOptions(ResponseMode.GET_ALL, timeoutMs).anycasting(true));
        } catch (Exception e) {
            LOG.warn("farm: asking the other nodes failed: {}", e.toString());
            return null;
        }
    }

    /** The answers of {@link #send} that arrived within timeoutMs (a JGroups request gives those it has on timeout). */
    private static List<Answer> received(CompletableFuture<RspList<Object>> sent, long timeoutMs) {
        if (sent == null) {
            return List.of();
        }
        RspList<Object> answers;
        try {
            answers = sent.get(timeoutMs, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("farm: asking the other nodes failed: {}", e.toString());
            return List.of();
        }
        List<Answer> out = new ArrayList<>();
        for (Map.Entry<Address, Rsp<Object>> e : answers.entrySet()) {
            Rsp<Object> rsp = e.getValue();
            if (rsp.wasReceived() && !rsp.wasSuspected() && !rsp.hasException() && rsp.getValue() != null) {
                out.add(new Answer(e.getKey(), rsp.getValue()));
            } else if (!rsp.wasReceived()) {
                LOG.debug("farm: no answer from {} within {} ms", e.getKey(), timeoutMs);
            }
        }
        return out;
    }

    private void shareFailure(InetAddress client) {
        try {
            dispatcher.castMessage(null, request(LOGIN_FAILURE, client.getHostAddress()),
                    RequestOptions.ASYNC().setTransientFlags(Message.TransientFlag.DONT_LOOPBACK));
        } catch (Exception e) {
            LOG.warn("farm: a failed login from {} was not shared: {}", client.getHostAddress(), e.toString());
        }
    }

    // ------------------------------------------------------------------------------ answering the others

    /** One request of another node; runs on a JGroups thread. */
    private Object handle(Message message) throws Exception {
        if (message.getType() != Message.OBJ_MSG || !(message.getObject() instanceof byte[] request)) {
            LOG.warn("farm: a request from {} that is not one: {}", message.getSrc(), message);
            return null;
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(request));
        byte kind = in.readByte();
        switch (kind) {
            case SESSIONS:
                return SessionListing.of(settings.node(), RuntimeData.sessions(host, in.readUTF()));
            case TERMINATE:
                return new byte[] {(byte) (host.registry().terminate(in.readUTF()) ? 1 : 0)};
            case SITE_METHOD:
                return bytes(siteMethodHere(in.readUTF(), in.readUTF()));
            case STATUS:
                return bytes(JsonTree.toText(ownStatus()));
            case LOGIN_FAILURE:
                String address = in.readUTF();
                if (org.apphostftp.config.effective.NumericAddress.isNumeric(address)) {
                    host.security().recordRemoteFailure(InetAddress.getByName(address));
                }
                return null;
            default:
                LOG.warn("farm: unknown request {} from {}", kind, message.getSrc());
                return null;
        }
    }

    /** Start or Stop here; the failure as one line, "" when done. */
    private String siteMethodHere(String siteName, String method) {
        if (host.site(siteName).isEmpty()) {
            return "no such site: " + siteName;
        }
        try {
            switch (method) {
                case "Start" -> host.startSite(siteName);
                case "Stop" -> host.stopSite(siteName);
                default -> {
                    return "no such method: " + method;
                }
            }
            return "";
        } catch (SiteStartException | IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private Map<String, Object> ownStatus() {
        HostStatus s = status.get();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", settings.node());
        out.put("address", settings.address().getHostAddress() + ":" + settings.listen().getPort());
        out.put("state", "Up");
        out.put("lastReload", SessionInfo.TIME.format(s.lastReload()));
        out.put("lastConfigError", s.lastConfigError().map(FarmNode::error).orElse(null));
        out.put("sessions", host.registry().size());
        return out;
    }

    private static Map<String, Object> error(Problem problem) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("message", problem.message());
        out.put("file", problem.location().file());
        out.put("line", problem.location().line());
        out.put("column", problem.location().column());
        return out;
    }

    /** Another node's status, or null when its answer is not JSON (it then shows as NotResponding). */
    private static Object parse(byte[] json) {
        try {
            return JsonTree.parse(json);
        } catch (IOException e) {
            LOG.debug("farm: a node's status is not JSON: {}", e.getMessage());
            return null;
        }
    }

    /**
     * A request as the other nodes' {@link #handle} reads it. An ObjectMessage, so that the answer (made of the same
     * kind of message) can carry a {@link SessionListing} as it is, with no array of the whole answer.
     */
    private static Message request(byte kind, String... texts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(kind);
            for (String t : texts) {
                out.writeUTF(t);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ObjectMessage(null, bytes.toByteArray());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return bytes == null ? "" : new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Leaves the farm: the others see this node go at once. */
    @Override
    public void close() {
        host.security().shareFailures(client -> { });
        try {
            dispatcher.close();
        } catch (IOException e) {
            LOG.debug("farm: closing the dispatcher: {}", e.toString());
        }
        channel.close();
    }
}
