package org.apphostftp.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class AddressesTest {

    /** ::ffff:192.0.2.1 as an Inet6Address, the way a dual-stack socket may report an IPv4 peer. */
    static InetAddress mapped(int a, int b, int c, int d) throws Exception {
        return Inet6Address.getByAddress(null, new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff,
            (byte) a, (byte) b, (byte) c, (byte) d}, -1);
    }

    @Test
    void ipv4MappedAddressBecomesItsIpv4Address() throws Exception {
        InetAddress mapped = mapped(192, 0, 2, 1);

        assertThat(mapped).isInstanceOf(Inet6Address.class);
        assertThat(Addresses.unmapped(mapped)).isInstanceOf(Inet4Address.class).isEqualTo(InetAddress.getByName("192.0.2.1"));
        assertThat(Addresses.text(mapped)).isEqualTo("192.0.2.1");
    }

    @Test
    void otherAddressesStayAsTheyAre() throws Exception {
        InetAddress v6 = InetAddress.getByName("2001:db8::1");

        assertThat(Addresses.unmapped(v6)).isSameAs(v6);
        assertThat(Addresses.text(v6)).isEqualTo("2001:db8::1");
    }

    @Test
    void sameHostComparesAcrossTheMappedForm() throws Exception {
        assertThat(Addresses.sameHost(mapped(192, 0, 2, 1), InetAddress.getByName("192.0.2.1"))).isTrue();
        assertThat(Addresses.sameHost(mapped(192, 0, 2, 1), InetAddress.getByName("192.0.2.2"))).isFalse();
    }
}
