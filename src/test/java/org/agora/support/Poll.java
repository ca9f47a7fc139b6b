package org.agora.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls a condition with a deadline: for live changes that happen on the server's own schedule. */
public final class Poll {

    private Poll() {
    }

    /** Waits until the condition holds; returns the time it took, or fails after the deadline. */
    public static Duration until(Duration deadline, String what, BooleanSupplier condition) {
        long start = System.nanoTime();
        long end = start + deadline.toNanos();
        while (true) {
            if (condition.getAsBoolean()) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + deadline.toMillis() + " ms: " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for: " + what);
            }
        }
    }
}
