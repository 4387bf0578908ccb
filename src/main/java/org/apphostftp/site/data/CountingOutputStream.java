package org.apphostftp.site.data;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Counts what is written to the data socket (plaintext, under TLS) into the transfer. */
final class CountingOutputStream extends FilterOutputStream {

    private final DataTransfer transfer;

    CountingOutputStream(OutputStream out, DataTransfer transfer) {
        super(out);
        this.transfer = transfer;
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        transfer.counted(1, true);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        transfer.counted(len, true);
    }
}
