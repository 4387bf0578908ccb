package org.apphostftp.fs;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.apphostftp.config.effective.FtpPolicy;
import org.apphostftp.config.effective.SiteConfig;

/**
 * Whether the session's client passes the ipSecurity rules of a path. The site's own rules were checked when the
 * client connected; the rules of a folder's {@code <location>} are asked once per session for each set of rules
 * (a reload brings new sets), since a domainName rule costs a reverse DNS lookup.
 */
final class AddressRules {

    /** Only the site-level rules pass (they were checked at connect): for views opened without a client address. */
    static final AddressRules SITE_LEVEL_ONLY = new AddressRules(rules -> false);

    private final Predicate<FtpPolicy.IpSecurity> check;
    private final Map<FtpPolicy.IpSecurity, Boolean> answers = new ConcurrentHashMap<>();

    /** @param check whether the session's client passes a set of rules */
    AddressRules(Predicate<FtpPolicy.IpSecurity> check) {
        this.check = check;
    }

    boolean allows(SiteConfig site, FtpPolicy.IpSecurity rules) {
        if (rules.equals(site.policies().siteLevel().ipSecurity())) {
            return true;
        }
        return answers.computeIfAbsent(rules, check::test);
    }
}
