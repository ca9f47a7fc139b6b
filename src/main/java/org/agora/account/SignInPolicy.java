package org.agora.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When password sign-in is refused, as arithmetic on a streak of failures (no clock and no
 * database here: {@link SignInThrottle} keeps the streaks). The failure that reaches {@code limit}
 * within {@code window} of the streak's first refuses sign-in for {@code firstDelay}; every further
 * failure doubles that, up to {@code maxDelay}.
 * <p>
 * An account's streak lasts until a whole window has passed since its last refusal ended, so a
 * guesser who waits out every refusal still gets only one guess per refusal. An address's streak
 * ends with its window (or its refusal, if later): a school shares one address, and its pupils'
 * ordinary typos after an attack must not keep the whole network refused.
 */
public record SignInPolicy(int limit, Duration window, Duration firstDelay, Duration maxDelay, boolean remembersRefusals) {

    /** The failures of one subject: how many, since when, and until when sign-in is refused (or null). */
    public record Streak(int failures, Instant startedAt, Instant refusedUntil) {
    }

    public SignInPolicy {
        if (limit < 1 || window.isNegative() || window.isZero() || firstDelay.isNegative() || firstDelay.isZero()
                || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("agora.sign-in: the limits must be at least 1, the window and the delays "
                    + "positive, and max-delay at least first-delay");
        }
    }

    /** The streak after one more failure at {@code now} ({@code before} may be null or over). */
    public Streak failed(Streak before, Instant now) {
        Streak s = before == null || !live(before, now) ? new Streak(0, now, null) : before;
        int failures = s.failures() + 1;
        Instant refusedUntil = s.refusedUntil();
        if (failures >= limit) {
            Instant until = now.plus(delay(failures));
            refusedUntil = refusedUntil == null || until.isAfter(refusedUntil) ? until : refusedUntil;
        }
        return new Streak(failures, s.startedAt(), refusedUntil);
    }

    /** How long sign-in is still refused; empty when it is not. */
    public Optional<Duration> refusal(Streak s, Instant now) {
        if (s == null || s.refusedUntil() == null || !now.isBefore(s.refusedUntil())) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, s.refusedUntil()));
    }

    /** Whether later failures still add to this streak (and whether it must be kept at all). */
    public boolean live(Streak s, Instant now) {
        return now.isBefore(expiry(s));
    }

    /** When the streak is over: the first failure after it starts a new one. */
    public Instant expiry(Streak s) {
        Instant end = s.startedAt().plus(window);
        if (s.refusedUntil() != null) {
            Instant after = remembersRefusals ? s.refusedUntil().plus(window) : s.refusedUntil();
            end = after.isAfter(end) ? after : end;
        }
        return end;
    }

    /** The refusal that the {@code failures}th failure earns, at or past the limit. */
    Duration delay(int failures) {
        Duration d = firstDelay;
        for (int n = limit; n < failures && d.compareTo(maxDelay) < 0; n++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(maxDelay) > 0 ? maxDelay : d;
    }
}
