package org.apphostftp.site.data;

import java.io.IOException;
import java.io.OutputStream;

/** TYPE A line-ending conversion: LF to CRLF towards the client, CRLF to LF from it. */
final class AsciiLines {

    private AsciiLines() {
    }

    /** Writes {@code n} bytes with every LF not preceded by CR turned into CRLF; returns the bytes written. */
    static long writeCrlf(OutputStream out, byte[] buffer, int n, byte previous) throws IOException {
        long written = 0;
        int from = 0;
        byte prev = previous;
        for (int i = 0; i < n; i++) {
            if (buffer[i] == '\n' && prev != '\r') {
                out.write(buffer, from, i - from);
                out.write('\r');
                written += i - from + 1;
                from = i;
            }
            prev = buffer[i];
        }
        out.write(buffer, from, n - from);
        return written + n - from;
    }

    /**
     * Writes {@code n} bytes with CRLF turned into LF. A CR at the end of the buffer is held back until the next
     * buffer shows whether an LF follows. Returns {bytes written, 1 if a CR is pending}.
     */
    static long[] writeLf(OutputStream out, byte[] buffer, int n, boolean pendingCr) throws IOException {
        long written = 0;
        boolean cr = pendingCr;
        for (int i = 0; i < n; i++) {
            byte b = buffer[i];
            if (cr && b != '\n') {
                out.write('\r');
                written++;
            }
            cr = b == '\r';
            if (!cr) {
                out.write(b);
                written++;
            }
        }
        return new long[] {written, cr ? 1 : 0};
    }
}
