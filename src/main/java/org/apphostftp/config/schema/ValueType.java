package org.apphostftp.config.schema;

import java.util.Locale;
import java.util.Optional;

/** The value types of the IIS configuration schema, by the names the schema file uses. */
public enum ValueType {
    STRING("string"),
    BOOL("bool"),
    INT("int"),
    UINT("uint"),
    INT64("int64"),
    ENUM("enum"),
    FLAGS("flags"),
    TIME_SPAN("timeSpan");

    private final String schemaName;

    ValueType(String schemaName) {
        this.schemaName = schemaName;
    }

    /** The name used in the schema file's {@code type} attribute. */
    public String schemaName() {
        return schemaName;
    }

    public static Optional<ValueType> fromSchemaName(String name) {
        for (ValueType t : values()) {
            if (t.schemaName.equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return schemaName.toLowerCase(Locale.ROOT);
    }
}
