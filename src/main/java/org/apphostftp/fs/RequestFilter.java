package org.apphostftp.fs;

import java.util.Locale;
import org.apphostftp.config.effective.FtpPolicy;

/** The {@code requestFiltering} rules of one path, applied to the path the user sees. */
final class RequestFilter {

    private RequestFilter() {
    }

    /**
     * Refuses a path that the rules reject: too long (maxUrl), non-ASCII when high-bit characters are not allowed, a
     * denied sequence in the client's text or in the resolved path, or a hidden segment.
     *
     * @param userPath the resolved path as the user sees it
     * @param input    the client's text before resolution ("" when there is none)
     */
    static void check(FtpPolicy.RequestFiltering rules, String userPath, String input) throws PathRefusedException {
        if (userPath.length() > rules.maxUrl()) {
            throw new PathRefusedException(Refusal.URL_TOO_LONG, shortened(userPath),
                    "the path is longer than requestLimits/@maxUrl (" + rules.maxUrl() + ")");
        }
        if (!rules.allowHighBitCharacters() && !isAscii(userPath)) {
            throw new PathRefusedException(Refusal.HIGH_BIT_CHARACTER, userPath,
                    "non-ASCII characters are refused (requestFiltering/@allowHighBitCharacters is false)");
        }
        if (!rules.denyUrlSequences().isEmpty()) {
            refuseDeniedSequences(rules, userPath, input);
        }
        if (!rules.hiddenSegments().isEmpty()) {
            for (String segment : VirtualPaths.segments(userPath)) {
                if (isHidden(rules, segment)) {
                    throw new PathRefusedException(Refusal.HIDDEN_SEGMENT, userPath,
                            "segment '" + segment + "' is hidden (requestFiltering/hiddenSegments)");
                }
            }
        }
    }

    private static void refuseDeniedSequences(FtpPolicy.RequestFiltering rules, String userPath, String input)
            throws PathRefusedException {
        String lowerPath = userPath.toLowerCase(Locale.ROOT);
        String lowerInput = input.toLowerCase(Locale.ROOT);
        for (String sequence : rules.denyUrlSequences()) {
            String lowerSequence = sequence.toLowerCase(Locale.ROOT);
            if (!lowerSequence.isEmpty() && (lowerInput.contains(lowerSequence) || lowerPath.contains(lowerSequence))) {
                throw new PathRefusedException(Refusal.DENIED_SEQUENCE, input.isEmpty() ? userPath : input,
                        "the path contains the denied sequence '" + sequence + "' (requestFiltering/denyUrlSequences)");
            }
        }
    }

    /** Whether a name equals a hidden segment, without regard to case. */
    static boolean isHidden(FtpPolicy.RequestFiltering rules, String name) {
        for (String hidden : rules.hiddenSegments()) {
            if (hidden.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether requestFiltering/fileExtensions lets a file of this name be read or written. The extension is the text
     * from the last '.', lower-cased; a name without one has the extension "." (IIS's key for extension-less names).
     */
    static boolean extensionAllowed(FtpPolicy.RequestFiltering rules, String name) {
        if (rules.fileExtensions().isEmpty()) {
            return rules.allowUnlistedFileExtensions();
        }
        Boolean listed = rules.fileExtensions().get(extension(name));
        return listed != null ? listed : rules.allowUnlistedFileExtensions();
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "." : name.substring(dot).toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }

    private static String shortened(String path) {
        return path.length() <= 80 ? path : path.substring(0, 77) + "...";
    }
}
