package org.apphostftp.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChunkedBytesTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 255, 256, 257, ChunkedBytes.CHUNK - 1, ChunkedBytes.CHUNK, ChunkedBytes.CHUNK + 1, 3 * ChunkedBytes.CHUNK + 17})
    void keepsEveryByteInOrderWhateverTheSize(int size) throws Exception {
        byte[] content = new byte[size];
        new Random(size).nextBytes(content);
        ChunkedBytes bytes = new ChunkedBytes();
        int at = 0;
        Random pieces = new Random(7);
        while (at < size) { // single bytes and runs of every length, as a JSON generator writes them
            if (pieces.nextInt(4) == 0) {
                bytes.write(content[at++]);
            } else {
                int n = Math.min(size - at, pieces.nextInt(9000));
                bytes.write(content, at, n);
                at += n;
            }
        }

        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        bytes.writeTo(sent);

        assertThat(bytes.size()).isEqualTo(size);
        assertThat(bytes.toByteArray()).isEqualTo(content);
        assertThat(sent.toByteArray()).isEqualTo(content);
    }

    @Test
    void sendsALargeBodyInWritesOfOneChunkAtMost() throws Exception {
        ChunkedBytes bytes = new ChunkedBytes();
        bytes.write(new byte[5 * ChunkedBytes.CHUNK + 100], 0, 5 * ChunkedBytes.CHUNK + 100);
        List<Integer> writes = new ArrayList<>();
        bytes.writeTo(new java.io.OutputStream() {
            @Override
            public void write(int b) {
                writes.add(1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                writes.add(len);
            }
        });

        assertThat(writes).allMatch(n -> n <= ChunkedBytes.CHUNK).hasSize(6);
        assertThat(writes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(5 * ChunkedBytes.CHUNK + 100);
    }

    @Test
    void chunksHandedBackServeTheNextBodyWithoutItsOldBytes() throws Exception {
        byte[] first = new byte[3 * ChunkedBytes.CHUNK];
        java.util.Arrays.fill(first, (byte) 'x');
        ChunkedBytes old = new ChunkedBytes();
        old.write(first, 0, first.length);
        old.release();

        byte[] second = new byte[2 * ChunkedBytes.CHUNK + 10];
        new Random(3).nextBytes(second);
        ChunkedBytes next = new ChunkedBytes();
        next.write(second, 0, second.length);

        assertThat(old.size()).isZero();
        old.write(new byte[] {1, 2, 3}, 0, 3); // a released body starts again empty
        assertThat(old.toByteArray()).containsExactly(1, 2, 3);
        assertThat(next.size()).isEqualTo(second.length);
        assertThat(next.toByteArray()).isEqualTo(second);
    }
}
