package org.agora.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The most generous window of a learner's classes, and what it means at its boundaries. */
class SchedulesTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final Instant T9 = Instant.parse("2026-12-03T09:00:00Z");
    private static final Instant T10 = Instant.parse("2026-12-03T10:00:00Z");
    private static final Instant T11 = Instant.parse("2026-12-03T11:00:00Z");
    private static final Instant T12 = Instant.parse("2026-12-03T12:00:00Z");

    private static ClassWindow refuse(Instant opens, Instant closes) {
        return new ClassWindow(opens, closes, false, SEOUL);
    }

    @Test
    void aLearnerOfNoClassIsUnaffected() {
        Window w = Schedules.effective(List.of(), UTC);
        assertFalse(w.scheduled());
        assertFalse(w.notYetOpen(Instant.MIN));
        assertFalse(w.closed(Instant.MAX));
        assertFalse(w.reviewOpen(Instant.MAX), "after-close never opens without a class");
        assertFalse(w.late(Instant.MAX));
        assertNull(w.deadline(null));
        assertEquals(T9, w.deadline(T9));
    }

    @Test
    void oneClassGivesItsWindowExactlyAtItsBoundaries() {
        Window w = Schedules.effective(List.of(refuse(T9, T10)), UTC);
        assertTrue(w.notYetOpen(T9.minusSeconds(1)), "one second before opening");
        assertFalse(w.notYetOpen(T9), "at the opening");
        assertFalse(w.closed(T10.minusMillis(1)));
        assertTrue(w.closed(T10), "at the closing time");
        assertTrue(w.closed(T10.plusSeconds(1)));
        assertFalse(w.reviewOpen(T10.minusMillis(1)));
        assertTrue(w.reviewOpen(T10));
        assertFalse(w.late(T10), "closed at the closing time is on time");
        assertTrue(w.late(T10.plusMillis(1)));
        assertEquals(SEOUL, w.zone());
    }

    @Test
    void theDeadlineIsTheEarlierOfTheTimeLimitAndTheClosingTime() {
        Window w = Schedules.effective(List.of(refuse(null, T10)), UTC);
        assertEquals(T10, w.deadline(null));
        assertEquals(T10, w.deadline(T11));
        assertEquals(T9, w.deadline(T9));
    }

    @Test
    void twoClassesGiveTheMostGenerous() {
        Window w = Schedules.effective(List.of(refuse(T10, T11), refuse(T9, T12)), UTC);
        assertEquals(T9, w.opensAt());
        assertEquals(T12, w.dueAt());
        assertEquals(T12, w.closesAt());
        Window crossed = Schedules.effective(List.of(refuse(T9, T10), refuse(T11, T12)), UTC);
        assertEquals(T9, crossed.opensAt(), "the earliest opening");
        assertEquals(T12, crossed.closesAt(), "the latest closing");
    }

    @Test
    void aClassWithoutAScheduleIsAlwaysOpenAndWins() {
        Window w = Schedules.effective(List.of(refuse(T9, T10), ClassWindow.unscheduled(UTC)), UTC);
        assertNull(w.opensAt());
        assertNull(w.dueAt());
        assertNull(w.closesAt());
        assertFalse(w.reviewOpen(Instant.MAX), "after-close: not closed for the unscheduled class");
        assertEquals(SEOUL, w.zone(), "dates are shown in the scheduling class's zone");
    }

    @Test
    void onlyAnOpeningOrOnlyAClosing() {
        Window opens = Schedules.effective(List.of(refuse(T9, null)), UTC);
        assertTrue(opens.notYetOpen(T9.minusSeconds(1)));
        assertNull(opens.dueAt());
        assertFalse(opens.closed(Instant.MAX));
        Window closes = Schedules.effective(List.of(refuse(null, T10)), UTC);
        assertFalse(closes.notYetOpen(Instant.MIN));
        assertTrue(closes.closed(T10));
    }

    @Test
    void aClassThatAcceptsLateWorkNeverClosesButIsDue() {
        Window w = Schedules.effective(List.of(new ClassWindow(T9, T10, true, UTC)), UTC);
        assertEquals(T10, w.dueAt());
        assertNull(w.closesAt());
        assertFalse(w.closed(T12));
        assertTrue(w.late(T11));
        assertTrue(w.reviewOpen(T10));
        assertNull(w.deadline(null), "open attempts are not closed at the due date");
        // With a refusing class that closes later: still never closes, due at the later time.
        Window both = Schedules.effective(List.of(new ClassWindow(T9, T10, true, UTC), refuse(T9, T11)), UTC);
        assertEquals(T11, both.dueAt());
        assertNull(both.closesAt());
        assertFalse(both.late(T11));
        assertTrue(both.late(T11.plusSeconds(1)));
    }
}
