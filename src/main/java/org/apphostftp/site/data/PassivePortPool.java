package org.apphostftp.site.data;

import java.util.BitSet;

/**
 * The passive data ports of the server (system.ftpServer/firewallSupport): a port is reserved by a PASV and released
 * when its data connection ends. The range can change while the server runs (IIS needs a restart for that).
 * With no range (0-0) the system picks a free port.
 */
public final class PassivePortPool {

    private int low;
    private int high;
    private final BitSet used = new BitSet(65536);
    private int cursor;

    public PassivePortPool(int low, int high) {
        configure(low, high);
    }

    /** Switches to a new range; ports already handed out stay valid until released. */
    public synchronized void configure(int newLow, int newHigh) {
        this.low = newLow;
        this.high = newHigh;
        this.cursor = newLow;
    }

    /** A free port of the range (marked used), 0 when the system should choose, or -1 when the range is exhausted. */
    public synchronized int reserve() {
        if (low == 0 && high == 0) {
            return 0;
        }
        int size = high - low + 1;
        for (int i = 0; i < size; i++) {
            int port = low + Math.floorMod(cursor - low + i, size);
            if (!used.get(port)) {
                used.set(port);
                cursor = port + 1 > high ? low : port + 1;
                return port;
            }
        }
        return -1;
    }

    /** How many ports a PASV may try: the size of the range, or 1 when the system chooses. */
    public synchronized int capacity() {
        return low == 0 && high == 0 ? 1 : high - low + 1;
    }

    public synchronized void release(int port) {
        if (port > 0) {
            used.clear(port);
        }
    }

    /** The configured range as "low-high", or "system" when the system chooses. */
    @Override
    public synchronized String toString() {
        return low == 0 && high == 0 ? "system" : low + "-" + high;
    }
}
