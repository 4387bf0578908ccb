package org.apphostftp.farm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apphostftp.configapi.RuntimeValues;
import org.jgroups.Event;
import org.jgroups.Message;
import org.jgroups.ObjectMessage;
import org.jgroups.protocols.FRAG4;
import org.jgroups.stack.Protocol;
import org.jgroups.util.ByteArray;
import org.jgroups.util.UUID;
import org.jgroups.util.Util;
import org.junit.jupiter.api.Test;

class SessionListingTest {

    /** The format byte before the sender's name. */
    private static final int H = 1;

    @Test
    void aListingArrivesWithEveryValueAndTheSendersName() throws IOException {
        Map<String, Object> values = new HashMap<>();
        values.put("sessionId", "5b0c8d3e-0000-4000-8000-000000000001");
        values.put("userName", "bob");
        values.put("currentCommand", "RETR caf\u00e9.txt");
        values.put("bytesSent", 12_345_678_901L);
        values.put("serverPort", 21L);
        values.put("secureData", true);
        SessionListing back = roundTrip(SessionListing.of("ftp3", List.of(RuntimeValues.of(values))));

        assertThat(back.problem()).isEmpty();
        assertThat(back.sessions()).hasSize(1);
        RuntimeValues s = back.sessions().get(0);
        assertThat(s.get("sessionId")).isEqualTo("5b0c8d3e-0000-4000-8000-000000000001");
        assertThat(s.get("currentCommand")).isEqualTo("RETR caf\u00e9.txt");
        assertThat(s.get("bytesSent")).isEqualTo(12_345_678_901L);
        assertThat(s.get("secureData")).isEqualTo(true);
        assertThat(s.get("hostName")).isNull();
        assertThat(s.get("serverName")).isEqualTo("ftp3");
        assertThat(s.get("noSuchAttribute")).isNull();
    }

    @Test
    void aTruncatedListingEndsTheMessageAndAForgedOneIsRefusedNotBelieved() throws IOException {
        byte[] good = bytes(SessionListing.of("ftp3", List.of(RuntimeValues.of(Map.of("sessionId", "x", "userName", "bob")))));
        assertThatThrownBy(() -> read(Arrays.copyOf(good, good.length - 3))).isInstanceOf(IOException.class);

        byte[] hugeBlock = good.clone(); // the block's length, after the name (2 + 4 bytes), the count and the block count
        hugeBlock[H + 2 + 4 + 4 + 4] = 0x7f;
        assertThatThrownBy(() -> read(hugeBlock)).isInstanceOf(IOException.class).hasMessageContaining("block length");

        byte[] moreBlocksThanSessions = good.clone();
        moreBlocksThanSessions[H + 2 + 4 + 4 + 3] = 2;
        assertThatThrownBy(() -> read(moreBlocksThanSessions)).isInstanceOf(IOException.class).hasMessageContaining("blocks");

        byte[] badTag = good.clone(); // the first value's tag, the first byte of the block
        badTag[H + 2 + 4 + 4 + 4 + 4] = 9;
        SessionListing forged = read(badTag);
        assertThat(forged.problem()).hasValueSatisfying(p -> assertThat(p).contains("tag"));
        assertThat(forged.sessions()).isEmpty();

        byte[] fewerSessions = good.clone(); // says 2 sessions, holds 1
        fewerSessions[H + 2 + 4 + 3] = 2;
        assertThat(read(fewerSessions).problem()).hasValueSatisfying(p -> assertThat(p).contains("1 sessions instead of 2"));
    }

    @Test
    void aListingInAnotherFormatIsRefusedNamingBothFormats() throws IOException {
        byte[] other = bytes(SessionListing.of("ftp3", List.of(RuntimeValues.of(Map.of("sessionId", "abc")))));
        other[0] = (byte) (SessionListing.FORMAT + 1);
        assertThatThrownBy(() -> read(other)).isInstanceOf(IOException.class)
                .hasMessageContaining("format " + (SessionListing.FORMAT + 1)).hasMessageContaining("different versions");
    }

    @Test
    void aTextLongerThanItsBlockIsRefused() throws IOException {
        byte[] good = bytes(SessionListing.of("ftp3", List.of(RuntimeValues.of(Map.of("sessionId", "abc")))));
        byte[] forged = good.clone(); // sessionId's length (one byte: 3), after its tag
        forged[H + 2 + 4 + 4 + 4 + 4 + 1] = 0x7f;
        assertThat(read(forged).problem()).hasValueSatisfying(p -> assertThat(p).contains("length"));
    }

    @Test
    void aRepeatedValueWithNoneBeforeItAndANumberOfMoreThan64BitsAreRefused() throws IOException {
        byte[] good = bytes(SessionListing.of("ftp3", List.of(RuntimeValues.of(Map.of("sessionId", "abc")))));
        byte[] repeatFirst = good.clone(); // the first value's tag
        repeatFirst[H + 2 + 4 + 4 + 4 + 4] = 4;
        assertThat(read(repeatFirst).problem()).hasValueSatisfying(p -> assertThat(p).contains("none before it"));

        byte[] endless = good.clone(); // a number tag, then length bytes that all say "more follows"
        endless[H + 2 + 4 + 4 + 4 + 4] = 2;
        Arrays.fill(endless, H + 2 + 4 + 4 + 4 + 4 + 1, endless.length, (byte) 0xff);
        assertThat(read(endless).problem()).isPresent();
    }

    @Test
    void numbersOfEverySizeAndSignArriveAsSent() throws IOException {
        long[] numbers = {0, 1, -1, 63, 64, -64, -65, 127, 128, 65_535, Integer.MAX_VALUE, 1L << 40, Long.MAX_VALUE, Long.MIN_VALUE};
        List<RuntimeValues> sent = new ArrayList<>();
        for (int i = 0; i < numbers.length; i++) {
            sent.add(RuntimeValues.of(Map.of("sessionId", "id-" + i, "bytesSent", numbers[i])));
        }
        List<RuntimeValues> back = read(bytes(SessionListing.of("ftp3", sent))).sessions();
        assertThat(back).extracting(s -> (long) s.get("bytesSent")).containsExactly(Arrays.stream(numbers).boxed().toArray(Long[]::new));
    }

    @Test
    void sessionsThatDifferOnlyByIdAndPortTakeAFewBytesEach() throws IOException {
        List<RuntimeValues> sent = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            Map<String, Object> values = new HashMap<>();
            values.put("sessionId", String.format("%016x", 0x5b0c8d3e00000000L + i));
            values.put("siteName", "Default FTP Site");
            values.put("clientIp", "203.0.113.7");
            values.put("clientPort", 40_000L + i);
            values.put("serverIp", "192.0.2.1");
            values.put("serverPort", 21L);
            values.put("currentDirectory", "/");
            values.put("bytesSent", 0L);
            values.put("secureControl", false);
            sent.add(RuntimeValues.of(values));
        }
        byte[] wire = bytes(SessionListing.of("ftp3", sent));
        // per session: the id (1 + 1 + 16), the port (1 + 3), one byte for each of the other 16 attributes
        assertThat(wire.length).isLessThan(1_000 * 40);
        List<RuntimeValues> back = read(wire).sessions();
        assertThat(back.get(999).get("clientPort")).isEqualTo(40_999L);
        assertThat(back.get(999).get("siteName")).isEqualTo("Default FTP Site");
        assertThat(back.get(999).get("hostName")).isNull();
    }

    @Test
    void thousandsOfSessionsArriveWholeAndInTheSendersOrderInBlocksNoneOfThemLarge() throws IOException {
        List<RuntimeValues> sent = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            sent.add(RuntimeValues.of(Map.of("sessionId", "id-" + i, "clientPort", (long) (40_000 + i),
                    "currentDirectory", "/home/user-" + i + "/" + "x".repeat(i % 300), "secureControl", i % 2 == 0)));
        }
        SessionListing listing = SessionListing.of("ftp4", sent);
        byte[] wire = bytes(listing);
        assertThat(wire.length).isGreaterThan(20 * SessionListing.BLOCK);

        List<RuntimeValues> back = read(wire).sessions();
        assertThat(back).hasSize(5_000);
        assertThat(back.get(4_999).get("sessionId")).isEqualTo("id-4999");
        assertThat(back.get(4_999).get("clientPort")).isEqualTo(44_999L);
        assertThat(back.get(299).get("currentDirectory")).isEqualTo("/home/user-299/" + "x".repeat(299));
        assertThat(back.get(3).get("secureControl")).isEqualTo(false);
        assertThat(listing.sessions()).hasSize(5_000); // the sender's own object reads back too
    }

    @Test
    void aValueTheSessionBeforeHadArrivesAsTheSameObjectAndOneThatDiffersByAByteDoesNot() throws IOException {
        String[] ips = {"10.0.0.1", "10.0.0.1", "10.0.0.2", "10.0.0.2", "10.0.0.1", "10.0.0.10", "10.0.0.1", "", "10.0.0.1"};
        long[] ports = {21, 21, 22, 21, 1L << 40, 1L << 40, 21, 21, 21};
        List<RuntimeValues> sent = new ArrayList<>();
        for (int i = 0; i < ips.length; i++) {
            sent.add(RuntimeValues.of(Map.of("sessionId", "id-" + i, "clientIp", new String(ips[i]), "serverPort", ports[i],
                    "siteName", i == 3 ? "caf\u00e9" : "cafe")));
        }
        List<RuntimeValues> back = read(bytes(SessionListing.of("ftp3", sent))).sessions();

        assertThat(back).extracting(s -> s.get("clientIp")).containsExactly((Object[]) ips);
        assertThat(back).extracting(s -> s.get("serverPort")).containsExactly(21L, 21L, 22L, 21L, 1L << 40, 1L << 40, 21L, 21L, 21L);
        assertThat(back).extracting(s -> s.get("siteName")).containsExactly("cafe", "cafe", "cafe", "caf\u00e9", "cafe",
                "cafe", "cafe", "cafe", "cafe");
        assertThat(back.get(1).get("clientIp")).isSameAs(back.get(0).get("clientIp"));
        assertThat(back.get(5).get("serverPort")).isSameAs(back.get(4).get("serverPort"));
        assertThat(back.get(2).get("sessionId")).isNotEqualTo(back.get(1).get("sessionId"));
    }

    @Test
    void aSessionLargerThanABlockTravelsInABlockOfItsOwn() throws IOException {
        String longCommand = "STOR " + "y".repeat(SessionListing.BLOCK * 3 / 2);
        List<RuntimeValues> sent = List.of(RuntimeValues.of(Map.of("sessionId", "small-1")),
                RuntimeValues.of(Map.of("sessionId", "huge", "currentCommand", longCommand)),
                RuntimeValues.of(Map.of("sessionId", "small-2")));
        List<RuntimeValues> back = read(bytes(SessionListing.of("ftp2", sent))).sessions();

        assertThat(back).extracting(s -> s.get("sessionId")).containsExactly("small-1", "huge", "small-2");
        assertThat(longCommand.equals(back.get(1).get("currentCommand"))).as("the long command, whole").isTrue();
    }

    @Test
    void aSessionWithEveryAttributeAtItsLongestAndManySmallOnesAfterItAreReadBackWhole() throws IOException {
        Map<String, Object> longest = new HashMap<>();
        for (String attribute : SessionListing.ATTRIBUTES) {
            longest.put(attribute, attribute.charAt(0) + "y".repeat(70_000)); // cut at 64 KiB on the way
        }
        List<RuntimeValues> sent = new ArrayList<>();
        sent.add(RuntimeValues.of(longest));
        for (int i = 0; i < 100_000; i++) { // enough to fill a block grown for the first one past what a reader takes
            sent.add(RuntimeValues.of(Map.of("sessionId", "s" + i)));
        }
        SessionListing back = read(bytes(SessionListing.of("ftp3", sent)));

        assertThat(back.problem()).isEmpty();
        assertThat(back.sessions()).hasSize(100_001);
        assertThat((String) back.sessions().get(0).get("currentCommand")).hasSize(65_536).startsWith("cy");
        assertThat(back.sessions().get(100_000).get("sessionId")).isEqualTo("s99999");
    }

    @Test
    void aListingCutIntoFragmentsByJGroupsIsReadBackFromThem() throws Exception {
        List<RuntimeValues> sent = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            sent.add(RuntimeValues.of(Map.of("sessionId", "id-" + i, "userName", "user" + i)));
        }
        Ends sender = new Ends();
        FRAG4 cutting = new FRAG4();
        cutting.setFragSize(8_000);
        cutting.setDownProtocol(sender);
        cutting.init();
        cutting.down(new ObjectMessage(null, SessionListing.of("ftp3", sent)).setSrc(UUID.randomUUID()));
        assertThat(sender.messages).hasSizeGreaterThan(10);

        Ends receiver = new Ends();
        FRAG4 joining = new FRAG4();
        joining.setDownProtocol(new Ends());
        joining.setUpProtocol(receiver);
        joining.init();
        for (Message fragment : sender.messages) { // as another node reads them off the wire
            ByteArray wire = Util.messageToBuffer(fragment);
            joining.up(Util.messageFromBuffer(wire.getArray(), wire.getOffset(), wire.getLength()));
        }

        assertThat(receiver.messages).hasSize(1);
        SessionListing back = receiver.messages.get(0).getObject();
        assertThat(back.sessions()).hasSize(3_000);
        assertThat(back.sessions().get(2_999).get("userName")).isEqualTo("user2999");
    }

    /** The end of a stack: keeps the messages that reach it. */
    private static final class Ends extends Protocol {
        final List<Message> messages = new ArrayList<>();

        @Override
        public Object down(Event evt) {
            return null;
        }

        @Override
        public Object down(Message msg) {
            messages.add(msg);
            return null;
        }

        @Override
        public Object up(Message msg) {
            messages.add(msg);
            return null;
        }
    }

    private static SessionListing roundTrip(SessionListing listing) throws IOException {
        return read(bytes(listing));
    }

    private static byte[] bytes(SessionListing listing) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            listing.writeTo(out);
        }
        assertThat(bytes.size()).isEqualTo(listing.serializedSize());
        return bytes.toByteArray();
    }

    private static SessionListing read(byte[] wire) throws IOException {
        SessionListing listing = new SessionListing();
        listing.readFrom(new DataInputStream(new ByteArrayInputStream(wire)));
        return listing;
    }
}
