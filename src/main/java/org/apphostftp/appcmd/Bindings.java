package org.apphostftp.appcmd;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * appcmd's {@code /bindings:} value: comma-separated {@code protocol/bindingInformation} ({@code ftp/*:21:}) or URLs
 * ({@code ftp://*:21}, {@code ftp://ftp.example.com:21} for a host name, {@code ftp://127.0.0.1:2121} for an address).
 */
final class Bindings {

    /** One binding: protocol and IP:port:host. */
    record Binding(String protocol, String bindingInformation) {
        @Override
        public String toString() {
            return protocol + "/" + bindingInformation;
        }
    }

    private Bindings() {
    }

    static List<Binding> parse(String value) {
        List<Binding> out = new ArrayList<>();
        for (String one : value.split(",")) {
            String b = one.trim();
            if (b.isEmpty()) {
                continue;
            }
            int scheme = b.indexOf("://");
            if (scheme > 0) {
                out.add(fromUrl(b.substring(0, scheme), b.substring(scheme + 3)));
            } else {
                int slash = b.indexOf('/');
                if (slash <= 0) {
                    throw new AppcmdException("Invalid binding \"" + b + "\": write protocol/IP:port:host (ftp/*:21:) or a URL "
                            + "(ftp://*:21)");
                }
                out.add(new Binding(b.substring(0, slash).toLowerCase(Locale.ROOT), b.substring(slash + 1)));
            }
        }
        return out;
    }

    private static Binding fromUrl(String protocol, String rest) {
        String hostPort = rest.replaceAll("/+$", "");
        int colon = hostPort.lastIndexOf(':');
        if (colon < 0 || hostPort.endsWith("]")) {
            throw new AppcmdException("Invalid binding \"" + protocol + "://" + rest + "\": the URL needs a port (ftp://*:21)");
        }
        String host = hostPort.substring(0, colon);
        String port = hostPort.substring(colon + 1);
        boolean address = host.equals("*") || host.startsWith("[") || host.matches("[0-9.]+");
        return new Binding(protocol.toLowerCase(Locale.ROOT), address ? host + ":" + port + ":" : "*:" + port + ":" + host);
    }
}
