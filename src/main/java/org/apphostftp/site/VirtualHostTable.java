package org.apphostftp.site;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apphostftp.config.effective.Endpoint;
import org.apphostftp.config.effective.FtpBinding;
import org.apphostftp.config.effective.NumericAddress;

/**
 * Which site a session of one endpoint belongs to: by host name (RFC 7151 HOST, or USER host|user), else the site
 * with a host-less binding there. A new connection starts on the site with the lowest id until HOST or USER decides.
 */
public final class VirtualHostTable {

    private final Map<String, SiteRuntime> byHost;
    private final Optional<SiteRuntime> hostless;
    private final SiteRuntime initial;

    private VirtualHostTable(Map<String, SiteRuntime> byHost, Optional<SiteRuntime> hostless, SiteRuntime initial) {
        this.byHost = byHost;
        this.hostless = hostless;
        this.initial = initial;
    }

    /** The table of {@code endpoint} from the running sites bound there. */
    public static VirtualHostTable of(Endpoint endpoint, List<SiteRuntime> sites) {
        Map<String, SiteRuntime> byHost = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        SiteRuntime hostless = null;
        for (SiteRuntime site : sites) {
            for (FtpBinding b : site.config().bindings()) {
                if (!b.endpoint().equals(endpoint)) {
                    continue;
                }
                if (b.hasHost()) {
                    byHost.put(b.host(), site);
                } else {
                    hostless = site;
                }
            }
        }
        SiteRuntime initial = sites.stream().min(Comparator.comparingLong(s -> s.config().id())).orElseThrow();
        return new VirtualHostTable(byHost, Optional.ofNullable(hostless), initial);
    }

    /** The site a HOST or host|user names; an address literal (RFC 7151) means the host-less site. */
    public Optional<SiteRuntime> forHost(String host) {
        String h = host.trim().toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        SiteRuntime named = byHost.get(h);
        if (named != null) {
            return Optional.of(named);
        }
        String literal = h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
        return NumericAddress.isNumeric(literal) ? hostless : Optional.empty();
    }

    /** Whether {@code host} is a host name of a site here (used to tell user@host from a user name with '@'). */
    public boolean isHostName(String host) {
        return byHost.containsKey(host.trim());
    }

    /** Whether only one site is bound here (then its rules apply from the first byte). */
    public boolean servesOneSite() {
        return byHost.values().stream().allMatch(s -> s == initial) && hostless.map(s -> s == initial).orElse(true);
    }

    public Optional<SiteRuntime> hostless() {
        return hostless;
    }

    public SiteRuntime initial() {
        return initial;
    }

    /** The largest maxCommandLine of the sites here (the codec's limit; the gate applies each site's own). */
    long sitesMaxCommandLine() {
        long max = initial.config().ftp().commandFiltering().maxCommandLine();
        for (SiteRuntime s : byHost.values()) {
            max = Math.max(max, s.config().ftp().commandFiltering().maxCommandLine());
        }
        if (hostless.isPresent()) {
            max = Math.max(max, hostless.get().config().ftp().commandFiltering().maxCommandLine());
        }
        return max;
    }

    /** "site 'A', site 'B' (b.example)" for logs. */
    String describe() {
        java.util.List<String> parts = new java.util.ArrayList<>();
        hostless.ifPresent(s -> parts.add("site '" + s.name() + "'"));
        byHost.forEach((host, s) -> parts.add("site '" + s.name() + "' (" + host + ")"));
        return String.join(", ", parts);
    }

    /** Every site of the endpoint, the initial one first. */
    public List<SiteRuntime> sites() {
        Set<SiteRuntime> all = new LinkedHashSet<>();
        all.add(initial);
        hostless.ifPresent(all::add);
        all.addAll(byHost.values());
        return List.copyOf(all);
    }

    public boolean contains(SiteRuntime site) {
        return site == initial || hostless.filter(s -> s == site).isPresent() || byHost.containsValue(site);
    }
}
