package org.apphostftp.admin;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * An in-memory body kept as 64 KiB chunks. A listing of thousands of sessions (megabytes of JSON) then never needs one
 * large array: no copy while it grows, and no allocation big enough for the collector to treat as humongous. Sending it
 * writes chunk by chunk, so the HTTP server's own send buffer stays one chunk in size too.
 */
final class ChunkedBytes extends OutputStream {

    static final int CHUNK = 64 * 1024;

    private final List<byte[]> full = new ArrayList<>();
    private byte[] current = new byte[256];
    private int used;

    @Override
    public void write(int b) {
        if (used == current.length) {
            grow();
        }
        current[used++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        while (len > 0) {
            if (used == current.length) {
                grow();
            }
            int n = Math.min(len, current.length - used);
            System.arraycopy(b, off, current, used, n);
            used += n;
            off += n;
            len -= n;
        }
    }

    /** A small body stays in one small array; past that, full chunks are set aside and a new one begins. */
    private void grow() {
        if (current.length < CHUNK) {
            current = java.util.Arrays.copyOf(current, Math.min(CHUNK, current.length * 4));
            return;
        }
        full.add(current);
        current = new byte[CHUNK];
        used = 0;
    }

    int size() {
        return full.size() * CHUNK + used;
    }

    void writeTo(OutputStream out) throws java.io.IOException {
        for (byte[] chunk : full) {
            out.write(chunk);
        }
        out.write(current, 0, used);
    }

    byte[] toByteArray() {
        byte[] all = new byte[size()];
        int at = 0;
        for (byte[] chunk : full) {
            System.arraycopy(chunk, 0, all, at, CHUNK);
            at += CHUNK;
        }
        System.arraycopy(current, 0, all, at, used);
        return all;
    }
}
