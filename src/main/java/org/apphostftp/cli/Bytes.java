package org.apphostftp.cli;

/** Byte counts for tables: 97, 1.8K, 12M, 3.4G (powers of 1024). */
final class Bytes {

    private static final String UNITS = "KMGTPE";

    private Bytes() {
    }

    static String human(long bytes) {
        if (bytes < 1024) {
            return Long.toString(bytes);
        }
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < UNITS.length() - 1) {
            value /= 1024;
            unit++;
        }
        String number = value < 10 ? String.format(java.util.Locale.ROOT, "%.1f", value) : Long.toString((long) value);
        return number + UNITS.charAt(unit);
    }
}
