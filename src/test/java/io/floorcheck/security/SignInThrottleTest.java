package io.floorcheck.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The waits after failed sign-ins, without a clock or a database. */
class SignInThrottleTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void fourFailuresCostNothingThenEachWaitDoublesUpToAQuarterOfAnHour() {
        assertThat(SignInThrottle.waitBefore(recent(4, NOW, 4), NOW)).isEmpty();
        assertThat(SignInThrottle.delayAfter(5)).isEqualTo(Duration.ofSeconds(2));
        assertThat(SignInThrottle.delayAfter(6)).isEqualTo(Duration.ofSeconds(4));
        assertThat(SignInThrottle.delayAfter(13)).isEqualTo(Duration.ofSeconds(512));
        assertThat(SignInThrottle.delayAfter(14)).isEqualTo(Duration.ofMinutes(15));
        assertThat(SignInThrottle.delayAfter(400)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void theWaitCountsFromTheLastFailureOfTheName() {
        Instant last = NOW.minusSeconds(3);
        assertThat(SignInThrottle.waitBefore(recent(6, last, 6), NOW)).contains(Duration.ofSeconds(1));
        assertThat(SignInThrottle.waitBefore(recent(6, NOW.minusSeconds(4), 6), NOW)).isEmpty();
    }

    @Test
    void anAddressAtTheLimitWaitsUntilItsOldestCountedFailureLeavesTheWindow() {
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < SignInThrottle.ADDRESS_LIMIT; i++) {
            times.add(NOW.minusSeconds(i * 10L)); // newest first, the oldest 290 s ago
        }
        var atLimit = new SignInFailures.Recent(0, null, times, 0, false);
        assertThat(SignInThrottle.waitBefore(atLimit, NOW)).contains(Duration.ofMinutes(15).minusSeconds(290));
        var belowLimit = new SignInFailures.Recent(0, null, times.subList(0, SignInThrottle.ADDRESS_LIMIT - 1), 0, false);
        assertThat(SignInThrottle.waitBefore(belowLimit, NOW)).isEmpty();
        var trustedBrowser = new SignInFailures.Recent(0, null, times, 0, true);
        assertThat(SignInThrottle.waitBefore(trustedBrowser, NOW))
                .as("a browser the account signed in from is not paused with the address").isEmpty();
    }

    @Test
    void aNameFailingFromManyAddressesIsPausedExceptInABrowserItsOwnerSignedInFrom() {
        var elsewhere = new SignInFailures.Recent(0, null, List.of(), SignInThrottle.NAME_LIMIT, false);
        assertThat(SignInThrottle.waitBefore(elsewhere, NOW)).contains(SignInThrottle.LONGEST_WAIT);
        var trustedBrowser = new SignInFailures.Recent(0, null, List.of(), SignInThrottle.NAME_LIMIT, true);
        assertThat(SignInThrottle.waitBefore(trustedBrowser, NOW)).isEmpty();
        var below = new SignInFailures.Recent(0, null, List.of(), SignInThrottle.NAME_LIMIT - 1, false);
        assertThat(SignInThrottle.waitBefore(below, NOW)).isEmpty();
    }

    @Test
    void anIpv6ClientCountsByItsNetworkSoRotatingThroughItBuysNothing() {
        assertThat(ClientNetwork.of("2001:db8:1:2:3:4:5:6")).isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientNetwork.of("2001:db8:1:2::ffff")).isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientNetwork.of("2001:db8:0:0:1::1")).isEqualTo("2001:db8::/64");
        assertThat(ClientNetwork.of("fe80::1%eth0")).isEqualTo("fe80::/64");
        assertThat(ClientNetwork.of("0:0:0:0:0:0:0:1")).as("loopback: the machine itself")
                .isEqualTo("0:0:0:0:0:0:0:1");
        assertThat(ClientNetwork.of("::ffff:192.0.2.1")).isEqualTo("192.0.2.1");
        assertThat(ClientNetwork.of("192.0.2.1")).isEqualTo("192.0.2.1");
        assertThat(ClientNetwork.of("not:an:address:at:all")).isEqualTo("not:an:address:at:all");
        assertThat(ClientNetwork.of("192.0.2.1:51234")).as("a port a proxy appended").isEqualTo("192.0.2.1");
        assertThat(ClientNetwork.of("[2001:db8:1:2::7]:443")).isEqualTo("2001:db8:1:2::/64");
    }

    private static SignInFailures.Recent recent(int ofName, Instant last, int atAddress) {
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < atAddress; i++) {
            times.add(last);
        }
        return new SignInFailures.Recent(ofName, last, times, ofName, false);
    }
}
