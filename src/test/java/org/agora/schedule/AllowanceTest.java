package org.agora.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Extra time and time-limit overrides: what one class gives, and the most generous of several. */
class AllowanceTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final Duration M20 = Duration.ofMinutes(20);
    private static final Instant START = Instant.parse("2026-12-03T09:00:00Z");

    private static ClassWindow in(Allowance a) {
        return new ClassWindow(null, null, false, UTC, a);
    }

    private static ClassWindow closingAt(Instant closes, Allowance a) {
        return new ClassWindow(null, closes, false, UTC, a);
    }

    @Test
    void fiftyPercentTurnsTwentyMinutesIntoThirty() {
        assertEquals(Duration.ofMinutes(30), new Allowance(50, null).applied(M20));
        assertEquals(Duration.ofMinutes(25), new Allowance(25, null).applied(M20));
        assertEquals(Duration.ofMinutes(100), new Allowance(400, null).applied(M20));
        // 7 % of 20 minutes is 84 seconds: exact, not rounded to whole minutes.
        assertEquals(Duration.ofSeconds(20 * 60 + 84), new Allowance(7, null).applied(M20));
        // 33 % of 7 seconds is 2.31 s: kept to the nanosecond.
        assertEquals(Duration.ofMillis(9_310), new Allowance(33, null).applied(Duration.ofSeconds(7)));
        assertEquals(M20, Allowance.NONE.applied(M20));
    }

    @Test
    void extraTimeDoesNotTimeAnUntimedQuizButAnOverrideDoes() {
        assertNull(new Allowance(50, null).applied(null));
        assertEquals(Duration.ofMinutes(45), new Allowance(0, Duration.ofMinutes(45)).applied(null));
    }

    @Test
    void anOverrideReplacesTheQuizsLimitAndTheExtraTime() {
        assertEquals(Duration.ofMinutes(25), new Allowance(50, Duration.ofMinutes(25)).applied(M20));
        assertEquals(Duration.ofMinutes(10), new Allowance(50, Duration.ofMinutes(10)).applied(M20), "even a shorter one");
    }

    @Test
    void aLearnerOfNoClassHasTheQuizsOwnLimit() {
        Window w = Schedules.effective(List.of(), UTC);
        assertEquals(M20, w.timeLimit(M20));
        assertNull(w.timeLimit(null));
        assertEquals(START.plus(M20), w.deadline(START, M20));
    }

    @Test
    void theMostGenerousClassWins() {
        Window w = Schedules.effective(List.of(in(new Allowance(25, null)), in(new Allowance(50, null))), UTC);
        assertEquals(Duration.ofMinutes(30), w.timeLimit(M20));
        assertEquals(START.plus(Duration.ofMinutes(30)), w.deadline(START, M20));

        Window overridden = Schedules.effective(List.of(in(new Allowance(50, null)), in(new Allowance(0, Duration.ofMinutes(40)))), UTC);
        assertEquals(Duration.ofMinutes(40), overridden.timeLimit(M20));

        Window shorter = Schedules.effective(List.of(in(new Allowance(0, Duration.ofMinutes(5))), in(Allowance.NONE)), UTC);
        assertEquals(M20, shorter.timeLimit(M20), "a class without the override still gives the quiz's limit");
    }

    @Test
    void aClassThatLeavesTheQuizUntimedIsTheMostGenerousOfAll() {
        Window w = Schedules.effective(List.of(in(new Allowance(0, Duration.ofMinutes(45))), in(Allowance.NONE)), UTC);
        assertNull(w.timeLimit(null));
        assertNull(w.deadline(START, null));
    }

    @Test
    void theClosingTimeStillCutsTheLongerLimit() {
        Instant closes = START.plus(Duration.ofMinutes(25));
        Window w = Schedules.effective(List.of(closingAt(closes, new Allowance(50, null))), UTC);
        assertEquals(closes, w.deadline(START, M20), "30 minutes of time, but the quiz closes after 25");
        assertEquals(START.plus(Duration.ofMinutes(20)), w.deadline(START.minus(Duration.ofMinutes(10)), M20));
    }
}
