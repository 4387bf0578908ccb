package org.apphostftp.config.effective;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/** Checks and normalises numeric IP addresses without ever resolving a name. */
public final class NumericAddress {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6_CHARS = Pattern.compile("[0-9A-Fa-f:.]+");

    private NumericAddress() {
    }

    public static boolean isNumeric(String address) {
        var m = IPV4.matcher(address);
        if (m.matches()) {
            for (int i = 1; i <= 4; i++) {
                if (Integer.parseInt(m.group(i)) > 255) {
                    return false;
                }
            }
            return true;
        }
        if (address.contains(":") && IPV6_CHARS.matcher(address).matches()) {
            try {
                InetAddress.getByName(address); // numeric IPv6 literal: parsed, never looked up
                return true;
            } catch (UnknownHostException e) {
                return false;
            }
        }
        return false;
    }

    /** The canonical text of a numeric address ("::1" for "0:0:0:0:0:0:0:1"), or "*" unchanged. */
    public static String normalize(String address) {
        if (address.equals("*") || !address.contains(":")) {
            return address;
        }
        try {
            String text = InetAddress.getByName(address).getHostAddress();
            return text.equals("0:0:0:0:0:0:0:1") ? "::1" : compress(text);
        } catch (UnknownHostException e) {
            return address;
        }
    }

    private static String compress(String full) {
        // Java prints IPv6 uncompressed; compress the longest run of zero groups as RFC 5952 does.
        String[] groups = full.split(":");
        int bestStart = -1;
        int bestLen = 0;
        for (int i = 0; i < groups.length; ) {
            if (groups[i].equals("0")) {
                int j = i;
                while (j < groups.length && groups[j].equals("0")) {
                    j++;
                }
                if (j - i > bestLen && j - i > 1) {
                    bestStart = i;
                    bestLen = j - i;
                }
                i = j;
            } else {
                i++;
            }
        }
        if (bestStart < 0) {
            return full;
        }
        String left = String.join(":", java.util.Arrays.copyOfRange(groups, 0, bestStart));
        String right = String.join(":", java.util.Arrays.copyOfRange(groups, bestStart + bestLen, groups.length));
        return left + "::" + right;
    }
}
