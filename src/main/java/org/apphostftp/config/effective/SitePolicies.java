package org.apphostftp.config.effective;

import java.util.Locale;
import java.util.Map;

/**
 * The security rules of one site by virtual path: the site level and every {@code <location path="Site/dir">}.
 *
 * @param byPath lower-case virtual path ("/dir") → the rules there; the longest matching path wins
 */
public record SitePolicies(FtpPolicy siteLevel, Map<String, FtpPolicy> byPath) {

    /** The rules that apply to a normalised virtual path such as "/upload/a.txt". */
    public FtpPolicy forPath(String virtualPath) {
        if (byPath.isEmpty()) {
            return siteLevel;
        }
        String path = virtualPath.toLowerCase(Locale.ROOT);
        FtpPolicy best = siteLevel;
        int bestLength = -1;
        for (Map.Entry<String, FtpPolicy> e : byPath.entrySet()) {
            String prefix = e.getKey();
            boolean matches = path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/");
            if (matches && prefix.length() > bestLength) {
                best = e.getValue();
                bestLength = prefix.length();
            }
        }
        return best;
    }
}
