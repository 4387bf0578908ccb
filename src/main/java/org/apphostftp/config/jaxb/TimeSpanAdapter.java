package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import java.time.Duration;
import org.apphostftp.config.schema.AttributeSchema;
import org.apphostftp.config.schema.AttributeValues;
import org.apphostftp.config.schema.ValueType;

/** IIS timeSpan values ({@code [d.]hh:mm:ss}). */
public final class TimeSpanAdapter extends XmlAdapter<String, Duration> {

    private static final AttributeSchema TIME_SPAN = Adapters.synthetic(ValueType.TIME_SPAN);

    @Override
    public Duration unmarshal(String text) {
        return text == null ? null : (Duration) AttributeValues.parse(TIME_SPAN, text);
    }

    @Override
    public String marshal(Duration value) {
        return value == null ? null : AttributeValues.format(TIME_SPAN, value);
    }
}
