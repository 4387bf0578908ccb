package org.apphostftp.farm;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

    private SessionListing() {
    }

    static byte[] encode(List<RuntimeValues> sessions) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + sessions.size() * 256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(sessions.size());
            for (RuntimeValues s : sessions) {
                for (String name : ATTRIBUTES) {
                    write(out, s.get(name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static List<RuntimeValues> decode(byte[] data, String serverName) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(data));
        int count = in.readInt();
        if (count < 0 || count > data.length) {
            throw new IOException("bad session count " + count);
        }
        List<RuntimeValues> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Object[] values = new Object[ATTRIBUTES.size()];
            for (int a = 0; a < values.length; a++) {
                values[a] = read(in);
            }
            out.add(new RemoteSession(values, serverName));
        }
        return out;
    }

    private static void write(DataOutputStream out, Object value) throws IOException {
        if (value == null) {
            out.writeByte(NULL);
        } else if (value instanceof Boolean b) {
            out.writeByte(FLAG);
            out.writeBoolean(b);
        } else if (value instanceof Number n) {
            out.writeByte(NUMBER);
            out.writeLong(n.longValue());
        } else {
            byte[] text = value.toString().getBytes(StandardCharsets.UTF_8);
            int length = Math.min(text.length, MAX_TEXT);
            out.writeByte(TEXT);
            out.writeInt(length);
            out.write(text, 0, length);
        }
    }

    private static Object read(DataInputStream in) throws IOException {
        byte tag = in.readByte();
        return switch (tag) {
            case NULL -> null;
            case FLAG -> in.readBoolean();
            case NUMBER -> in.readLong();
            case TEXT -> {
                int length = in.readInt();
                if (length < 0 || length > MAX_TEXT) {
                    throw new IOException("bad text length " + length);
                }
                byte[] text = new byte[length];
                in.readFully(text);
                yield new String(text, StandardCharsets.UTF_8);
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
