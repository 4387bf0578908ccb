package org.apphostftp.site.data;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts what is read from the data socket (plaintext, under TLS) into the transfer. */
final class CountingInputStream extends FilterInputStream {

    private final DataTransfer transfer;

    CountingInputStream(InputStream in, DataTransfer transfer) {
        super(in);
        this.transfer = transfer;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            transfer.counted(1, false);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (n > 0) {
            transfer.counted(n, false);
        }
        return n;
    }
}
