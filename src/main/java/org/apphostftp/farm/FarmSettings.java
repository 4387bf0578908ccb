package org.apphostftp.farm;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apphostftp.config.PathExpander;
import org.apphostftp.config.effective.NumericAddress;
import org.apphostftp.configapi.ConfigurationSection;

/**
 * A node's farm settings: the shared {@code system.ftpServer/farm} section and the node's own name and address.
 *
 * @param members where the nodes listen for each other (from {@code members}, each with {@code port} unless it names one)
 * @param secret  the shared secret, %VAR% expanded
 * @param node    this node's name
 * @param address this node's address for node-to-node traffic
 */
public record FarmSettings(String name, int port, List<InetSocketAddress> members, String secret, String node, InetAddress address) {

    public static final String SECTION = "system.ftpServer/farm";
    static final int MIN_SECRET_LENGTH = 16;

    /**
     * Reads and checks the section; {@code node} and {@code address} come from the command line ({@code --node},
     * {@code --address}; the address defaults to the first member that is an address of this machine).
     *
     * @throws FarmSettingsException naming the attribute and what is wrong
     */
    public static FarmSettings read(ConfigurationSection section, Path configFile, Map<String, String> environment, String node,
            String address) {
        String prefix = SECTION + ": ";
        String name = text(section.getAttributeValue("name"));
        int port = ((Number) section.getAttributeValue("port")).intValue();
        List<InetSocketAddress> members = new ArrayList<>();
        for (String member : text(section.getAttributeValue("members")).split(",")) {
            if (!member.isBlank()) {
                members.add(member(member.trim(), port, prefix));
            }
        }
        if (members.isEmpty()) {
            throw new FarmSettingsException(prefix + "attribute 'members' must name the nodes' addresses (e.g. '10.0.0.1,10.0.0.2')");
        }
        String raw = text(section.getAttributeValue("secret"));
        String secret;
        try {
            secret = new PathExpander(environment, configFile.toAbsolutePath().getParent()).expand(raw);
        } catch (RuntimeException e) {
            throw new FarmSettingsException(prefix + "attribute 'secret': " + e.getMessage());
        }
        if (secret.length() < MIN_SECRET_LENGTH) {
            throw new FarmSettingsException(prefix + "attribute 'secret' must have at least " + MIN_SECRET_LENGTH
                    + " characters (use %VAR% to keep it out of the file)");
        }
        if (node == null || node.isBlank()) {
            throw new FarmSettingsException("the farm is enabled (" + SECTION + "/@enabled): start each node with --node NAME");
        }
        InetAddress bind = address == null ? localMember(members, prefix) : numeric(address, "--address ");
        return new FarmSettings(name, port, List.copyOf(members), secret, node, bind);
    }

    private static InetSocketAddress member(String text, int defaultPort, String prefix) {
        String host = text;
        int port = defaultPort;
        int colon = text.lastIndexOf(':');
        if (colon > 0 && text.indexOf(':') == colon) { // IPv4:port (IPv6 members are written [addr]:port or bare)
            host = text.substring(0, colon);
            port = portOf(text.substring(colon + 1), prefix);
        } else if (text.startsWith("[") && text.contains("]:")) {
            host = text.substring(1, text.indexOf(']'));
            port = portOf(text.substring(text.indexOf("]:") + 2), prefix);
        }
        return new InetSocketAddress(numeric(host.replace("[", "").replace("]", ""), prefix + "attribute 'members': "), port);
    }

    private static int portOf(String text, String prefix) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // the message below says it
        }
        throw new FarmSettingsException(prefix + "attribute 'members': port must be 1-65535, got '" + text + "'");
    }

    private static InetAddress numeric(String text, String what) {
        if (!NumericAddress.isNumeric(text)) {
            throw new FarmSettingsException(what + "must be a numeric IP address, got '" + text + "'");
        }
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            throw new FarmSettingsException(what + "must be a numeric IP address, got '" + text + "'");
        }
    }

    private static InetAddress localMember(List<InetSocketAddress> members, String prefix) {
        for (InetSocketAddress m : members) {
            try (var probe = new java.net.ServerSocket()) {
                probe.bind(new InetSocketAddress(m.getAddress(), 0));
                return m.getAddress();
            } catch (java.io.IOException e) {
                // not an address of this machine
            }
        }
        throw new FarmSettingsException(prefix + "no member is an address of this machine; start the node with --address IP");
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** The listen address of this node: its address and the port of the member entry with that address, else {@code port}. */
    InetSocketAddress listen() {
        return members.stream().filter(m -> m.getAddress().equals(address)).findFirst()
                .orElse(new InetSocketAddress(address, port));
    }

    @Override
    public String toString() { // never the secret
        return "farm '" + name + "' node '" + node + "' at " + address.getHostAddress() + ":" + listen().getPort() + ", members "
                + members;
    }
}
