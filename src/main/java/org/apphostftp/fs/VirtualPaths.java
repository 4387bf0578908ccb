package org.apphostftp.fs;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Virtual paths as the namespace keeps them: "/" or "/a/b", '/'-separated, no "." or ".." segment, no empty segment,
 * no trailing '/'. Client input is resolved textually, never against the disk.
 */
final class VirtualPaths {

    static final String ROOT = "/";

    private VirtualPaths() {
    }

    /**
     * Resolves client input against the working directory: backslashes read as '/', "." dropped, ".." removes the
     * previous segment. Climbing above "/" is refused, not clamped; so are control characters (NUL included).
     * Anything else ("%2e%2e", "~", "...") is a plain name.
     */
    static String resolve(String workingDirectory, String input) throws PathRefusedException {
        if (input == null || input.isEmpty()) {
            return workingDirectory;
        }
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                throw new PathRefusedException(Refusal.CONTROL_CHARACTER, printable(input),
                        "control character U+" + String.format("%04X", (int) c) + " in the path");
            }
        }
        String path = input.replace('\\', '/');
        Deque<String> segments = new ArrayDeque<>();
        if (!path.startsWith("/")) {
            for (String s : workingDirectory.split("/")) {
                if (!s.isEmpty()) {
                    segments.addLast(s);
                }
            }
        }
        for (String s : path.split("/")) {
            if (s.isEmpty() || s.equals(".")) {
                continue;
            }
            if (s.equals("..")) {
                if (segments.isEmpty()) {
                    throw new PathRefusedException(Refusal.OUTSIDE_ROOT, input, "the path climbs above the root");
                }
                segments.removeLast();
            } else {
                segments.addLast(s);
            }
        }
        return segments.isEmpty() ? ROOT : "/" + String.join("/", segments);
    }

    /** "/a/b" → "b"; "/" → "/". */
    static String name(String path) {
        return path.equals(ROOT) ? ROOT : path.substring(path.lastIndexOf('/') + 1);
    }

    /** "/a/b" → "/a"; "/a" → "/". Not defined for "/". */
    static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash == 0 ? ROOT : path.substring(0, slash);
    }

    /** "/a" + "b" → "/a/b"; "/" + "b" → "/b"; "/a" + "" → "/a". */
    static String child(String path, String relative) {
        if (relative.isEmpty()) {
            return path;
        }
        return path.equals(ROOT) ? "/" + relative : path + "/" + relative;
    }

    /** Whether {@code path} is {@code prefix} or below it, comparing without regard to case as IIS does. */
    static boolean isAtOrBelow(String path, String prefix) {
        if (prefix.equals(ROOT)) {
            return true;
        }
        return path.length() >= prefix.length() && path.regionMatches(true, 0, prefix, 0, prefix.length())
                && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/');
    }

    /** The part of {@code path} below {@code prefix}, without a leading '/': "/a/b/c" below "/a" → "b/c". */
    static String below(String path, String prefix) {
        String rest = prefix.equals(ROOT) ? path : path.substring(prefix.length());
        return rest.startsWith("/") ? rest.substring(1) : rest;
    }

    /** Each segment of a normalised path ("/" has none). */
    static String[] segments(String path) {
        return path.equals(ROOT) ? new String[0] : path.substring(1).split("/");
    }

    /** The path with control characters shown as '?', for messages and logs. */
    static String printable(String path) {
        StringBuilder out = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            out.append(c < 0x20 || c == 0x7f ? '?' : c);
        }
        return out.toString();
    }
}
