package org.apphostftp.site.data;

/**
 * TYPE A line-ending conversion: LF to CRLF towards the client, CRLF to LF from it. Each buffer is converted into a
 * second one and written with one call, never byte by byte or line by line.
 */
final class AsciiLines {

    private AsciiLines() {
    }

    /**
     * Copies {@code n} bytes of {@code in} into {@code out} (at least {@code 2 * n} long) with every LF not preceded by
     * CR turned into CRLF; {@code previous} is the byte before {@code in[0]}. Returns the bytes in {@code out}.
     */
    static int toCrlf(byte[] in, int n, byte previous, byte[] out) {
        int o = 0;
        byte prev = previous;
        for (int i = 0; i < n; i++) {
            byte b = in[i];
            if (b == '\n' && prev != '\r') {
                out[o++] = '\r';
            }
            out[o++] = b;
            prev = b;
        }
        return o;
    }

    /**
     * Copies {@code n} bytes of {@code in} into {@code out} (at least {@code n + 1} long) with CRLF turned into LF. A CR
     * that ends {@code in} is held back until the next buffer shows whether an LF follows: {@code pendingCr} says one
     * was held back from the previous buffer, and {@link #endsPending} whether this one holds one back. Returns the
     * bytes in {@code out}.
     */
    static int toLf(byte[] in, int n, boolean pendingCr, byte[] out) {
        int o = 0;
        boolean cr = pendingCr;
        for (int i = 0; i < n; i++) {
            byte b = in[i];
            if (cr && b != '\n') {
                out[o++] = '\r';
            }
            cr = b == '\r';
            if (!cr) {
                out[o++] = b;
            }
        }
        return o;
    }

    /** Whether converting {@code n} bytes of {@code in} with {@link #toLf} leaves a CR held back. */
    static boolean endsPending(byte[] in, int n, boolean pendingCr) {
        return n == 0 ? pendingCr : in[n - 1] == '\r';
    }
}
