package org.agora.content;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The share of a question's points that one option or one {@code =} line earns, written
 * {@code {credit=N%}} at the end of the line (quiz format 1.1), N from -100 to 100 with at most two
 * decimals. Kept as an exact percent; {@link #basisPoints()} is the same value in hundredths of a
 * percent, so that the scorer's fractions stay whole numbers over 10,000.
 */
public record Credit(BigDecimal percent) {

    /** The denominator of {@link #basisPoints()}: 100 % is 10,000. */
    public static final long WHOLE = 10_000;

    public static final Credit FULL = new Credit(BigDecimal.valueOf(100));
    public static final Credit NONE = new Credit(BigDecimal.ZERO);

    /**
     * A trailing {@code {credit=...}} (spaces tolerated around it, and inside the braces, so that a
     * near miss is reported as malformed rather than shown to learners as text).
     */
    private static final Pattern SUFFIX = Pattern.compile("\\s*\\{\\s*credit\\s*=([^{}]*)}\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ANYWHERE = Pattern.compile("\\{\\s*credit\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern VALUE = Pattern.compile("-?\\d{1,3}(?:\\.\\d{1,2})?%");
    private static final BigDecimal MAX = BigDecimal.valueOf(100);

    public Credit {
        percent = percent.stripTrailingZeros();
        if (percent.scale() < 0) {
            percent = percent.setScale(0);
        }
    }

    /**
     * A line split into its shown text and the credit written at its end. {@code raw} is what was
     * inside the braces after {@code credit=} (null when there was no credit suffix).
     */
    public record Split(String text, String raw) {
        public boolean hasCredit() {
            return raw != null;
        }
    }

    /** Splits the credit suffix off a line of an answer block (the text is stripped). */
    public static Split split(String line) {
        Matcher m = SUFFIX.matcher(line);
        if (!m.find()) {
            return new Split(line.strip(), null);
        }
        return new Split(line.substring(0, m.start()).strip(), m.group(1).strip());
    }

    /** Whether {@code text} (what is left once the suffix is split off) still has a {@code {credit=}}: one not at the end. */
    public static boolean misplaced(String text) {
        return ANYWHERE.matcher(text).find();
    }

    /**
     * The credit written as {@code raw} ({@code 50%}, {@code -33.33%}).
     *
     * @throws IllegalArgumentException with the message the linter reports when it is malformed or out of range
     */
    public static Credit parse(String raw) {
        if (!VALUE.matcher(raw).matches()) {
            throw new IllegalArgumentException("`{credit=" + raw + "}` is not a credit: write a percent from -100% to "
                    + "100% with at most two decimals, like {credit=50%}");
        }
        BigDecimal p = new BigDecimal(raw.substring(0, raw.length() - 1));
        if (p.abs().compareTo(MAX) > 0) {
            throw new IllegalArgumentException("credit " + raw + " is out of range: a credit goes from -100% to 100%");
        }
        return new Credit(p);
    }

    /** The percent in hundredths (50 % is 5,000; -12.5 % is -1,250), exact: a credit has at most two decimals. */
    public long basisPoints() {
        return percent.movePointRight(2).longValueExact();
    }

    public boolean isFull() {
        return percent.compareTo(MAX) == 0;
    }

    public boolean isPositive() {
        return percent.signum() > 0;
    }

    public boolean isNegative() {
        return percent.signum() < 0;
    }

    /** As written in a quiz file, {@code 50%}. */
    @Override
    public String toString() {
        return percent.toPlainString() + "%";
    }
}
