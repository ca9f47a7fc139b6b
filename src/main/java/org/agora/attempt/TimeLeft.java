package org.agora.attempt;

import java.time.Duration;
import java.time.Instant;

/**
 * The time an attempt has left, as the timer says it: whole minutes (rounded up, so that "1 minute
 * left" is never said with two to go) and, in the last minute, seconds. {@code warning} is 5 in
 * the last five minutes and 1 in the last one (0 before): the points at which the page warns.
 * attempt.js counts down by the same rules.
 */
public record TimeLeft(long amount, boolean seconds, int warning) {

    public static TimeLeft until(Instant deadline, Instant now) {
        return of(Math.max(0, Duration.between(now, deadline).toSeconds()));
    }

    static TimeLeft of(long secondsLeft) {
        int warning = secondsLeft <= 60 ? 1 : secondsLeft <= 300 ? 5 : 0;
        return secondsLeft < 60 ? new TimeLeft(secondsLeft, true, warning)
                : new TimeLeft((secondsLeft + 59) / 60, false, warning);
    }

    public boolean minutes() {
        return !seconds;
    }

    /** The amount as the message bundle takes it, a text ("12"). */
    public String count() {
        return String.valueOf(amount);
    }

    public boolean one() {
        return amount == 1;
    }
}
