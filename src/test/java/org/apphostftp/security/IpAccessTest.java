package org.apphostftp.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apphostftp.config.effective.FtpPolicy;
import org.junit.jupiter.api.Test;

class IpAccessTest {

    private final List<InetAddress> lookedUp = new ArrayList<>();

    /** A resolver from a table, recording each lookup; tests never touch DNS. */
    private Function<InetAddress, Optional<String>> dns(Map<String, String> names) {
        return address -> {
            lookedUp.add(address);
            return Optional.ofNullable(names.get(address.getHostAddress()));
        };
    }

    private static FtpPolicy.IpRule allow(String ip, String mask) {
        return new FtpPolicy.IpRule(ip, mask, "", true);
    }

    private static FtpPolicy.IpRule deny(String ip, String mask) {
        return new FtpPolicy.IpRule(ip, mask, "", false);
    }

    private static FtpPolicy.IpRule domain(String pattern, boolean allowed) {
        return new FtpPolicy.IpRule("", "255.255.255.255", pattern, allowed);
    }

    private IpAccess access(boolean allowUnlisted, boolean reverseDns, Map<String, String> names, FtpPolicy.IpRule... rules) {
        return IpAccess.of(new FtpPolicy.IpSecurity(allowUnlisted, reverseDns, List.of(rules)), dns(names));
    }

    private static InetAddress ip(String literal) throws UnknownHostException {
        return InetAddress.getByName(literal);
    }

    @Test
    void firstMatchingRuleDecides() throws Exception {
        IpAccess a = access(true, false, Map.of(), deny("10.1.2.3", "255.255.255.255"), allow("10.0.0.0", "255.0.0.0"));

        assertThat(a.allows(ip("10.1.2.3"))).isFalse();
        assertThat(a.allows(ip("10.9.9.9"))).isTrue();
    }

    @Test
    void unlistedClientsGetAllowUnlisted() throws Exception {
        assertThat(access(false, false, Map.of(), allow("10.0.0.0", "8")).allows(ip("192.0.2.1"))).isFalse();
        assertThat(access(true, false, Map.of(), deny("10.0.0.0", "8")).allows(ip("192.0.2.1"))).isTrue();
    }

    @Test
    void defaultMaskMeansTheAddressAlone() throws Exception {
        IpAccess a = access(true, false, Map.of(), deny("192.0.2.7", "255.255.255.255"));

        assertThat(a.allows(ip("192.0.2.7"))).isFalse();
        assertThat(a.allows(ip("192.0.2.8"))).isTrue();
    }

    @Test
    void dottedMaskAndPrefixLengthMeanTheSame() throws Exception {
        for (String mask : List.of("255.255.240.0", "20")) {
            IpAccess a = access(false, false, Map.of(), allow("172.16.16.0", mask));

            assertThat(a.allows(ip("172.16.31.255"))).as(mask).isTrue();
            assertThat(a.allows(ip("172.16.32.0"))).as(mask).isFalse();
        }
    }

    @Test
    void ipv6RulesMatchByPrefix() throws Exception {
        IpAccess a = access(false, false, Map.of(), allow("2001:db8:abcd::", "48"));

        assertThat(a.allows(ip("2001:db8:abcd:12::1"))).isTrue();
        assertThat(a.allows(ip("2001:db8:abce::1"))).isFalse();
        assertThat(a.allows(ip("10.0.0.1"))).isFalse();
    }

    @Test
    void ipv6RuleWithTheDefaultDottedMaskMeansTheAddressAlone() throws Exception {
        IpAccess a = access(true, false, Map.of(), deny("2001:db8::5", "255.255.255.255"));

        assertThat(a.allows(ip("2001:db8::5"))).isFalse();
        assertThat(a.allows(ip("2001:db8::6"))).isTrue();
    }

    @Test
    void ipv6MaskInIpv6FormIsUnderstood() throws Exception {
        IpAccess a = access(false, false, Map.of(), allow("2001:db8::", "ffff:ffff::"));

        assertThat(a.allows(ip("2001:db8:ffff::1"))).isTrue();
        assertThat(a.allows(ip("2001:db9::1"))).isFalse();
    }

    @Test
    void ipv4MappedClientMatchesIpv4Rules() throws Exception {
        IpAccess a = access(true, false, Map.of(), deny("192.0.2.0", "24"));

        assertThat(a.allows(AddressesTest.mapped(192, 0, 2, 77))).isFalse();
        assertThat(a.allows(AddressesTest.mapped(192, 0, 3, 77))).isTrue();
    }

    @Test
    void ruleWrittenInMappedFormTakesAnIpv6PrefixLength() throws Exception {
        IpAccess a = access(true, false, Map.of(), deny("::ffff:192.0.2.0", "120"));

        assertThat(a.allows(ip("192.0.2.200"))).isFalse();
        assertThat(a.allows(ip("192.0.3.1"))).isTrue();
    }

    @Test
    void domainRuleMatchesTheReverseNameWithWildcards() throws Exception {
        IpAccess a = access(false, true, Map.of("198.51.100.4", "ftp.Branch.Example.com."), domain("*.example.com", true));

        assertThat(a.allows(ip("198.51.100.4"))).isTrue();
        assertThat(a.allows(ip("198.51.100.5"))).isFalse(); // no name
    }

    @Test
    void domainRulesAreIgnoredWithoutEnableReverseDns() throws Exception {
        IpAccess a = access(true, false, Map.of("198.51.100.4", "bad.example.com"), domain("*.example.com", false));

        assertThat(a.allows(ip("198.51.100.4"))).isTrue();
        assertThat(lookedUp).isEmpty();
    }

    @Test
    void nameIsLookedUpOnlyWhenADomainRuleIsReachedAndOnlyOnce() throws Exception {
        IpAccess a = access(true, true, Map.of("198.51.100.4", "host.example.net"),
                deny("10.0.0.0", "8"), domain("*.example.com", false), domain("*.example.org", false));

        assertThat(a.allows(ip("10.1.1.1"))).isFalse();
        assertThat(lookedUp).isEmpty();
        assertThat(a.allows(ip("198.51.100.4"))).isTrue();
        assertThat(lookedUp).hasSize(1);
    }

    @Test
    void wildcardMayStandInsideAName() {
        HostNamePattern p = HostNamePattern.of("ftp*.example.com");

        assertThat(p.matches("ftp01.example.com")).isTrue();
        assertThat(p.matches("ftp.example.com")).isTrue();
        assertThat(p.matches("www.example.com")).isFalse();
        assertThat(p.matches("ftp1.example.com.evil.net")).isFalse();
    }

    @Test
    void patternCharactersInNamesAreLiteral() {
        assertThat(HostNamePattern.of("a.example.com").matches("aXexample.com")).isFalse();
    }

    @Test
    void nonNumericAddressIsRefusedRatherThanResolved() {
        assertThatThrownBy(() -> access(true, false, Map.of(), deny("localhost", "32")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ipAddress 'localhost' is not a numeric address");
    }
}
