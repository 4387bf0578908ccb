package org.apphostftp.farm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apphostftp.configapi.RuntimeValues;
import org.junit.jupiter.api.Test;

class SessionListingTest {

    @Test
    void aListingArrivesWithEveryValueAndTheSendersName() throws IOException {
        Map<String, Object> values = new HashMap<>();
        values.put("sessionId", "5b0c8d3e-0000-4000-8000-000000000001");
        values.put("userName", "bob");
        values.put("currentCommand", "RETR caf\u00e9.txt");
        values.put("bytesSent", 12_345_678_901L);
        values.put("serverPort", 21L);
        values.put("secureData", true);
        List<RuntimeValues> back = SessionListing.decode(SessionListing.encode(List.of(RuntimeValues.of(values))), "ftp3");

        assertThat(back).hasSize(1);
        RuntimeValues s = back.get(0);
        assertThat(s.get("sessionId")).isEqualTo("5b0c8d3e-0000-4000-8000-000000000001");
        assertThat(s.get("currentCommand")).isEqualTo("RETR caf\u00e9.txt");
        assertThat(s.get("bytesSent")).isEqualTo(12_345_678_901L);
        assertThat(s.get("secureData")).isEqualTo(true);
        assertThat(s.get("hostName")).isNull();
        assertThat(s.get("serverName")).isEqualTo("ftp3");
        assertThat(s.get("noSuchAttribute")).isNull();
    }

    @Test
    void aTruncatedOrForgedListingIsRefusedNotBelieved() {
        byte[] good = SessionListing.encode(List.of(RuntimeValues.of(Map.of("sessionId", "x", "userName", "bob"))));
        assertThatThrownBy(() -> SessionListing.decode(Arrays.copyOf(good, good.length - 3), "ftp3")).isInstanceOf(IOException.class);
        byte[] hugeCount = {0x7f, 0, 0, 0};
        assertThatThrownBy(() -> SessionListing.decode(hugeCount, "ftp3")).isInstanceOf(IOException.class);
        byte[] badTag = {0, 0, 0, 1, 9};
        assertThatThrownBy(() -> SessionListing.decode(badTag, "ftp3")).isInstanceOf(IOException.class).hasMessageContaining("tag");
    }

    @Test
    void thousandsOfSessionsArriveWholeAndInTheSendersOrder() throws IOException {
        List<RuntimeValues> sent = new java.util.ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            sent.add(RuntimeValues.of(Map.of("sessionId", "id-" + i, "clientPort", (long) (40_000 + i),
                    "currentDirectory", "/home/user-" + i + "/" + "x".repeat(i % 300), "secureControl", i % 2 == 0)));
        }
        List<RuntimeValues> back = SessionListing.decode(SessionListing.encode(sent), "ftp4");

        assertThat(back).hasSize(5_000);
        assertThat(back.get(4_999).get("sessionId")).isEqualTo("id-4999");
        assertThat(back.get(4_999).get("clientPort")).isEqualTo(44_999L);
        assertThat(back.get(299).get("currentDirectory")).isEqualTo("/home/user-299/" + "x".repeat(299));
        assertThat(back.get(3).get("secureControl")).isEqualTo(false);
    }

    @Test
    void aTextLongerThanWhatArrivedIsRefused() {
        byte[] forged = {0, 0, 0, 1, 1, 0, 0, 0x10, 0, 'a', 'b'};
        assertThatThrownBy(() -> SessionListing.decode(forged, "ftp3")).isInstanceOf(IOException.class)
                .hasMessageContaining("length");
    }
}
