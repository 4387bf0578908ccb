package org.apphostftp.config.effective;

import java.util.Map;

/**
 * The security rules of one site by virtual path: the site level and every {@code <location path="Site/dir">}.
 *
 * @param byPath the {@link PathKey} of a virtual path ("/dir") → the rules there; the longest matching path wins
 */
public record SitePolicies(FtpPolicy siteLevel, Map<String, FtpPolicy> byPath) {

    /** The rules that apply to a normalised virtual path such as "/upload/a.txt"; paths compare as {@link PathKey} says. */
    public FtpPolicy forPath(String virtualPath) {
        if (byPath.isEmpty()) {
            return siteLevel;
        }
        String key = PathKey.of(virtualPath); // runs for every file of a listing: allocates only for non-plain names
        FtpPolicy best = siteLevel;
        int bestLength = -1;
        for (Map.Entry<String, FtpPolicy> e : byPath.entrySet()) {
            String prefix = e.getKey();
            if (prefix.length() > bestLength && PathKey.isAtOrBelow(key, prefix)) {
                best = e.getValue();
                bestLength = prefix.length();
            }
        }
        return best;
    }
}
