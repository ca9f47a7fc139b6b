package org.agora.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule for a learner in several classes: the most generous window. The earliest opening, the
 * latest due date and the latest closing time; a class that does not schedule the quiz is always
 * open, which is the most generous of all; a class that accepts late work never closes (its closing
 * time is only a due date); the longest time limit ({@link Window#timeLimit}). A learner of no
 * class is unaffected.
 */
public final class Schedules {

    private Schedules() {
    }

    /** The effective window for a learner whose classes give these windows ({@code fallback}: the zone without any). */
    public static Window effective(List<ClassWindow> classes, ZoneId fallback) {
        if (classes.isEmpty()) {
            return Window.unaffected(fallback);
        }
        Instant opens = null;
        Instant due = null;
        Instant closes = null;
        boolean alwaysOpen = false;
        boolean neverDue = false;
        boolean neverCloses = false;
        ZoneId zone = null;
        List<Allowance> allowances = new ArrayList<>(classes.size());
        for (ClassWindow c : classes) {
            allowances.add(c.allowance());
            if (zone == null && c.scheduled()) {
                zone = c.zone();
            }
            if (c.opensAt() == null) {
                alwaysOpen = true;
            } else if (opens == null || c.opensAt().isBefore(opens)) {
                opens = c.opensAt();
            }
            if (c.closesAt() == null) {
                neverDue = true;
                neverCloses = true;
            } else {
                if (due == null || c.closesAt().isAfter(due)) {
                    due = c.closesAt();
                }
                if (c.acceptsLate()) {
                    neverCloses = true;
                } else if (closes == null || c.closesAt().isAfter(closes)) {
                    closes = c.closesAt();
                }
            }
        }
        return new Window(alwaysOpen ? null : opens, neverDue ? null : due, neverCloses ? null : closes,
                zone == null ? fallback : zone, List.copyOf(allowances));
    }
}
