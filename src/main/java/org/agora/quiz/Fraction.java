package org.agora.quiz;

import org.agora.content.Credit;

/**
 * The share of a question's points an answer earns, exactly: {@code numerator / denominator}, with
 * a denominator above 0. A numerator of 0 or less earns nothing (a sum of negative credits can go
 * below 0; {@link Scorer#earned} floors it).
 */
public record Fraction(long numerator, long denominator) {

    public static final Fraction ZERO = new Fraction(0, 1);
    public static final Fraction ONE = new Fraction(1, 1);

    public Fraction {
        if (denominator <= 0) {
            throw new IllegalArgumentException("a fraction's denominator must be positive, not " + denominator);
        }
    }

    /** All or nothing. */
    public static Fraction whole(boolean right) {
        return right ? ONE : ZERO;
    }

    /** A credit as a share over 10,000; none earns nothing. */
    public static Fraction of(Credit c) {
        return c == null ? ZERO : new Fraction(c.basisPoints(), Credit.WHOLE);
    }

    public boolean earnsSome() {
        return numerator > 0;
    }

    public boolean isFull() {
        return numerator > 0 && numerator == denominator;
    }

    /** Between nothing and everything: a part. */
    public boolean isPart() {
        return numerator > 0 && numerator < denominator;
    }
}
