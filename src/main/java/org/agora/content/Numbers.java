package org.agora.content;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers of numeric questions, for the accepted lines and for the learner's answers alike:
 * {@code ,} or {@code .} as the decimal mark (one of them, once; no thousands separators), an
 * optional sign, full-width digits and the minus sign {@code −} accepted. Always exact
 * ({@link BigDecimal}), never binary floating point.
 */
public final class Numbers {

    private static final String NUM = "[+-]?(?:\\d+(?:[.,]\\d*)?|[.,]\\d+)";
    private static final Pattern NUMBER = Pattern.compile(NUM);
    private static final Pattern TOLERANCE = Pattern.compile("(" + NUM + ")\\s*(?:\\+-|\\+/-|±)\\s*(" + NUM + ")");
    private static final Pattern RANGE = Pattern.compile("([+-]?(?:\\d+(?:[.,]\\d+)?|[.,]\\d+))\\s*\\.\\.\\s*(" + NUM + ")");

    private Numbers() {
    }

    /** A number as the exports and the pages write it: no exponent, no trailing zeros ({@code 2}, {@code 0.5}). */
    public static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }

    /** The number in {@code s}, or null when it is not one number. */
    public static BigDecimal parse(String s) {
        if (s == null) {
            return null;
        }
        String t = clean(s);
        if (!NUMBER.matcher(t).matches()) {
            return null;
        }
        return toDecimal(t);
    }

    /**
     * An accepted numeric line ({@code 1997}, {@code 3.14 +- 0.01}, {@code 3,14 ± 0,01},
     * {@code 1995..1998}), or null when the line is not shaped like a number, a tolerance or a range.
     *
     * @throws IllegalArgumentException when it is shaped like one but is wrong (reversed range, negative tolerance)
     */
    public static Accepted parseAccepted(String display) {
        return parseAccepted(display, null);
    }

    /** The same, for a line that earns {@code credit} (null: none written). */
    public static Accepted parseAccepted(String display, Credit credit) {
        String t = clean(display);
        if (NUMBER.matcher(t).matches()) {
            return new Accepted.Exact(display, toDecimal(t), credit);
        }
        Matcher m = TOLERANCE.matcher(t);
        if (m.matches()) {
            BigDecimal tol = toDecimal(m.group(2));
            if (tol.signum() < 0) {
                throw new IllegalArgumentException("the tolerance must not be negative");
            }
            return new Accepted.Tolerance(display, toDecimal(m.group(1)), tol, credit);
        }
        m = RANGE.matcher(t);
        if (m.matches()) {
            BigDecimal low = toDecimal(m.group(1));
            BigDecimal high = toDecimal(m.group(2));
            if (low.compareTo(high) > 0) {
                throw new IllegalArgumentException("the range " + display + " has its low end after its high end");
            }
            return new Accepted.Range(display, low, high, credit);
        }
        return null;
    }

    /** Whether {@code value} satisfies a numeric accepted line (bounds and range ends included, exactly). */
    public static boolean matches(Accepted accepted, BigDecimal value) {
        if (value == null) {
            return false;
        }
        if (accepted instanceof Accepted.Exact e) {
            return value.compareTo(e.value()) == 0;
        }
        if (accepted instanceof Accepted.Tolerance t) {
            return value.subtract(t.value()).abs().compareTo(t.tolerance()) <= 0;
        }
        if (accepted instanceof Accepted.Range r) {
            return value.compareTo(r.low()) >= 0 && value.compareTo(r.high()) <= 0;
        }
        return false;
    }

    private static String clean(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC).strip();
        return t.replace('\u2212', '-');
    }

    private static BigDecimal toDecimal(String t) {
        String s = t.replace(',', '.');
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.startsWith(".") || s.startsWith("+.") || s.startsWith("-.")) {
            s = s.replaceFirst("\\.", "0.");
        }
        return new BigDecimal(s);
    }
}
