package org.apphostftp.config.effective;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The effective {@code system.ftpServer/security} rules at one path: global, then {@code <location path="Site">},
 * then {@code <location path="Site/dir">}, with add/remove/clear applied.
 */
public record FtpPolicy(List<AuthorizationRule> authorization, IpSecurity ipSecurity, RequestFiltering requestFiltering) {

    /**
     * One allow or deny rule.
     *
     * @param users lower-case names; "*" all users, "?" anonymous
     * @param roles lower-case role names
     */
    public record AuthorizationRule(AccessType accessType, List<String> users, List<String> roles, Set<Permission> permissions) {
    }

    /** {@code ipSecurity}: rules are checked in order, the first match decides; else allowUnlisted. */
    public record IpSecurity(boolean allowUnlisted, boolean enableReverseDns, List<IpRule> rules) {
    }

    /**
     * One address rule.
     *
     * @param ipAddress  numeric address, or "" for a domain rule
     * @param subnetMask dotted mask or prefix length
     * @param domainName host name pattern ('*' wildcards), or ""
     */
    public record IpRule(String ipAddress, String subnetMask, String domainName, boolean allowed) {
    }

    /**
     * {@code requestFiltering}.
     *
     * @param fileExtensions lower-case extension with its dot → allowed
     * @param hiddenSegments segments compared without regard to case
     */
    public record RequestFiltering(
            boolean allowHighBitCharacters,
            boolean allowUnlistedFileExtensions,
            Map<String, Boolean> fileExtensions,
            List<String> hiddenSegments,
            List<String> denyUrlSequences,
            long maxAllowedContentLength,
            long maxUrl) {
    }
}
