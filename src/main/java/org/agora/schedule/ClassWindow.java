package org.agora.schedule;

import java.time.Instant;
import java.time.ZoneId;

/**
 * One class's schedule of one quiz, as it bears on a learner of that class: when it opens and
 * closes (either may be null: no limit), whether the class accepts late work, and the class's
 * time zone (for showing the dates), and what the class gives the learner on the time limit
 * ({@link Allowance}). A class that does not schedule the quiz is {@link #unscheduled}.
 * {@code closesAt} is the learner's own: an instructor's override of the class's closing time
 * for this learner and quiz, where there is one.
 */
public record ClassWindow(Instant opensAt, Instant closesAt, boolean acceptsLate, ZoneId zone, Allowance allowance) {

    public ClassWindow(Instant opensAt, Instant closesAt, boolean acceptsLate, ZoneId zone) {
        this(opensAt, closesAt, acceptsLate, zone, Allowance.NONE);
    }

    public static ClassWindow unscheduled(ZoneId zone) {
        return new ClassWindow(null, null, false, zone);
    }

    boolean scheduled() {
        return opensAt != null || closesAt != null;
    }
}
