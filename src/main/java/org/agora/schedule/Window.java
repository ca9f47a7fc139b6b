package org.agora.schedule;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A learner's effective window at one quiz, the most generous of their classes' ({@link Schedules}):
 * <ul>
 * <li>{@code opensAt}: no attempt starts before it (null: no limit);
 * <li>{@code dueAt}: the due date; an attempt submitted after it is late, and an {@code after-close}
 * review opens at it (null: never due);
 * <li>{@code closesAt}: no attempt starts from it on, and open attempts close at it (null: never;
 * always null when a class without a closing time, or one that accepts late work, applies).
 * </ul>
 * {@code zone} is the time zone its dates are shown in (the first scheduling class's).
 */
public record Window(Instant opensAt, Instant dueAt, Instant closesAt, ZoneId zone) {

    /** A learner of no class that schedules the quiz: unaffected. */
    public static Window unaffected(ZoneId zone) {
        return new Window(null, null, null, zone);
    }

    public boolean scheduled() {
        return opensAt != null || dueAt != null;
    }

    /** Before the opening time: no start. */
    public boolean notYetOpen(Instant now) {
        return opensAt != null && now.isBefore(opensAt);
    }

    /** From the closing time on: no start, and open attempts are closed. */
    public boolean closed(Instant now) {
        return closesAt != null && !now.isBefore(closesAt);
    }

    /** Submitted after the due date. */
    public boolean late(Instant submittedAt) {
        return dueAt != null && submittedAt.isAfter(dueAt);
    }

    /** An {@code after-close} quiz's review: once the due date has passed for every class of the learner. */
    public boolean reviewOpen(Instant now) {
        return dueAt != null && !now.isBefore(dueAt);
    }

    /** The deadline of an attempt: the time limit's (null: none) or the closing time, whichever comes first. */
    public Instant deadline(Instant timeLimitDeadline) {
        if (closesAt == null) {
            return timeLimitDeadline;
        }
        return timeLimitDeadline == null || closesAt.isBefore(timeLimitDeadline) ? closesAt : timeLimitDeadline;
    }
}
