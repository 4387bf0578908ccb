package org.apphostftp.admin;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-memory body kept as 64 KiB chunks. A listing of thousands of sessions (megabytes of JSON) then never needs one
 * large array: no copy while it grows, and no allocation big enough for the collector to treat as humongous. Sending it
 * writes chunk by chunk, so the HTTP server's own send buffer stays one chunk in size too. {@link #release()} hands the
 * chunks back for the next body: repeated listings then reuse the same few megabytes (long since in the old
 * generation) instead of filling the young one, which made the collector copy them mid-listing.
 */
final class ChunkedBytes extends OutputStream {

    static final int CHUNK = 64 * 1024;
    /**
     * Spare chunks kept at most: 12 MiB, what a listing of a farm's 15,000 sessions (6.5 MB) holds at its peak while
     * its parts are joined; with 8 MiB each such listing allocated about 25 new chunks, live until it was sent, which
     * the young collections running mid-listing copied.
     */
    static final int POOLED = 192;
    private static final Queue<byte[]> SPARE = new ConcurrentLinkedQueue<>();
    private static final AtomicInteger SPARE_COUNT = new AtomicInteger();

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
            byte[] bigger = current.length * 4 >= CHUNK ? chunk() : new byte[Math.max(256, current.length * 4)];
            System.arraycopy(current, 0, bigger, 0, used);
            current = bigger;
            return;
        }
        full.add(current);
        current = chunk();
        used = 0;
    }

    private static byte[] chunk() {
        byte[] spare = SPARE.poll();
        if (spare == null) {
            return new byte[CHUNK];
        }
        SPARE_COUNT.decrementAndGet();
        return spare;
    }

    /** Gives the full-size chunks back for reuse; the content is gone afterwards (the stream starts again empty). */
    void release() {
        if (current.length == CHUNK) {
            full.add(current);
        }
        for (byte[] chunk : full) {
            if (SPARE_COUNT.incrementAndGet() <= POOLED) {
                SPARE.offer(chunk);
            } else {
                SPARE_COUNT.decrementAndGet();
            }
        }
        full.clear();
        current = new byte[0];
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
