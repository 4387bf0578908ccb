package org.apphostftp.security;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import org.apphostftp.config.effective.GlobalSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LoginThrottleTest {

    private static final Duration THIRTY_SECONDS = Duration.ofSeconds(30);
    private static final GlobalSettings.DenyByFailure FOUR_IN_30S = new GlobalSettings.DenyByFailure(true, 4, THIRTY_SECONDS, false);

    private final TestClock clock = new TestClock();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(LoginThrottle.class);

    @BeforeEach
    void captureLog() {
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void releaseLog() {
        logger.detachAppender(log);
        log.stop();
    }

    private static InetAddress ip(String literal) throws UnknownHostException {
        return InetAddress.getByName(literal);
    }

    private static void fail(LoginThrottle throttle, InetAddress client, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(client);
        }
    }

    @Test
    void maxFailuresWithinTheWindowBlockTheAddress() throws Exception {
        LoginThrottle throttle = new LoginThrottle(FOUR_IN_30S, clock);
        InetAddress client = ip("203.0.113.9");

        fail(throttle, client, 3);
        assertThat(throttle.isBlocked(client)).isFalse();
        throttle.recordFailure(client);

        assertThat(throttle.isBlocked(client)).isTrue();
        assertThat(throttle.isBlocked(ip("203.0.113.10"))).isFalse();
        assertThat(log.list).singleElement().satisfies(e -> {
            assertThat(e.getLevel()).isEqualTo(Level.WARN);
            assertThat(e.getFormattedMessage()).isEqualTo("denyByFailure: blocking logins from 203.0.113.9 for 30 s after 4 failed logins");
        });
    }

    @Test
    void blockEndsAfterEntryExpiration() throws Exception {
        LoginThrottle throttle = new LoginThrottle(FOUR_IN_30S, clock);
        InetAddress client = ip("203.0.113.9");
        fail(throttle, client, 4);

        clock.advance(THIRTY_SECONDS.minusSeconds(1));
        assertThat(throttle.isBlocked(client)).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.isBlocked(client)).isFalse();
    }

    @Test
    void failuresSpreadBeyondTheWindowDoNotBlock() throws Exception {
        LoginThrottle throttle = new LoginThrottle(FOUR_IN_30S, clock);
        InetAddress client = ip("203.0.113.9");

        fail(throttle, client, 3);
        clock.advance(THIRTY_SECONDS);
        fail(throttle, client, 3);

        assertThat(throttle.isBlocked(client)).isFalse();
    }

    @Test
    void failuresDuringABlockDoNotLengthenIt() throws Exception {
        LoginThrottle throttle = new LoginThrottle(FOUR_IN_30S, clock);
        InetAddress client = ip("203.0.113.9");
        fail(throttle, client, 4);

        clock.advance(Duration.ofSeconds(20));
        fail(throttle, client, 10);
        clock.advance(Duration.ofSeconds(10));

        assertThat(throttle.isBlocked(client)).isFalse();
        assertThat(log.list).hasSize(1);
    }

    @Test
    void successfulLoginClearsTheCountButNotABlock() throws Exception {
        LoginThrottle throttle = new LoginThrottle(FOUR_IN_30S, clock);
        InetAddress counted = ip("203.0.113.9");
        InetAddress blocked = ip("203.0.113.10");
        fail(throttle, counted, 3);
        fail(throttle, blocked, 4);

        throttle.recordSuccess(counted);
        throttle.recordSuccess(blocked);
        throttle.recordFailure(counted);

        assertThat(throttle.isBlocked(counted)).isFalse();
        assertThat(throttle.isBlocked(blocked)).isTrue();
    }

    @Test
    void loggingOnlyModeLogsWhatItWouldBlockAndBlocksNothing() throws Exception {
        LoginThrottle throttle = new LoginThrottle(new GlobalSettings.DenyByFailure(true, 4, THIRTY_SECONDS, true), clock);
        InetAddress client = ip("203.0.113.9");

        fail(throttle, client, 6);

        assertThat(throttle.isBlocked(client)).isFalse();
        assertThat(log.list).singleElement().satisfies(e -> {
            assertThat(e.getLevel()).isEqualTo(Level.WARN);
            assertThat(e.getFormattedMessage())
                    .isEqualTo("denyByFailure (loggingOnlyMode): would block logins from 203.0.113.9 for 30 s after 4 failed logins");
        });
    }

    @Test
    void disabledThrottleNeitherBlocksNorRemembers() throws Exception {
        LoginThrottle throttle = new LoginThrottle(new GlobalSettings.DenyByFailure(false, 4, THIRTY_SECONDS, false), clock);
        InetAddress client = ip("203.0.113.9");

        fail(throttle, client, 10);

        assertThat(throttle.isBlocked(client)).isFalse();
        assertThat(throttle.tracked()).isZero();
    }

    @Test
    void ipv4MappedClientCountsAsItsIpv4Address() throws Exception {
        LoginThrottle throttle = new LoginThrottle(FOUR_IN_30S, clock);
        InetAddress v4 = ip("198.51.100.7");
        InetAddress mapped = Inet6Address.getByAddress(null,
                new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, (byte) 198, 51, 100, 7}, -1);

        fail(throttle, v4, 2);
        fail(throttle, mapped, 2);

        assertThat(throttle.isBlocked(v4)).isTrue();
        assertThat(throttle.isBlocked(mapped)).isTrue();
    }

    @Test
    void ipv6ClientsCountPerSlash64() throws Exception {
        LoginThrottle throttle = new LoginThrottle(FOUR_IN_30S, clock);

        for (int i = 1; i <= 4; i++) {
            throttle.recordFailure(ip("2001:db8:1:2::" + i));
        }

        assertThat(throttle.isBlocked(ip("2001:db8:1:2:ffff::1"))).isTrue();
        assertThat(throttle.isBlocked(ip("2001:db8:1:3::1"))).isFalse();
        assertThat(log.list).singleElement().extracting(ILoggingEvent::getFormattedMessage).asString()
                .contains("from 2001:db8:1:2::/64 ");
    }

    @Test
    void expiredEntriesAreDroppedWhenRoomIsNeeded() throws Exception {
        LoginThrottle throttle = new LoginThrottle(FOUR_IN_30S, clock, 10);
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure(ip("192.0.2." + i));
        }
        clock.advance(THIRTY_SECONDS);

        throttle.recordFailure(ip("192.0.2.200"));

        assertThat(throttle.tracked()).isEqualTo(1);
    }

    @Test
    void floodOfAddressesKeepsMemoryBoundedAndBlocksInForce() throws Exception {
        LoginThrottle throttle = new LoginThrottle(FOUR_IN_30S, clock, 10);
        InetAddress attacker = ip("192.0.2.250");
        fail(throttle, attacker, 4);

        for (int i = 0; i < 100; i++) {
            throttle.recordFailure(ip("198.18.0." + i));
        }

        assertThat(throttle.tracked()).isLessThanOrEqualTo(10);
        assertThat(throttle.isBlocked(attacker)).isTrue();
    }

    @Test
    void whenEveryTrackedAddressIsBlockedNewcomersAreNotTracked() throws Exception {
        LoginThrottle throttle = new LoginThrottle(FOUR_IN_30S, clock, 2);
        fail(throttle, ip("192.0.2.1"), 4);
        fail(throttle, ip("192.0.2.2"), 4);

        fail(throttle, ip("192.0.2.3"), 4);

        assertThat(throttle.tracked()).isEqualTo(2);
        assertThat(throttle.isBlocked(ip("192.0.2.1"))).isTrue();
        assertThat(throttle.isBlocked(ip("192.0.2.3"))).isFalse();
    }
}
