package org.apphostftp.config.effective;

import java.util.Objects;

/**
 * An address and port a listener binds: the part of a binding that sockets care about.
 *
 * @param address "*" for all addresses, else a numeric IPv4 or IPv6 address (without brackets)
 */
public record Endpoint(String address, int port) {

    public Endpoint {
        Objects.requireNonNull(address, "address");
    }

    public boolean isWildcard() {
        return address.equals("*");
    }

    /** The address as bindingInformation writes it ({@code [::1]} for IPv6). */
    public String addressText() {
        return address.contains(":") ? "[" + address + "]" : address;
    }

    @Override
    public String toString() {
        return addressText() + ":" + port;
    }
}
