package org.apphostftp.site;

import java.nio.charset.StandardCharsets;
import org.apache.ftpserver.listener.nio.FtpResponseEncoder;
import org.apache.mina.core.session.IoSession;
import org.apache.mina.filter.codec.ProtocolCodecFactory;
import org.apache.mina.filter.codec.ProtocolDecoder;
import org.apache.mina.filter.codec.ProtocolEncoder;
import org.apache.mina.filter.codec.textline.LineDelimiter;
import org.apache.mina.filter.codec.textline.TextLineDecoder;

/**
 * Command lines in UTF-8 (LF or CRLF) and MINA's reply encoder. The longest line is the largest maxCommandLine of
 * the endpoint's sites; a longer one is answered with 500 by the gate instead of closing the session.
 */
final class FtpLineCodec implements ProtocolCodecFactory {

    private final ProtocolEncoder encoder = new FtpResponseEncoder();
    private final TextLineDecoder decoder; // stateless: its per-session state lives in a session attribute

    FtpLineCodec(long maxCommandLine) {
        decoder = new TextLineDecoder(StandardCharsets.UTF_8, LineDelimiter.AUTO);
        maxCommandLine(maxCommandLine);
    }

    /** Changes the longest line for every session of the endpoint (a reload changed a site's maxCommandLine). */
    void maxCommandLine(long maxCommandLine) {
        decoder.setMaxLineLength((int) Math.min(Integer.MAX_VALUE - 2, Math.max(64, maxCommandLine)) + 2);
    }

    @Override
    public ProtocolEncoder getEncoder(IoSession session) {
        return encoder;
    }

    @Override
    public ProtocolDecoder getDecoder(IoSession session) {
        return decoder;
    }
}
