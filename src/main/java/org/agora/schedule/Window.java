package org.agora.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A learner's effective window at one quiz, the most generous of their classes' ({@link Schedules}):
 * <ul>
 * <li>{@code opensAt}: no attempt starts before it (null: no limit);
 * <li>{@code dueAt}: the due date; an attempt submitted after it is late, and an {@code after-close}
 * review opens at it (null: never due);
 * <li>{@code closesAt}: no attempt starts from it on, and open attempts close at it (null: never;
 * always null when a class without a closing time, or one that accepts late work, applies).
 * </ul>
 * {@code zone} is the time zone its dates are shown in (the first scheduling class's);
 * {@code allowances} what each of the learner's classes gives on the time limit (empty: the
 * learner is in no class, and the quiz's own limit applies).
 */
public record Window(Instant opensAt, Instant dueAt, Instant closesAt, ZoneId zone, List<Allowance> allowances) {

    public Window(Instant opensAt, Instant dueAt, Instant closesAt, ZoneId zone) {
        this(opensAt, dueAt, closesAt, zone, List.of());
    }

    /** A learner of no class that schedules the quiz: unaffected. */
    public static Window unaffected(ZoneId zone) {
        return new Window(null, null, null, zone);
    }

    /**
     * The learner's time limit at a quiz whose own is {@code quizLimit} (null: none): the most
     * generous of their classes' ({@link Allowance#applied}); none at all when any class leaves it
     * without one.
     */
    public Duration timeLimit(Duration quizLimit) {
        Duration most = allowances.isEmpty() ? quizLimit : null;
        for (Allowance a : allowances) {
            Duration d = a.applied(quizLimit);
            if (d == null) {
                return null;
            }
            if (most == null || d.compareTo(most) > 0) {
                most = d;
            }
        }
        return most;
    }

    /** The deadline of an attempt started at {@code startedAt}: the learner's time limit's or the closing time, whichever comes first. */
    public Instant deadline(Instant startedAt, Duration quizLimit) {
        Duration limit = timeLimit(quizLimit);
        return deadline(limit == null ? null : startedAt.plus(limit));
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
