package org.apphostftp.site.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** TYPE A conversion, whatever the buffer boundaries: the result never depends on where a read ended. */
class AsciiLinesTest {

    @ParameterizedTest(name = "to the client: {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "a\\nb\\n|a\\r\\nb\\r\\n",
        "a\\r\\nb|a\\r\\nb",           // already CRLF: unchanged
        "\\n\\n|\\r\\n\\r\\n",
        "a\\rb|a\\rb",                 // a bare CR stays
        "''|''",
    })
    void lfBecomesCrlfInEveryBufferSize(String text, String expected) {
        byte[] in = bytes(text);
        for (int size = 1; size <= Math.max(1, in.length); size++) {
            assertThat(toClient(in, size)).as("buffers of %d bytes", size).isEqualTo(unescape(expected));
        }
    }

    @ParameterizedTest(name = "from the client: {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "a\\r\\nb\\r\\n|a\\nb\\n",
        "a\\nb|a\\nb",                 // a bare LF stays
        "a\\rb|a\\rb",                 // a bare CR stays
        "a\\r|a\\r",                   // a CR at the very end is written at the end
        "\\r\\r\\n|\\r\\n",
        "''|''",
    })
    void crlfBecomesLfInEveryBufferSize(String text, String expected) {
        byte[] in = bytes(text);
        for (int size = 1; size <= Math.max(1, in.length); size++) {
            assertThat(fromClient(in, size)).as("buffers of %d bytes", size).isEqualTo(unescape(expected));
        }
    }

    /** As DataTransfer's download loop does it: read {@code size} bytes at a time, convert, write once. */
    private static String toClient(byte[] in, int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] converted = new byte[2 * size];
        byte previous = 0;
        for (int at = 0; at < in.length; at += size) {
            int n = Math.min(size, in.length - at);
            byte[] buffer = java.util.Arrays.copyOfRange(in, at, at + n);
            out.write(converted, 0, AsciiLines.toCrlf(buffer, n, previous, converted));
            previous = buffer[n - 1];
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    /** As DataTransfer's upload loop does it, including the CR held back at the very end. */
    private static String fromClient(byte[] in, int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] converted = new byte[size + 1];
        boolean pending = false;
        for (int at = 0; at < in.length; at += size) {
            int n = Math.min(size, in.length - at);
            byte[] buffer = java.util.Arrays.copyOfRange(in, at, at + n);
            out.write(converted, 0, AsciiLines.toLf(buffer, n, pending, converted));
            pending = AsciiLines.endsPending(buffer, n, pending);
        }
        if (pending) {
            out.write('\r');
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    private static byte[] bytes(String escaped) {
        return unescape(escaped).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String unescape(String s) {
        return s.replace("\\r", "\r").replace("\\n", "\n");
    }
}
