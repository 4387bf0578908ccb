package org.apphostftp.security;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import org.apphostftp.config.effective.NumericAddress;

/**
 * An address and mask of an {@code ipSecurity} rule: IPv4 or IPv6, the mask dotted ({@code 255.255.255.0}), in IPv6
 * form ({@code ffff:ffff::}) or a prefix length ({@code 24}). A client's IPv4-mapped IPv6 address matches IPv4 ranges.
 *
 * @param network the rule's address bytes (4 or 16)
 * @param prefix  how many leading bits must match
 */
record AddressRange(byte[] network, int prefix) {

    /**
     * Reads a rule. An empty mask means the address alone. On an IPv6 rule a dotted mask counts its one bits, except
     * the schema default {@code 255.255.255.255}, which means the address alone there too.
     *
     * @throws IllegalArgumentException when the address or mask is not numeric (validation reports these first)
     */
    static AddressRange parse(String address, String mask) {
        InetAddress rule = numeric(address, "ipAddress");
        int bits = rule.getAddress().length * 8;
        // Java reads "::ffff:10.0.0.0" as IPv4, so a prefix written for the IPv6 form loses the 96 mapping bits
        boolean mappedText = address.contains(":") && rule instanceof Inet4Address;
        String m = mask == null ? "" : mask.trim();
        int prefix;
        if (m.isEmpty()) {
            prefix = bits;
        } else if (m.chars().allMatch(Character::isDigit)) {
            prefix = Integer.parseInt(m) - (mappedText ? 96 : 0);
        } else {
            byte[] maskBytes = numeric(m, "subnetMask").getAddress();
            prefix = leadingOnes(maskBytes);
            if (maskBytes.length == 4 && prefix == 32) {
                prefix = bits;
            }
        }
        return new AddressRange(rule.getAddress(), Math.max(0, Math.min(prefix, bits)));
    }

    boolean contains(InetAddress client) {
        byte[] a = Addresses.unmapped(client).getAddress();
        if (a.length != network.length) {
            return false;
        }
        int whole = prefix / 8;
        if (!Arrays.equals(a, 0, whole, network, 0, whole)) {
            return false;
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int maskByte = 0xff << (8 - rest) & 0xff;
        return (a[whole] & maskByte) == (network[whole] & maskByte);
    }

    private static InetAddress numeric(String text, String attribute) {
        if (!NumericAddress.isNumeric(text)) {
            throw new IllegalArgumentException(attribute + " '" + text + "' is not a numeric address");
        }
        try {
            return InetAddress.getByName(text); // numeric: parsed, never looked up
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(attribute + " '" + text + "' is not a numeric address", e);
        }
    }

    private static int leadingOnes(byte[] mask) {
        int count = 0;
        for (byte b : mask) {
            if (b == (byte) 0xff) {
                count += 8;
                continue;
            }
            count += Integer.numberOfLeadingZeros(~b & 0xff) - 24;
            break;
        }
        return count;
    }
}
