package org.apphostftp.appcmd;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One appcmd parameter: {@code /name:value} or {@code -name:value}, a dotted path ({@code /ftpServer.security.ssl.
 * controlChannelPolicy:SslAllow}), or a collection edit ({@code /+[k='v',...]}, {@code /-[k='v']},
 * {@code /[k='v'].attr:value}, {@code /+[name='S'].bindings.[protocol='ftp',...]}). The value is kept as written.
 */
record Parameter(String raw, Op op, List<Segment> path, Optional<String> value) {

    /** What the parameter does to the last step of its path. */
    enum Op { SET, ADD, REMOVE }

    /** True for an argument that starts a parameter ({@code /} or {@code -}), as appcmd reads them. */
    static boolean isParameter(String arg) {
        return arg.length() > 1 && (arg.charAt(0) == '/' || arg.charAt(0) == '-');
    }

    /**
     * Parses {@code arg}, which starts with {@code /} or {@code -}.
     *
     * @throws AppcmdException for an unbalanced bracket or quote, or an empty name
     */
    static Parameter parse(String arg) {
        String body = arg.substring(1);
        Op op = Op.SET;
        if (body.startsWith("+")) {
            op = Op.ADD;
            body = body.substring(1);
        } else if (body.startsWith("-") && body.length() > 1 && body.charAt(1) == '[') {
            op = Op.REMOVE;
            body = body.substring(1);
        }
        List<Segment> path = new ArrayList<>();
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == ':') {
                break;
            }
            if (c == '.') {
                i++;
                continue;
            }
            if (c == '[') {
                int end = closingBracket(body, i, arg);
                path.add(new Segment.Selector(keys(body.substring(i + 1, end), arg)));
                i = end + 1;
            } else {
                int start = i;
                while (i < body.length() && ".:[".indexOf(body.charAt(i)) < 0) {
                    i++;
                }
                path.add(new Segment.Name(body.substring(start, i)));
            }
        }
        if (path.isEmpty()) {
            throw new AppcmdException("Failed to process input: the parameter '" + arg + "' has no name");
        }
        Optional<String> value = i < body.length() ? Optional.of(body.substring(i + 1)) : Optional.empty();
        return new Parameter(arg, op, List.copyOf(path), value);
    }

    /** The path as one lower-case dotted name ({@code site.name}), for the general parameters. */
    String dottedName() {
        StringBuilder out = new StringBuilder();
        for (Segment s : path) {
            out.append(out.length() > 0 ? "." : "").append(s);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** True for a plain {@code /name:value} with a one-step name equal (ignoring case) to {@code name}. */
    boolean is(String name) {
        return op == Op.SET && dottedName().equals(name.toLowerCase(Locale.ROOT));
    }

    private static int closingBracket(String body, int open, String arg) {
        char quote = 0;
        for (int i = open + 1; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == ']') {
                return i;
            }
        }
        throw new AppcmdException("Malformed collection indexer in '" + arg + "'; format is [name='value',name2='value2',...]");
    }

    /**
     * Where an unquoted value ends: at the comma before the next {@code name=}. A POSIX shell removes the quotes of
     * {@code [permissions='Read,Write',users='']}, so {@code Read,Write} stays one value.
     */
    private static int unquotedEnd(String inside, int from) {
        int comma = inside.indexOf(',', from);
        while (comma >= 0 && !NEXT_KEY.matcher(inside).region(comma + 1, inside.length()).lookingAt()) {
            comma = inside.indexOf(',', comma + 1);
        }
        return comma < 0 ? inside.length() : comma;
    }

    private static final java.util.regex.Pattern NEXT_KEY = java.util.regex.Pattern.compile("\\s*[A-Za-z0-9_.@]+\\s*=");

    /** {@code name='value',name2="value2",name3=value3} in order; {@code ''} inside single quotes is one quote. */
    private static Map<String, String> keys(String inside, String arg) {
        Map<String, String> keys = new LinkedHashMap<>();
        int i = 0;
        while (i < inside.length()) {
            int eq = inside.indexOf('=', i);
            if (eq < 0) {
                throw new AppcmdException("Malformed collection indexer in '" + arg + "'; format is [name='value',name2='value2',...]");
            }
            String name = inside.substring(i, eq).trim();
            i = eq + 1;
            StringBuilder value = new StringBuilder();
            if (i < inside.length() && (inside.charAt(i) == '\'' || inside.charAt(i) == '"')) {
                char quote = inside.charAt(i++);
                while (i < inside.length()) {
                    char c = inside.charAt(i++);
                    if (c == quote) {
                        if (i < inside.length() && inside.charAt(i) == quote) {
                            value.append(quote);
                            i++;
                            continue;
                        }
                        break;
                    }
                    value.append(c);
                }
                while (i < inside.length() && inside.charAt(i) != ',') {
                    i++;
                }
            } else {
                int end = unquotedEnd(inside, i);
                value.append(inside, i, end);
                i = end;
            }
            if (name.isEmpty()) {
                throw new AppcmdException("Malformed collection indexer in '" + arg + "'; format is [name='value',name2='value2',...]");
            }
            keys.put(name, value.toString());
            i++; // the comma
        }
        return keys;
    }
}
