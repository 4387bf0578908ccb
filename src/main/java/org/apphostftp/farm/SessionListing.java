package org.apphostftp.farm;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apphostftp.configapi.RuntimeValues;

/**
 * The compact form in which a node hands its sessions of a site to the node that lists them: the attributes of the
 * sessions section in a fixed order, each value tagged (text, number, flag), no names repeated. 5,000 sessions are
 * about 1 MB and take a few milliseconds either way.
 */
final class SessionListing {

    /** The session attributes a node sends, in this order (serverName is the sender's name, added on arrival). */
    static final List<String> ATTRIBUTES = List.of("sessionId", "siteName", "hostName", "userName", "clientIp", "clientPort",
            "serverIp", "serverPort", "sessionStartTime", "currentCommand", "commandStartTime", "previousCommand",
            "lastErrorStatus", "bytesSent", "bytesReceived", "currentDirectory", "secureControl", "secureData");
    private static final Map<String, Integer> INDEX = new HashMap<>();

    static {
        for (int i = 0; i < ATTRIBUTES.size(); i++) {
            INDEX.put(ATTRIBUTES.get(i), i);
        }
    }

    private static final byte NULL = 0;
    private static final byte TEXT = 1;
    private static final byte NUMBER = 2;
    private static final byte FLAG = 3;
    /** Longer text is cut (command lines are far shorter: maxCommandLine is at most 32 KiB). */
    private static final int MAX_TEXT = 65_536;
    /** Big-endian, as ByteBuffer reads them. */
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private SessionListing() {
    }

    static byte[] encode(List<RuntimeValues> sessions) {
        Writer out = new Writer(64 + sessions.size() * 512);
        out.putInt(sessions.size());
        for (RuntimeValues s : sessions) {
            for (String name : ATTRIBUTES) {
                out.put(s.get(name));
            }
        }
        return out.bytes();
    }

    static List<RuntimeValues> decode(byte[] data, String serverName) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(data);
        try {
            int count = in.getInt();
            if (count < 0 || count > data.length) {
                throw new IOException("bad session count " + count);
            }
            List<RuntimeValues> out = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                Object[] values = new Object[ATTRIBUTES.size()];
                for (int a = 0; a < values.length; a++) {
                    values[a] = read(in, data);
                }
                out.add(new RemoteSession(values, serverName));
            }
            return out;
        } catch (BufferUnderflowException e) {
            throw new IOException("listing cut short after " + in.position() + " bytes");
        }
    }

    /**
     * Writes straight into one growing array: DataOutputStream over ByteArrayOutputStream took a synchronized call per
     * byte of every length and was most of what a node spent answering a listing.
     */
    private static final class Writer {
        private byte[] bytes;
        private int used;

        Writer(int capacity) {
            bytes = new byte[capacity];
        }

        void put(Object value) {
            if (value == null) {
                putByte(NULL);
            } else if (value instanceof Boolean b) {
                putByte(FLAG);
                putByte(b ? (byte) 1 : 0);
            } else if (value instanceof Number n) {
                putByte(NUMBER);
                room(8);
                LONG.set(bytes, used, n.longValue());
                used += 8;
            } else {
                byte[] text = value.toString().getBytes(StandardCharsets.UTF_8);
                int length = Math.min(text.length, MAX_TEXT);
                putByte(TEXT);
                putInt(length);
                room(length);
                System.arraycopy(text, 0, bytes, used, length);
                used += length;
            }
        }

        void putByte(byte b) {
            room(1);
            bytes[used++] = b;
        }

        void putInt(int v) {
            room(4);
            INT.set(bytes, used, v);
            used += 4;
        }

        private void room(int n) {
            if (used + n > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + n));
            }
        }

        byte[] bytes() {
            return used == bytes.length ? bytes : Arrays.copyOf(bytes, used);
        }
    }

    private static Object read(ByteBuffer in, byte[] data) throws IOException {
        byte tag = in.get();
        return switch (tag) {
            case NULL -> null;
            case FLAG -> in.get() != 0;
            case NUMBER -> in.getLong();
            case TEXT -> {
                int length = in.getInt();
                if (length < 0 || length > MAX_TEXT || length > in.remaining()) {
                    throw new IOException("bad text length " + length);
                }
                String text = new String(data, in.position(), length, StandardCharsets.UTF_8);
                in.position(in.position() + length);
                yield text;
            }
            default -> throw new IOException("bad value tag " + tag);
        };
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
