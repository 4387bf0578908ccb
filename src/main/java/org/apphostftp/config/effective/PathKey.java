package org.apphostftp.config.effective;

import java.text.Normalizer;

/**
 * The one place that says when two spellings of a configured path are the same name, as IIS compares
 * {@code <location path>} without regard to case: the key of a path is its NFC form with every code point case-folded
 * on its own (upper case, then lower case), which never changes a name's length the way
 * {@code String.toLowerCase} does ("İ" becomes "i", not "i" plus a combining dot). So "DİR", "dir", "DIR" and "dır"
 * share a key; "Σ", "σ" and "ς" do; "ẞ" and "ß" do (but not "ss": NTFS keeps "STRASSE" and "Straße" apart too); a
 * name typed in NFD matches the same name in NFC.
 */
public final class PathKey {

    private PathKey() {
    }

    /** The comparison key of {@code path}; ASCII without upper case is its own key (no allocation). */
    public static String of(String path) {
        if (isPlainLowerAscii(path)) {
            return path;
        }
        if (isAscii(path)) {
            return asciiKey(path);
        }
        String nfc = Normalizer.normalize(path, Normalizer.Form.NFC);
        StringBuilder key = new StringBuilder(nfc.length());
        nfc.codePoints().forEach(cp -> key.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp))));
        return key.toString();
    }

    /** Whether two paths are the same name. */
    public static boolean same(String a, String b) {
        return of(a).equals(of(b));
    }

    /**
     * Whether the path whose key is {@code key} is the path keyed {@code prefixKey} or below it ('/'-separated; a
     * prefix ending in '/' matches anything that starts with it).
     */
    public static boolean isAtOrBelow(String key, String prefixKey) {
        int n = prefixKey.length();
        return key.startsWith(prefixKey) && (key.length() == n || key.charAt(n) == '/' || prefixKey.endsWith("/"));
    }

    /**
     * ASCII is its own NFC form and folds to ASCII lower case: the key without java.text.Normalizer, whose first use
     * reads the JDK's normalization data (5-10 ms of a client command's start).
     */
    private static String asciiKey(String s) {
        char[] key = s.toCharArray();
        for (int i = 0; i < key.length; i++) {
            if (key[i] >= 'A' && key[i] <= 'Z') {
                key[i] = (char) (key[i] + ('a' - 'A'));
            }
        }
        return new String(key);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPlainLowerAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 || (c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }
}
