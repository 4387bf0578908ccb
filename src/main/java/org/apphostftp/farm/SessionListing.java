package org.apphostftp.farm;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apphostftp.configapi.RuntimeValues;
import org.jgroups.util.SizeStreamable;

/**
 * The compact form in which a node hands its sessions of a site to the node that lists them: the attributes of the
 * sessions section in a fixed order, each value tagged (text, number, flag), no names repeated; about 220 bytes a
 * session.
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

    /** Sessions are written into blocks of about this size (a session is never split; a huge one gets its own block). */
    static final int BLOCK = 32 * 1024;
    private static final byte NULL = 0;
    private static final byte TEXT = 1;
    private static final byte NUMBER = 2;
    private static final byte FLAG = 3;
    /** Longer text is cut (command lines are far shorter: maxCommandLine is at most 32 KiB). */
    private static final int MAX_TEXT = 65_536;
    /** No block can be larger: every attribute at its longest. */
    private static final int MAX_BLOCK = ATTRIBUTES.size() * (MAX_TEXT + 5);
    /** Big-endian, as DataInput reads them. */
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

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
        int size = 2 + serverName.getBytes(StandardCharsets.UTF_8).length + 4 + 4;
        for (int b = 0; b < blocks.size(); b++) {
            size += 4 + used[b];
        }
        return size;
    }

    @Override
    public void writeTo(DataOutput out) throws IOException {
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

        /** Per attribute, the last text written and its bytes: a site's name or a server address is encoded once. */
        private final String[] lastText = new String[ATTRIBUTES.size()];
        private final byte[][] lastBytes = new byte[ATTRIBUTES.size()][];

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
            if (value == null) {
                putByte(NULL);
            } else if (value instanceof Boolean b) {
                room(2);
                bytes[used++] = FLAG;
                bytes[used++] = b ? (byte) 1 : 0;
            } else if (value instanceof Number n) {
                room(9);
                bytes[used++] = NUMBER;
                LONG.set(bytes, used, n.longValue());
                used += 8;
            } else {
                byte[] text = encoded(attribute, value.toString());
                int length = Math.min(text.length, MAX_TEXT);
                room(5 + length);
                bytes[used++] = TEXT;
                INT.set(bytes, used, length);
                used += 4;
                System.arraycopy(text, 0, bytes, used, length);
                used += length;
            }
        }

        /** The UTF-8 bytes of a text, reused when the attribute had the same text in the session before. */
        private byte[] encoded(int attribute, String text) {
            if (!text.equals(lastText[attribute])) {
                lastText[attribute] = text;
                lastBytes[attribute] = text.getBytes(StandardCharsets.UTF_8);
            }
            return lastBytes[attribute];
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
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + n));
            }
        }
    }

    /** Reads the sessions of one block after another into the listing. */
    private static final class Reader {
        private final SessionListing listing;
        private final List<RuntimeValues> out;
        /** Per attribute, the value of the session read before (and a text's bytes), to be shared when it repeats. */
        private final Object[] last = new Object[ATTRIBUTES.size()];
        private final byte[][] lastBytes = new byte[ATTRIBUTES.size()][];
        private final int[] lastLength = new int[ATTRIBUTES.size()];

        Reader(SessionListing listing) {
            this.listing = listing;
            this.out = new ArrayList<>(Math.min(listing.count, 65_536));
        }

        void block(byte[] data, int length) {
            if (listing.problem != null) {
                return;
            }
            int at = 0;
            try {
                while (at < length) {
                    Object[] values = new Object[ATTRIBUTES.size()];
                    for (int a = 0; a < values.length; a++) {
                        at = read(data, at, length, values, a);
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
         * Reads one value at {@code at} into values[index]; the position after it. A value equal to the one the session
         * before had for that attribute (the site, the server's address, often the client's) is that same object: one
         * String for thousands of sessions, decoded once.
         */
        private int read(byte[] data, int at, int end, Object[] values, int index) throws IOException {
            need(at, 1, end);
            byte tag = data[at++];
            switch (tag) {
                case NULL -> values[index] = null;
                case FLAG -> {
                    need(at, 1, end);
                    values[index] = data[at++] != 0;
                }
                case NUMBER -> {
                    need(at, 8, end);
                    long number = (long) LONG.get(data, at);
                    values[index] = last[index] instanceof Long same && same == number ? same : (last[index] = number);
                    at += 8;
                }
                case TEXT -> {
                    need(at, 4, end);
                    int length = (int) INT.get(data, at);
                    at += 4;
                    if (length < 0 || length > MAX_TEXT || length > end - at) {
                        throw new IOException("bad text length " + length + " in a session listing");
                    }
                    values[index] = text(data, at, length, index);
                    at += length;
                }
                default -> throw new IOException("bad value tag " + tag + " in a session listing");
            }
            return at;
        }

        private String text(byte[] data, int at, int length, int index) {
            byte[] before = lastBytes[index];
            if (last[index] instanceof String same && lastLength[index] == length
                    && Arrays.equals(data, at, at + length, before, 0, length)) {
                return same;
            }
            if (before == null || before.length < length) {
                before = lastBytes[index] = new byte[Math.max(length, 64)];
            }
            System.arraycopy(data, at, before, 0, length);
            lastLength[index] = length;
            String text = new String(data, at, length, StandardCharsets.UTF_8);
            last[index] = text;
            return text;
        }

        private static void need(int at, int n, int end) throws IOException {
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
