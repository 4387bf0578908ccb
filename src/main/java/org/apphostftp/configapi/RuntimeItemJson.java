package org.apphostftp.configapi;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import org.apphostftp.config.schema.AttributeSchema;
import org.apphostftp.config.schema.ElementSchema;

/**
 * How {@link ConfigurationRenderer} writes an item of a runtime collection that has attributes only (a session), in a
 * long listing: the fields the general walk writes for it (every attribute with a value, in schema order, the same
 * types), with each quoted name made once and each name interned, so that a provider keyed by string constants (a
 * switch, a map of literals) matches it by identity instead of comparing text, 18 times a session.
 */
final class RuntimeItemJson {

    final ElementSchema schema;
    private final AttributeSchema[] attributes;
    private final String[] names;
    private final SerializedString[] fields;

    RuntimeItemJson(ElementSchema schema) {
        this.schema = schema;
        this.attributes = schema.attributes().values().toArray(AttributeSchema[]::new);
        this.names = new String[attributes.length];
        this.fields = new SerializedString[attributes.length];
        for (int i = 0; i < attributes.length; i++) {
            names[i] = attributes[i].name().intern();
            fields[i] = new SerializedString(names[i]);
        }
    }

    /** True for a runtime item with no child elements and no collection: nothing but attributes to write. */
    static boolean fits(Node node) {
        return node instanceof RuntimeItemNode && node.schema.children().isEmpty() && node.schema.collection().isEmpty();
    }

    /** The item's fields, inside an object the caller opened. */
    void write(JsonGenerator out, RuntimeItemNode item) throws IOException {
        for (int i = 0; i < attributes.length; i++) {
            Object value = item.value(attributes[i], names[i]);
            if (value != null) {
                out.writeFieldName(fields[i]);
                ConfigurationRenderer.writeTyped(out, attributes[i], value);
            }
        }
    }
}
