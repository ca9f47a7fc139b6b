package org.agora.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What a sign-in is counted against, and what a throttled client is told. */
class SignInSubjectsTest {

    @Test
    void anAccountNameCountsAsItSignsIn() {
        assertEquals("account:minji", SignInThrottle.account("Minji"));
        assertNull(SignInThrottle.account(""), "no account has an empty name");
        assertNull(SignInThrottle.account("x".repeat(65)), "nor one longer than the column");
    }

    @Test
    void anIpv6ClientCountsByItsSlash64() {
        assertEquals("address:203.0.113.7", SignInThrottle.address("203.0.113.7"));
        assertEquals("address:2001:db8:1:2:0:0:0:0/64", SignInThrottle.address("2001:db8:1:2:aaaa:bbbb:cccc:dddd"));
        assertEquals(SignInThrottle.address("2001:db8:1:2::1"), SignInThrottle.address("2001:db8:1:2:ffff::9"));
        assertEquals("address:203.0.113.7", SignInThrottle.address("::ffff:203.0.113.7"), "IPv4 in IPv6 is IPv4");
        assertEquals("address:unknown", SignInThrottle.address("unknown"), "not an address: taken as it is, never looked up");
        assertNull(SignInThrottle.address(null));
    }

    @Test
    void theWaitIsToldInWholeMinutesRoundedUp() {
        assertEquals(1, SignInThrottle.minutes(Duration.ofSeconds(1)));
        assertEquals(1, SignInThrottle.minutes(Duration.ofSeconds(60)));
        assertEquals(2, SignInThrottle.minutes(Duration.ofSeconds(61)));
        assertEquals(2, SignInThrottle.minutes(Duration.ofMillis(60_001)), "a moment over a minute is two");
        assertEquals(61, SignInThrottle.seconds(Duration.ofMillis(60_001)));
        assertEquals(1, SignInThrottle.seconds(Duration.ofMillis(1)));
    }
}
