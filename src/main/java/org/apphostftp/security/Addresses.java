package org.apphostftp.security;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import org.apphostftp.config.effective.NumericAddress;

/** Client addresses as security rules see them. */
public final class Addresses {

    private Addresses() {
    }

    /** An IPv4-mapped IPv6 address ({@code ::ffff:10.0.0.1}) as the IPv4 address it carries; others unchanged. */
    public static InetAddress unmapped(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address && isMapped(b)) {
            try {
                return InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16));
            } catch (UnknownHostException e) {
                throw new IllegalStateException(e); // four bytes are always a valid address
            }
        }
        return address;
    }

    /** Whether two addresses are the same host, an IPv4 address and its IPv4-mapped IPv6 form included. */
    public static boolean sameHost(InetAddress a, InetAddress b) {
        return Arrays.equals(unmapped(a).getAddress(), unmapped(b).getAddress());
    }

    /** The numeric text of an address, IPv4-mapped addresses as IPv4, never a host name. */
    public static String text(InetAddress address) {
        InetAddress plain = unmapped(address);
        return plain instanceof Inet4Address ? plain.getHostAddress() : compressed((Inet6Address) plain);
    }

    private static String compressed(Inet6Address address) {
        String full = address.getHostAddress();
        int scope = full.indexOf('%');
        return NumericAddress.normalize(scope < 0 ? full : full.substring(0, scope));
    }

    static boolean isMapped(byte[] b) {
        if (b.length != 16) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return b[10] == (byte) 0xff && b[11] == (byte) 0xff;
    }
}
