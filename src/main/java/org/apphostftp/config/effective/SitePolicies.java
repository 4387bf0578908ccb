package org.apphostftp.config.effective;

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
        FtpPolicy best = siteLevel;
        int bestLength = -1;
        for (Map.Entry<String, FtpPolicy> e : byPath.entrySet()) { // runs for every file of a listing: no allocation
            String prefix = e.getKey();
            int n = prefix.length();
            boolean matches = virtualPath.length() >= n && virtualPath.regionMatches(true, 0, prefix, 0, n)
                    && (virtualPath.length() == n || virtualPath.charAt(n) == '/' || prefix.endsWith("/"));
            if (matches && n > bestLength) {
                best = e.getValue();
                bestLength = n;
            }
        }
        return best;
    }
}
