package org.apphostftp.config.effective;

import java.util.Locale;
import org.apphostftp.config.schema.InvalidValueException;

/**
 * An FTP binding of a site, parsed from {@code bindingInformation="IP:port:host"}.
 *
 * @param host        the virtual host name, or "" for a binding that accepts any host
 * @param implicitSsl whether TLS starts at connect (port 990, or implicitSsl="true")
 */
public record FtpBinding(Endpoint endpoint, String host, boolean implicitSsl) {

    /** The port IIS treats as implicit FTPS. */
    public static final int IMPLICIT_FTPS_PORT = 990;

    /** The one place that reads {@code IP:port:host}. */
    public static FtpBinding parse(String bindingInformation, boolean implicitSsl) {
        String text = bindingInformation.trim();
        String address;
        String rest;
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close < 0 || close + 1 >= text.length() || text.charAt(close + 1) != ':') {
                throw new InvalidValueException("must be IP:port:host (IPv6 as [addr]), got '" + bindingInformation + "'");
            }
            address = text.substring(1, close);
            rest = text.substring(close + 2);
        } else {
            int colon = text.indexOf(':');
            if (colon < 0) {
                throw new InvalidValueException("must be IP:port:host, got '" + bindingInformation + "'");
            }
            address = text.substring(0, colon);
            rest = text.substring(colon + 1);
        }
        int colon = rest.indexOf(':');
        if (colon < 0) {
            throw new InvalidValueException("must be IP:port:host (host may be empty, as in '*:21:'), got '" + bindingInformation + "'");
        }
        String portText = rest.substring(0, colon);
        String host = rest.substring(colon + 1);
        if (address.isEmpty()) {
            address = "*";
        }
        if (!address.equals("*") && !NumericAddress.isNumeric(address)) {
            throw new InvalidValueException("address '" + address + "' must be '*' or a numeric IPv4/IPv6 address");
        }
        int port = parsePort(portText);
        return new FtpBinding(new Endpoint(NumericAddress.normalize(address), port), host.toLowerCase(Locale.ROOT),
                implicitSsl || port == IMPLICIT_FTPS_PORT);
    }

    static int parsePort(String portText) {
        long port;
        try {
            port = Long.parseLong(portText.trim());
        } catch (NumberFormatException e) {
            throw new InvalidValueException("port '" + portText + "' is not a number");
        }
        if (port < 1 || port > 65535) {
            throw new InvalidValueException("port " + port + " is out of range 1-65535");
        }
        return (int) port;
    }

    /** The binding as IIS writes it. */
    public String bindingInformation() {
        return endpoint.addressText() + ":" + endpoint.port() + ":" + host;
    }

    public boolean hasHost() {
        return !host.isEmpty();
    }

    @Override
    public String toString() {
        return bindingInformation();
    }
}
