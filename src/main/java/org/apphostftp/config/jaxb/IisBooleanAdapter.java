package org.apphostftp.config.jaxb;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import org.apphostftp.config.schema.AttributeSchema;
import org.apphostftp.config.schema.AttributeValues;
import org.apphostftp.config.schema.ValueType;

/** IIS writes {@code True}/{@code False} (appcmd) as well as {@code true}/{@code false}. */
public final class IisBooleanAdapter extends XmlAdapter<String, Boolean> {

    private static final AttributeSchema BOOL = Adapters.synthetic(ValueType.BOOL);

    @Override
    public Boolean unmarshal(String text) {
        return text == null ? null : (Boolean) AttributeValues.parse(BOOL, text);
    }

    @Override
    public String marshal(Boolean value) {
        return value == null ? null : value.toString();
    }
}
