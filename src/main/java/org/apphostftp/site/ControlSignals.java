package org.apphostftp.site;

import org.apache.mina.core.buffer.IoBuffer;
import org.apache.mina.core.filterchain.IoFilterAdapter;
import org.apache.mina.core.session.IoSession;

/**
 * Acts on the I/O thread, before commands are queued behind a running transfer: when the control connection closes,
 * or the client sends ABOR, the session's data transfer is aborted at once. Without this a vanished client's upload
 * would end as if complete, and ABOR would wait for the transfer it should stop (MINA pitfall P8).
 */
final class ControlSignals extends IoFilterAdapter {

    @Override
    public void messageReceived(NextFilter next, IoSession io, Object message) throws Exception {
        if (message instanceof IoBuffer buffer && containsAbort(buffer)) {
            SessionState state = SessionState.of(io);
            if (state != null) {
                state.data().ifPresent(d -> d.abortTransfer("ABOR received"));
            }
        }
        next.messageReceived(io, message);
    }

    @Override
    public void sessionClosed(NextFilter next, IoSession io) throws Exception {
        SessionState state = SessionState.of(io);
        if (state != null) {
            state.data().ifPresent(d -> d.abort("control connection closed"));
        }
        next.sessionClosed(io);
    }

    /** An ABOR line (any case, Telnet IP/Synch bytes before it allowed) in the received bytes. */
    static boolean containsAbort(IoBuffer buffer) {
        int start = buffer.position();
        int end = buffer.limit();
        boolean lineStart = true;
        for (int i = start; i < end; i++) {
            int b = buffer.get(i) & 0xff;
            if (b == '\n' || b == '\r') {
                lineStart = true;
                continue;
            }
            if (b >= 0xf0) {
                continue; // Telnet IAC, IP, DM sent before ABOR
            }
            if (lineStart && i + 4 <= end && (b | 0x20) == 'a' && (buffer.get(i + 1) | 0x20) == 'b'
                    && (buffer.get(i + 2) | 0x20) == 'o' && (buffer.get(i + 3) | 0x20) == 'r'
                    && (i + 4 == end || buffer.get(i + 4) == '\r' || buffer.get(i + 4) == '\n' || buffer.get(i + 4) == ' ')) {
                return true;
            }
            lineStart = false;
        }
        return false;
    }
}
