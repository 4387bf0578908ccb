package org.apphostftp.farm;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apphostftp.configapi.RuntimeValues;
import org.jgroups.util.SizeStreamable;

/**
 * The compact form in which a node hands its sessions of a site to the node that lists them: the attributes of the
 * sessions section in a fixed order, each value tagged (text, number, flag), no names repeated, and a value equal to the
 * one the session before had for that attribute (the site, the server's address, often the client's, the directory, a
 * start time to the millisecond) one byte; numbers as variable-length integers.
 *
 * <p>It travels as the JGroups payload itself ({@link SizeStreamable}): the answering node encodes into blocks of
 * {@value #BLOCK} bytes, which JGroups writes fragment by fragment, and the asking node decodes while JGroups reads the
 * fragments back. No array holds a whole answer on either side: one of 1 MB (5,000 sessions) is a "humongous" object
 * for G1 on a 1 GiB heap, and each one started a concurrent collection (two or three per listing on every node).
 */
public final class SessionListing implements SizeStreamable {

    /** The session attributes a node sends, in this order (serverName is the sender's name). */
    static final List<String> ATTRIBUTES = List.of("sessionId", "siteName", "hostName", "userName", "clientIp", "clientPort",
            "serverIp", "serverPort", "sessionStartTime", "currentCommand", "commandStartTime", "previousCommand",
            "lastErrorStatus", "bytesSent", "bytesReceived", "currentDirectory", "secureControl", "secureData");
    private static final Map<String, Integer> INDEX = new HashMap<>();

    static {
        for (int i = 0; i < ATTRIBUTES.size(); i++) {
            INDEX.put(ATTRIBUTES.get(i), i);
        }
    }

    /**
     * The version of this form, its first byte: a node of another version (a rolling upgrade) is refused by name in
     * the log instead of misread.
     */
    static final int FORMAT = 2;
    /** Sessions are written into blocks of about this size (a session is never split; a huge one gets its own block). */
    static final int BLOCK = 32 * 1024;
    private static final byte NULL = 0;
    private static final byte TEXT = 1;
    private static final byte NUMBER = 2;
    private static final byte FLAG = 3;
    /** The value the session before had for this attribute. */
    private static final byte REPEAT = 4;
    /** Longer text is cut (command lines are far shorter: maxCommandLine is at most 32 KiB). */
    private static final int MAX_TEXT = 65_536;
    /** A variable-length long takes at most this many bytes (7 bits each). */
    private static final int MAX_VARLONG = 10;
    /** No block can be larger: every attribute at its longest. */
    private static final int MAX_BLOCK = ATTRIBUTES.size() * (1 + MAX_VARLONG + MAX_TEXT);

    private String serverName;
    private int count;
    /** Sending side: the encoded blocks and how much of each is used. */
    private List<byte[]> blocks = List.of();
    private int[] used = new int[0];
    /** Receiving side: the sessions, and what was wrong with the listing if it could not be read. */
    private List<RuntimeValues> sessions;
    private String problem;

    /** For JGroups, which reads a received listing into a new instance. */
    public SessionListing() {
    }

    /** The sessions of the node named serverName, encoded to be sent. */
    static SessionListing of(String serverName, List<RuntimeValues> sessions) {
        SessionListing listing = new SessionListing();
        listing.serverName = serverName;
        listing.count = sessions.size();
        Writer out = new Writer();
        for (RuntimeValues s : sessions) {
            out.session(s);
        }
        out.finish();
        listing.blocks = out.blocks;
        listing.used = out.usedArray();
        return listing;
    }

    /** The sender's node name. */
    String serverName() {
        return serverName;
    }

    /** The sessions, each answering serverName too; empty when the listing could not be read ({@link #problem()}). */
    List<RuntimeValues> sessions() {
        if (sessions == null) { // the sending side's own object (JGroups hands a message to itself unserialized)
            read(this);
        }
        return problem == null ? sessions : List.of();
    }

    /** Why the listing that arrived could not be read. */
    Optional<String> problem() {
        if (sessions == null) {
            read(this);
        }
        return Optional.ofNullable(problem);
    }

    private static void read(SessionListing listing) {
        Reader in = new Reader(listing);
        for (int b = 0; b < listing.blocks.size(); b++) {
            in.block(listing.blocks.get(b), listing.used[b]);
        }
        in.finish();
    }

    @Override
    public int serializedSize() {
        int size = 1 + 2 + serverName.getBytes(StandardCharsets.UTF_8).length + 4 + 4;
        for (int b = 0; b < blocks.size(); b++) {
            size += 4 + used[b];
        }
        return size;
    }

    @Override
    public void writeTo(DataOutput out) throws IOException {
        out.writeByte(FORMAT);
        out.writeUTF(serverName);
        out.writeInt(count);
        out.writeInt(blocks.size());
        for (int b = 0; b < blocks.size(); b++) {
            out.writeInt(used[b]);
            out.write(blocks.get(b), 0, used[b]);
        }
    }

    /**
     * Reads a listing as it arrives. A block that does not parse leaves {@link #problem()} set (the rest is still read,
     * so the message ends where it should); only a broken frame (a length that cannot be) ends it with an exception.
     */
    @Override
    public void readFrom(DataInput in) throws IOException {
        int format = in.readUnsignedByte();
        if (format != FORMAT) {
            throw new IOException("a session listing in format " + format + ", and this node reads format " + FORMAT
                    + ": are the farm's nodes of different versions?");
        }
        serverName = in.readUTF();
        count = in.readInt();
        int blockCount = in.readInt();
        if (count < 0 || blockCount < 0 || blockCount > count) {
            throw new IOException("bad session listing: " + count + " sessions in " + blockCount + " blocks");
        }
        Reader reader = new Reader(this);
        byte[] buffer = new byte[BLOCK];
        for (int b = 0; b < blockCount; b++) {
            int length = in.readInt();
            if (length < 0 || length > MAX_BLOCK) {
                throw new IOException("bad session listing block length " + length);
            }
            if (length > buffer.length) {
                buffer = new byte[length];
            }
            in.readFully(buffer, 0, length);
            reader.block(buffer, length);
        }
        reader.finish();
    }

    /**
     * Writes sessions into blocks of {@link #BLOCK} bytes, each value straight into the array (DataOutputStream over
     * ByteArrayOutputStream took a synchronized call per byte of every length, most of what a node spent answering).
     */
    private static final class Writer {
        private final List<byte[]> blocks = new ArrayList<>();
        private final List<Integer> lengths = new ArrayList<>();
        private byte[] bytes = new byte[BLOCK];
        private int used;
        /** Where the session being written began in {@link #bytes}. */
        private int start;

        /** Per attribute, the value the session before had; absent: nothing written yet. */
        private final Object[] last = new Object[ATTRIBUTES.size()];
        private final boolean[] written = new boolean[ATTRIBUTES.size()];

        void session(RuntimeValues s) {
            start = used;
            for (int a = 0; a < ATTRIBUTES.size(); a++) {
                put(a, s.get(ATTRIBUTES.get(a)));
            }
        }

        void finish() {
            if (used > 0) {
                blocks.add(bytes);
                lengths.add(used);
            }
        }

        int[] usedArray() {
            return lengths.stream().mapToInt(Integer::intValue).toArray();
        }

        private void put(int attribute, Object value) {
            Object typed = value instanceof Number n ? (Object) n.longValue()
                    : value == null || value instanceof Boolean ? value : value.toString();
            if (written[attribute] && Objects.equals(typed, last[attribute])) {
                putByte(REPEAT);
                return;
            }
            written[attribute] = true;
            last[attribute] = typed;
            if (typed == null) {
                putByte(NULL);
            } else if (typed instanceof Boolean b) {
                room(2);
                bytes[used++] = FLAG;
                bytes[used++] = b ? (byte) 1 : 0;
            } else if (typed instanceof Long n) {
                room(1 + MAX_VARLONG);
                bytes[used++] = NUMBER;
                putVarLong((n << 1) ^ (n >> 63)); // zigzag: small negative numbers stay short too
            } else {
                byte[] text = ((String) typed).getBytes(StandardCharsets.UTF_8);
                int length = Math.min(text.length, MAX_TEXT);
                room(1 + MAX_VARLONG + length);
                bytes[used++] = TEXT;
                putVarLong(length);
                System.arraycopy(text, 0, bytes, used, length);
                used += length;
            }
        }

        /** Seven bits a byte, lowest first; the high bit says another byte follows. Room was made. */
        private void putVarLong(long v) {
            while ((v & ~0x7FL) != 0) {
                bytes[used++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            bytes[used++] = (byte) v;
        }

        private void putByte(byte b) {
            room(1);
            bytes[used++] = b;
        }

        /** A session that does not fit moves whole to a new block; one that alone is larger than a block grows its own. */
        private void room(int n) {
            if (used + n <= bytes.length) {
                return;
            }
            if (start > 0) {
                byte[] next = new byte[Math.max(BLOCK, used - start + n)];
                System.arraycopy(bytes, start, next, 0, used - start);
                blocks.add(bytes);
                lengths.add(start);
                bytes = next;
                used -= start;
                start = 0;
            } else {
                // never past MAX_BLOCK, the most the reader takes: one session fits it (texts are cut at MAX_TEXT)
                bytes = Arrays.copyOf(bytes, Math.min(Math.max(bytes.length * 2, used + n), MAX_BLOCK));
            }
        }
    }

    /** Reads the sessions of one block after another into the listing. */
    private static final class Reader {
        private final SessionListing listing;
        private final List<RuntimeValues> out;
        /** Per attribute, the value of the session read before: a repeated value is that same object. */
        private final Object[] last = new Object[ATTRIBUTES.size()];
        private final boolean[] read = new boolean[ATTRIBUTES.size()];
        /** Where in the block being read the next value begins. */
        private int at;

        Reader(SessionListing listing) {
            this.listing = listing;
            this.out = new ArrayList<>(Math.min(listing.count, 65_536));
        }

        void block(byte[] data, int length) {
            if (listing.problem != null) {
                return;
            }
            at = 0;
            try {
                while (at < length) {
                    Object[] values = new Object[ATTRIBUTES.size()];
                    for (int a = 0; a < values.length; a++) {
                        read(data, length, values, a);
                    }
                    out.add(new RemoteSession(values, listing.serverName));
                }
            } catch (IOException e) {
                listing.problem = e.getMessage();
            }
        }

        void finish() {
            if (listing.problem == null && out.size() != listing.count) {
                listing.problem = "bad session listing: " + out.size() + " sessions instead of " + listing.count;
            }
            listing.sessions = out;
        }

        /**
         * Reads the value at {@link #at} into values[index] and moves past it. A repeated value (the site, the server's
         * address, often the client's) is the very object of the session before: one String for thousands of sessions,
         * decoded once.
         */
        private void read(byte[] data, int end, Object[] values, int index) throws IOException {
            need(1, end);
            byte tag = data[at++];
            Object value;
            switch (tag) {
                case REPEAT -> {
                    if (!read[index]) {
                        throw new IOException("a repeated value with none before it in a session listing");
                    }
                    values[index] = last[index];
                    return;
                }
                case NULL -> value = null;
                case FLAG -> {
                    need(1, end);
                    value = data[at++] != 0;
                }
                case NUMBER -> {
                    long zigzag = varLong(data, end);
                    value = (zigzag >>> 1) ^ -(zigzag & 1);
                }
                case TEXT -> {
                    long length = varLong(data, end);
                    if (length < 0 || length > MAX_TEXT || length > end - at) {
                        throw new IOException("bad text length " + length + " in a session listing");
                    }
                    value = new String(data, at, (int) length, StandardCharsets.UTF_8);
                    at += (int) length;
                }
                default -> throw new IOException("bad value tag " + tag + " in a session listing");
            }
            read[index] = true;
            last[index] = value;
            values[index] = value;
        }

        private long varLong(byte[] data, int end) throws IOException {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                need(1, end);
                byte b = data[at++];
                v |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return v;
                }
            }
            throw new IOException("a number longer than 64 bits in a session listing");
        }

        private void need(int n, int end) throws IOException {
            if (end - at < n) {
                throw new IOException("session listing block cut short at byte " + at);
            }
        }
    }

    /** A session another node holds, as that node listed it a moment ago. */
    private record RemoteSession(Object[] values, String serverName) implements RuntimeValues {

        @Override
        public Object get(String name) {
            if (name.equals("serverName")) {
                return serverName;
            }
            Integer i = INDEX.get(name);
            return i == null ? null : values[i];
        }
    }
}
