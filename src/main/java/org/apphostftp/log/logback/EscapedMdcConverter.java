package org.apphostftp.log.logback;

import ch.qos.logback.classic.pattern.MDCConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import org.apphostftp.log.UnsafeText;

/** {@code %X}/{@code %mdc} with every unsafe character escaped. */
public final class EscapedMdcConverter extends MDCConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return UnsafeText.forLog(super.convert(event));
    }
}
