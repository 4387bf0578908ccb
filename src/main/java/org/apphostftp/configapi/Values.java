package org.apphostftp.configapi;

import java.math.BigInteger;
import java.time.Duration;
import java.util.Collection;
import java.util.stream.Collectors;
import org.apphostftp.config.effective.IisEnum;
import org.apphostftp.config.schema.AttributeSchema;
import org.apphostftp.config.schema.AttributeValues;
import org.apphostftp.config.schema.InvalidValueException;
import org.apphostftp.config.schema.NamedValue;

/**
 * Typed attribute values at the API's edges: what a caller may pass to setAttributeValue, what a runtime provider may
 * return, and how two values compare in {@code find} and filters. Parsing and formatting themselves are
 * {@link AttributeValues}'.
 */
final class Values {

    /** Returned by {@link #coerce} for a value that no attribute value can equal. */
    static final Object NO_MATCH = new Object();

    private Values() {
    }

    /** The text to write for {@code value}, checked against the schema; {@code where} names the element in errors. */
    static String toText(AttributeSchema a, Object value, String where) {
        if (value == null) {
            throw new IllegalArgumentException("attribute '" + a.name() + "' of " + where
                    + " cannot be set to null; deleteAttribute reverts it to the inherited value");
        }
        String text = text(a, value, where);
        Object parsed;
        try {
            parsed = AttributeValues.parse(a, text);
        } catch (InvalidValueException e) {
            throw new IllegalArgumentException("attribute '" + a.name() + "' of " + where + " " + e.getMessage(), e);
        }
        return switch (a.type()) {
            case STRING -> text;
            case TIME_SPAN -> value instanceof String ? text.trim() : AttributeValues.format(a, parsed);
            default -> AttributeValues.format(a, parsed);
        };
    }

    private static String text(AttributeSchema a, Object value, String where) {
        if (value instanceof String s) {
            return s;
        }
        boolean fits = switch (a.type()) {
            case STRING -> value instanceof CharSequence;
            case BOOL -> value instanceof Boolean;
            case INT, UINT, INT64 -> isInteger(value);
            case ENUM -> isInteger(value) || value instanceof IisEnum;
            case FLAGS -> isInteger(value) || value instanceof IisEnum || value instanceof Collection<?>;
            case TIME_SPAN -> value instanceof Duration;
        };
        if (!fits) {
            throw new IllegalArgumentException("attribute '" + a.name() + "' of " + where + " is of type " + a.type()
                    + " (" + expected(a) + "), got " + value.getClass().getSimpleName() + " " + value);
        }
        if (value instanceof IisEnum e) {
            return e.iisName();
        }
        if (value instanceof Collection<?> names) {
            return names.stream().map(n -> n instanceof IisEnum e ? e.iisName() : String.valueOf(n)).collect(Collectors.joining(", "));
        }
        if (value instanceof Duration d) {
            return AttributeValues.format(a, d);
        }
        return value.toString();
    }

    private static boolean isInteger(Object value) {
        return value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger;
    }

    private static String expected(AttributeSchema a) {
        return switch (a.type()) {
            case STRING -> "a String";
            case BOOL -> "a Boolean or \"true\"/\"false\"";
            case INT, UINT, INT64 -> "an Integer or Long, or its text";
            case ENUM -> "one of " + a.values().stream().map(NamedValue::name).collect(Collectors.joining(", ")) + ", or its number";
            case FLAGS -> "names of " + a.values().stream().map(NamedValue::name).collect(Collectors.joining(", "))
                    + " joined by ', ', or their sum";
            case TIME_SPAN -> "a Duration or [d.]hh:mm:ss";
        };
    }

    /**
     * A runtime provider's value as the API returns it: Long for uint and int64, Integer for int, canonical names for
     * enums and flags. Fast for values that already have the right type; {@code where} names the element in errors.
     */
    static Object normalize(AttributeSchema a, Object raw, Node where) {
        if (raw == null) {
            return null;
        }
        try {
            return switch (a.type()) {
                case STRING -> raw instanceof String ? raw : raw.toString();
                case BOOL -> raw instanceof Boolean ? raw : AttributeValues.parse(a, raw.toString());
                case INT -> raw instanceof Integer ? raw : raw instanceof Number n ? Integer.valueOf(Math.toIntExact(n.longValue()))
                        : AttributeValues.parse(a, raw.toString());
                case UINT, INT64 -> raw instanceof Long ? raw : raw instanceof Number n ? Long.valueOf(n.longValue())
                        : AttributeValues.parse(a, raw.toString());
                case ENUM, FLAGS -> canonicalName(a, raw);
                case TIME_SPAN -> raw instanceof Duration ? raw : AttributeValues.parse(a, raw.toString());
            };
        } catch (IllegalArgumentException | ArithmeticException e) {
            // the path is built only here: computing it for every value would cost more than the values
            throw new IllegalStateException("the runtime provider of " + (where == null ? "an element" : where.path()) + " returned "
                    + raw + " for attribute '"
                    + a.name() + "', which is of type " + a.type() + ": " + e.getMessage(), e);
        }
    }

    private static Object canonicalName(AttributeSchema a, Object raw) {
        if (raw instanceof IisEnum e) {
            return e.iisName();
        }
        if (raw instanceof String s) {
            for (NamedValue v : a.values()) {
                if (v.name().equals(s)) {
                    return s; // already canonical: the common case, without parsing
                }
            }
        }
        if (raw instanceof Collection<?> names) {
            return AttributeValues.parse(a, names.stream().map(n -> n instanceof IisEnum e ? e.iisName() : String.valueOf(n))
                    .collect(Collectors.joining(", ")));
        }
        return AttributeValues.parse(a, raw.toString());
    }

    /** A caller's value ({@code find("id", 1)}, a filter literal) as the typed value to compare with, or NO_MATCH. */
    static Object coerce(AttributeSchema a, Object given) {
        if (given == null) {
            return null;
        }
        try {
            if (given instanceof String s) {
                return a.type() == org.apphostftp.config.schema.ValueType.STRING ? s : AttributeValues.parse(a, s);
            }
            return normalize(a, given, null);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return NO_MATCH;
        }
    }

    /** IIS comparison: strings, enum and flag names without regard to case; absent strings equal "". */
    static boolean equal(AttributeSchema a, Object actual, Object wanted) {
        if (wanted == NO_MATCH) {
            return false;
        }
        return switch (a.type()) {
            case STRING, ENUM, FLAGS -> text(actual).equalsIgnoreCase(text(wanted));
            case INT, UINT, INT64 -> actual instanceof Number x && wanted instanceof Number y && x.longValue() == y.longValue();
            default -> actual != null && actual.equals(wanted);
        };
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
