package org.apphostftp;

import java.util.Optional;

/**
 * What one node of a farm sets for itself on the command line while every node reads the same file
 * ({@code serve --node NAME --address IP --admin IP:PORT}). {@link #NONE} is a single server.
 *
 * @param nodeName       the node's name in the farm (its sessions' {@code serverName})
 * @param address        the numeric address that bindings on {@code *} use on this node
 * @param adminBinding   {@code IP:port} of this node's admin endpoint instead of management/@bindingInformation
 */
public record NodeOverrides(Optional<String> nodeName, Optional<String> address, Optional<String> adminBinding) {

    public static final NodeOverrides NONE = new NodeOverrides(Optional.empty(), Optional.empty(), Optional.empty());
}
