package org.apphostftp.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apphostftp.config.effective.FtpPolicy;

/**
 * {@code ipSecurity}: whether a client address may connect. Rules are checked in order and the first that matches
 * decides; a client no rule matches gets {@code allowUnlisted}. {@code domainName} rules match the client's reverse-DNS
 * name and take part only when {@code enableReverseDns} is on; the name is looked up at most once per check, and only
 * when such a rule is reached. Immutable and thread-safe.
 */
public final class IpAccess {

    private final boolean allowUnlisted;
    private final List<Rule> rules;
    private final Function<InetAddress, Optional<String>> reverseDns;

    private sealed interface Rule permits AddressRule, DomainRule {
        boolean allowed();
    }

    private record AddressRule(AddressRange range, boolean allowed) implements Rule {
    }

    private record DomainRule(HostNamePattern pattern, boolean allowed) implements Rule {
    }

    private IpAccess(boolean allowUnlisted, List<Rule> rules, Function<InetAddress, Optional<String>> reverseDns) {
        this.allowUnlisted = allowUnlisted;
        this.rules = rules;
        this.reverseDns = reverseDns;
    }

    /** The rules with the system resolver for domainName rules ({@link #reverseLookup}). */
    public static IpAccess of(FtpPolicy.IpSecurity security) {
        return of(security, IpAccess::reverseLookup);
    }

    /**
     * The rules with {@code reverseDns} naming a client for domainName rules (empty when it has no name).
     *
     * @throws IllegalArgumentException for a non-numeric ipAddress or subnetMask (validation reports these first)
     */
    public static IpAccess of(FtpPolicy.IpSecurity security, Function<InetAddress, Optional<String>> reverseDns) {
        List<Rule> rules = new ArrayList<>();
        for (FtpPolicy.IpRule r : security.rules()) {
            if (!r.ipAddress().isBlank()) {
                rules.add(new AddressRule(AddressRange.parse(r.ipAddress(), r.subnetMask()), r.allowed()));
            } else if (!r.domainName().isBlank() && security.enableReverseDns()) {
                rules.add(new DomainRule(HostNamePattern.of(r.domainName()), r.allowed()));
            }
        }
        return new IpAccess(security.allowUnlisted(), List.copyOf(rules), reverseDns);
    }

    public boolean allows(InetAddress client) {
        Optional<String> name = null; // looked up on the first domain rule
        for (Rule rule : rules) {
            boolean matches;
            if (rule instanceof AddressRule a) {
                matches = a.range().contains(client);
            } else {
                if (name == null) {
                    name = reverseDns.apply(Addresses.unmapped(client));
                }
                matches = name.isPresent() && ((DomainRule) rule).pattern().matches(name.get());
            }
            if (matches) {
                return rule.allowed();
            }
        }
        return allowUnlisted;
    }

    /**
     * The client's host name from reverse DNS, only when a forward lookup of that name gives the address back (the
     * JDK checks this), so a forged PTR record does not pass a domainName rule. Blocks while DNS answers.
     */
    public static Optional<String> reverseLookup(InetAddress client) {
        try {
            InetAddress fresh = InetAddress.getByAddress(client.getAddress()); // no name attached yet
            String name = fresh.getCanonicalHostName();
            return name.equals(fresh.getHostAddress()) ? Optional.empty() : Optional.of(name);
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
