package org.apphostftp.config.schema;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that turns attribute text into typed values and back.
 *
 * <p>Typed values: string → {@link String}; bool → {@link Boolean}; int → {@link Integer}; uint and int64 →
 * {@link Long}; enum → the canonical value name ({@link String}); flags → the canonical names joined by
 * {@code ", "} in schema order ({@code ""} for none); timeSpan → {@link Duration}.
 * Enums and flags accept names (any case) and numbers, as IIS does.
 */
public final class AttributeValues {

    private static final long UINT_MAX = 4_294_967_295L;
    private static final Pattern TIME_SPAN =
            Pattern.compile("(-)?(?:(\\d+)\\.)?(\\d{1,2}):(\\d{1,2}):(\\d{1,2})(?:\\.(\\d{1,7}))?");

    private AttributeValues() {
    }

    /** Parses and validates {@code raw} for {@code attribute}. */
    public static Object parse(AttributeSchema attribute, String raw) {
        Object value = parseType(attribute, raw);
        check(attribute, value);
        return value;
    }

    private static Object parseType(AttributeSchema attribute, String raw) {
        String text = raw.trim();
        return switch (attribute.type()) {
            case STRING -> raw;
            case BOOL -> parseBool(text, raw);
            case INT -> parseInt(text, raw);
            case UINT -> parseUint(text, raw);
            case INT64 -> parseInt64(text, raw);
            case ENUM -> parseEnum(attribute, text, raw);
            case FLAGS -> parseFlags(attribute, text, raw);
            case TIME_SPAN -> parseTimeSpan(text, raw);
        };
    }

    private static Boolean parseBool(String text, String raw) {
        if (text.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        if (text.equalsIgnoreCase("false")) {
            return Boolean.FALSE;
        }
        throw new InvalidValueException("must be true or false, got '" + raw + "'");
    }

    private static Integer parseInt(String text, String raw) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new InvalidValueException("must be an integer, got '" + raw + "'");
        }
    }

    private static Long parseUint(String text, String raw) {
        try {
            long v = Long.parseLong(text);
            if (v >= 0 && v <= UINT_MAX) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidValueException("must be an unsigned integer (0-" + UINT_MAX + "), got '" + raw + "'");
    }

    private static Long parseInt64(String text, String raw) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new InvalidValueException("must be a 64-bit integer, got '" + raw + "'");
        }
    }

    private static String parseEnum(AttributeSchema attribute, String text, String raw) {
        for (NamedValue v : attribute.values()) {
            if (v.name().equalsIgnoreCase(text)) {
                return v.name();
            }
        }
        if (isNumber(text)) {
            long n = Long.parseLong(text);
            for (NamedValue v : attribute.values()) {
                if (v.value() == n) {
                    return v.name();
                }
            }
        }
        throw new InvalidValueException("must be one of " + names(attribute) + ", got '" + raw + "'");
    }

    private static String parseFlags(AttributeSchema attribute, String text, String raw) {
        long bits = 0;
        if (isNumber(text)) {
            bits = Long.parseLong(text);
            long known = 0;
            for (NamedValue v : attribute.values()) {
                known |= v.value();
            }
            if ((bits & ~known) != 0) {
                throw new InvalidValueException("must be a combination of " + names(attribute) + ", got '" + raw + "'");
            }
        } else if (!text.isEmpty()) {
            for (String token : text.split(",")) {
                bits |= flagBits(attribute, token.trim(), raw);
            }
        }
        return flagNames(attribute, bits);
    }

    private static long flagBits(AttributeSchema attribute, String token, String raw) {
        for (NamedValue v : attribute.values()) {
            if (v.name().equalsIgnoreCase(token)) {
                return v.value();
            }
        }
        throw new InvalidValueException("must be a combination of " + names(attribute)
                + ", got '" + raw + "' ('" + token + "' is not one of them)");
    }

    private static String flagNames(AttributeSchema attribute, long bits) {
        List<String> names = new ArrayList<>();
        for (NamedValue v : attribute.values()) {
            if (v.value() != 0 && (bits & v.value()) == v.value()) {
                names.add(v.name());
            }
        }
        return String.join(", ", names);
    }

    private static Duration parseTimeSpan(String text, String raw) {
        Matcher m = TIME_SPAN.matcher(text);
        if (!m.matches()) {
            throw new InvalidValueException("must be a time span [d.]hh:mm:ss, got '" + raw + "'");
        }
        long days = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
        int hours = Integer.parseInt(m.group(3));
        int minutes = Integer.parseInt(m.group(4));
        int seconds = Integer.parseInt(m.group(5));
        if (hours > 23 || minutes > 59 || seconds > 59) {
            throw new InvalidValueException("must be a time span [d.]hh:mm:ss, got '" + raw + "'");
        }
        String fraction = m.group(6) == null ? "0" : (m.group(6) + "0000000").substring(0, 7);
        Duration d = Duration.ofDays(days).plusHours(hours).plusMinutes(minutes).plusSeconds(seconds)
                .plusNanos(Long.parseLong(fraction) * 100);
        return m.group(1) == null ? d : d.negated();
    }

    private static void check(AttributeSchema attribute, Object value) {
        Validation validation = attribute.validation();
        switch (validation.type()) {
            case "" -> { }
            case "integerRange" -> {
                long[] range = validation.range();
                long n = ((Number) value).longValue();
                if (n < range[0] || n > range[1]) {
                    throw new InvalidValueException("must be between " + range[0] + " and " + range[1] + ", got " + n);
                }
            }
            case "nonEmptyString" -> {
                if (((String) value).isBlank()) {
                    throw new InvalidValueException("must not be empty");
                }
            }
            case "siteName" -> {
                String s = (String) value;
                if (s.isBlank() || s.contains("/") || s.contains("?")) {
                    throw new InvalidValueException("must be a non-empty name without '/' or '?', got '" + s + "'");
                }
            }
            case "virtualPath" -> {
                String s = ((String) value).replace('\\', '/');
                if (!s.startsWith("/")) {
                    throw new InvalidValueException("must start with '/', got '" + value + "'");
                }
                for (String segment : s.split("/")) {
                    if (segment.equals(".") || segment.equals("..")) {
                        throw new InvalidValueException("must not contain '.' or '..' segments, got '" + value + "'");
                    }
                }
            }
            case "bindingInformation" -> { } // checked where bindings are parsed, with the site's context
            default -> throw new IllegalStateException("schema uses unknown validationType " + validation.type());
        }
    }

    /** Writes a typed value as attribute text. */
    public static String format(AttributeSchema attribute, Object value) {
        if (value instanceof Duration d) {
            return formatTimeSpan(d);
        }
        if (attribute.type() == ValueType.BOOL && value instanceof Boolean b) {
            return b ? "true" : "false";
        }
        return String.valueOf(value);
    }

    private static String formatTimeSpan(Duration d) {
        Duration abs = d.abs();
        long days = abs.toDays();
        String hms = String.format(Locale.ROOT, "%02d:%02d:%02d", abs.toHoursPart(), abs.toMinutesPart(), abs.toSecondsPart());
        String text = (days > 0 ? days + "." : "") + hms;
        return d.isNegative() ? "-" + text : text;
    }

    /** The individual names of a canonical flags value. */
    public static List<String> flagList(String canonical) {
        if (canonical == null || canonical.isBlank()) {
            return List.of();
        }
        return List.of(canonical.split(",\\s*"));
    }

    private static String names(AttributeSchema attribute) {
        List<String> names = attribute.values().stream().map(NamedValue::name).toList();
        long min = attribute.values().stream().mapToLong(NamedValue::value).min().orElse(0);
        long max = attribute.values().stream().mapToLong(NamedValue::value).max().orElse(0);
        String numbers = attribute.type() == ValueType.ENUM ? " (or " + min + "-" + max + ")" : " (or their sum)";
        return String.join(", ", names) + numbers;
    }

    private static boolean isNumber(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return text.length() < 19;
    }
}
