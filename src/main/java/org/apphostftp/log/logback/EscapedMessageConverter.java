package org.apphostftp.log.logback;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import org.apphostftp.log.UnsafeText;

/** {@code %msg} with every unsafe character escaped: a client's CR, LF or ESC cannot forge a line or drive a terminal. */
public final class EscapedMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return UnsafeText.forLog(super.convert(event));
    }
}
