package org.agora.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agora.account.SignInPolicy.Streak;
import org.junit.jupiter.api.Test;

/** The throttling arithmetic on its own, with the time given: no clock, no database, no waiting. */
class SignInPolicyTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final SignInPolicy ACCOUNTS = new SignInPolicy(10, minutes(15), minutes(1), minutes(15), true);
    private static final SignInPolicy ADDRESSES = new SignInPolicy(100, minutes(15), minutes(1), minutes(15), false);

    @Test
    void belowTheLimitNothingIsRefused() {
        Streak s = fail(ACCOUNTS, null, 9, T0);
        assertEquals(9, s.failures());
        assertEquals(Optional.empty(), ACCOUNTS.refusal(s, T0));
    }

    @Test
    void theLimitRefusesForTheFirstDelayAndEveryFurtherFailureDoublesItUpToTheCap() {
        Streak s = fail(ACCOUNTS, null, 10, T0);
        assertEquals(Optional.of(minutes(1)), ACCOUNTS.refusal(s, T0));
        assertEquals(Optional.of(Duration.ofSeconds(15)), ACCOUNTS.refusal(s, T0.plusSeconds(45)));
        assertEquals(Optional.empty(), ACCOUNTS.refusal(s, T0.plus(minutes(1))), "over when it says");

        // A guesser who waits out every refusal and tries once more.
        List<Duration> refusals = new ArrayList<>();
        Instant now = s.refusedUntil();
        for (int i = 0; i < 6; i++) {
            s = ACCOUNTS.failed(s, now);
            refusals.add(ACCOUNTS.refusal(s, now).orElseThrow());
            now = s.refusedUntil();
        }
        assertEquals(List.of(minutes(2), minutes(4), minutes(8), minutes(15), minutes(15), minutes(15)), refusals);
        assertEquals(16, s.failures());
    }

    @Test
    void failuresFurtherApartThanTheWindowNeverAddUp() {
        Streak s = fail(ACCOUNTS, null, 9, T0);
        s = ACCOUNTS.failed(s, T0.plus(minutes(15)));
        assertEquals(1, s.failures(), "a new streak");
        assertEquals(T0.plus(minutes(15)), s.startedAt());
        assertEquals(Optional.empty(), ACCOUNTS.refusal(s, T0.plus(minutes(15))));
    }

    /** An account's guesser gains nothing by waiting a refusal out; a school's typos after an attack start afresh. */
    @Test
    void anAccountRemembersItsLastRefusalForAWindowAnAddressDoesNot() {
        Streak account = fail(ACCOUNTS, null, 10, T0);
        Instant later = account.refusedUntil().plus(minutes(14));
        assertTrue(ACCOUNTS.live(account, later));
        assertEquals(Optional.of(minutes(2)), ACCOUNTS.refusal(ACCOUNTS.failed(account, later), later));
        assertEquals(1, ACCOUNTS.failed(account, account.refusedUntil().plus(minutes(15))).failures());

        Streak address = ADDRESSES.failed(fail(ADDRESSES, null, 99, T0), T0.plus(minutes(14)));
        assertEquals(T0.plus(minutes(15)), address.refusedUntil());
        Instant afterIt = address.refusedUntil();
        assertEquals(1, ADDRESSES.failed(address, afterIt).failures(), "the window and the refusal are over");
        assertEquals(Optional.empty(), ADDRESSES.refusal(ADDRESSES.failed(address, afterIt), afterIt));
    }

    @Test
    void theExpiryIsWhenTheStreakStopsMattering() {
        Streak s = fail(ACCOUNTS, null, 3, T0);
        assertEquals(T0.plus(minutes(15)), ACCOUNTS.expiry(s));
        Streak refused = fail(ACCOUNTS, null, 10, T0);
        assertEquals(T0.plus(minutes(16)), ACCOUNTS.expiry(refused));
        assertEquals(T0.plus(minutes(15)), ADDRESSES.expiry(fail(ADDRESSES, null, 100, T0)));
    }

    @Test
    void aFailureNeverShortensARefusal() {
        Streak s = fail(ACCOUNTS, null, 14, T0);
        assertEquals(T0.plus(minutes(15)), s.refusedUntil());
        SignInPolicy shorter = new SignInPolicy(1, minutes(15), minutes(1), minutes(1), true);
        assertEquals(T0.plus(minutes(15)), shorter.failed(s, T0.plusSeconds(1)).refusedUntil());
    }

    @Test
    void nonsenseSettingsAreRefusedAtStart() {
        assertThrows(IllegalArgumentException.class, () -> new SignInPolicy(0, minutes(15), minutes(1), minutes(15), true));
        assertThrows(IllegalArgumentException.class, () -> new SignInPolicy(10, Duration.ZERO, minutes(1), minutes(15), true));
        assertThrows(IllegalArgumentException.class, () -> new SignInPolicy(10, minutes(15), minutes(2), minutes(1), true));
    }

    private static Streak fail(SignInPolicy policy, Streak s, int times, Instant at) {
        for (int i = 0; i < times; i++) {
            s = policy.failed(s, at);
        }
        return s;
    }

    private static Duration minutes(long n) {
        return Duration.ofMinutes(n);
    }
}
