package org.apphostftp.security;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Just enough DER to re-wrap PKCS#1 and SEC1 private keys as PKCS#8: read a SEQUENCE's elements, write TLVs. */
final class Der {

    static final int INTEGER = 0x02;
    static final int OCTET_STRING = 0x04;
    static final int SEQUENCE = 0x30;

    private Der() {
    }

    /** The elements (each a whole TLV) of the SEQUENCE {@code der} starts with. */
    static List<byte[]> sequenceElements(byte[] der) {
        int[] header = header(der, 0);
        if ((der[0] & 0xff) != SEQUENCE) {
            throw new IllegalArgumentException("not a DER SEQUENCE");
        }
        int end = header[0] + header[1];
        List<byte[]> elements = new ArrayList<>();
        for (int at = header[0]; at < end; ) {
            int[] h = header(der, at);
            int next = h[0] + h[1];
            if (next > end) {
                throw new IllegalArgumentException("DER element runs past its SEQUENCE");
            }
            elements.add(Arrays.copyOfRange(der, at, next));
            at = next;
        }
        return elements;
    }

    static int tag(byte[] tlv) {
        return tlv[0] & 0xff;
    }

    static byte[] tlv(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 6);
        out.write(tag);
        int length = content.length;
        if (length < 0x80) {
            out.write(length);
        } else {
            int bytes = (32 - Integer.numberOfLeadingZeros(length) + 7) / 8;
            out.write(0x80 | bytes);
            for (int i = bytes - 1; i >= 0; i--) {
                out.write(length >>> (8 * i));
            }
        }
        out.writeBytes(content);
        return out.toByteArray();
    }

    static byte[] sequence(byte[]... elements) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (byte[] e : elements) {
            content.writeBytes(e);
        }
        return tlv(SEQUENCE, content.toByteArray());
    }

    /** {content offset, content length} of the TLV at {@code at}, checked against the array's end. */
    private static int[] header(byte[] der, int at) {
        if (at + 2 > der.length) {
            throw new IllegalArgumentException("DER ends early");
        }
        int first = der[at + 1] & 0xff;
        int offset = at + 2;
        long length;
        if (first < 0x80) {
            length = first;
        } else {
            int bytes = first & 0x7f;
            if (bytes == 0 || bytes > 4 || offset + bytes > der.length) {
                throw new IllegalArgumentException("unsupported DER length");
            }
            length = 0;
            for (int i = 0; i < bytes; i++) {
                length = length << 8 | (der[offset++] & 0xff);
            }
        }
        if (offset + length > der.length) {
            throw new IllegalArgumentException("DER ends early");
        }
        return new int[] {offset, (int) length};
    }
}
