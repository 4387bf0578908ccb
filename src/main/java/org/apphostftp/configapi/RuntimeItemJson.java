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
 * switch, a map of literals) matches it by identity instead of comparing text, 18 times a session. Items written one
 * after another in a {@link Run} write a text that is the very object the item before had (one site name, one address
 * for thousands of sessions, as a farm's listing delivers them) from its quoted bytes, made once.
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

    private static boolean hasSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A writer of items one after another, on one thread. */
    Run run() {
        return new Run();
    }

    /** Items written in a row: per attribute, the last text written and, once it repeats, its quoted bytes. */
    final class Run {
        private final Object[] lastText = new Object[attributes.length];
        private final SerializedString[] quoted = new SerializedString[attributes.length];

        ElementSchema schema() {
            return schema;
        }

        /** As {@link RuntimeItemJson#write}. */
        void write(JsonGenerator out, RuntimeItemNode item) throws IOException {
            for (int i = 0; i < attributes.length; i++) {
                Object value = item.value(attributes[i], names[i]);
                if (value == null) {
                    continue;
                }
                out.writeFieldName(fields[i]);
                if (value instanceof String text && text == lastText[i]) {
                    if (quoted[i] == null && !hasSurrogate(text)) { // checked once, when the text first repeats
                        quoted[i] = new SerializedString(text);
                    }
                    if (quoted[i] != null) {
                        out.writeString(quoted[i]);
                        continue;
                    }
                    // a text with surrogates stays on writeString: it escapes each one, where quoted bytes would
                    // hold the character as UTF-8 (and refuse a lone surrogate)
                } else if (value instanceof String text) {
                    lastText[i] = text;
                    quoted[i] = null;
                }
                ConfigurationRenderer.writeTyped(out, attributes[i], value);
            }
        }
    }
}
