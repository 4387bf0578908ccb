package org.apphostftp.site;

import org.apache.mina.core.buffer.IoBuffer;
import org.apache.mina.core.filterchain.IoFilterAdapter;
import org.apache.mina.core.session.IoSession;
import org.apache.mina.core.write.WriteRequest;

/**
 * Counts the control connection's plaintext bytes into the live session. It sits between the TLS filter and the
 * codec, so it sees exactly the bytes of each command line and each encoded reply, before encryption.
 */
final class ControlByteCounter extends IoFilterAdapter {

    @Override
    public void messageReceived(NextFilter next, IoSession io, Object message) throws Exception {
        if (message instanceof IoBuffer buffer) {
            SessionState state = SessionState.of(io);
            if (state != null) {
                state.live().addBytesReceived(buffer.remaining());
            }
        }
        next.messageReceived(io, message);
    }

    @Override
    public void filterWrite(NextFilter next, IoSession io, WriteRequest request) throws Exception {
        if (request.getMessage() instanceof IoBuffer buffer) {
            SessionState state = SessionState.of(io);
            if (state != null) {
                state.live().addBytesSent(buffer.remaining());
            }
        }
        next.filterWrite(io, request);
    }
}
