package org.agora.interchange.gift;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Moodle's answer weights as quiz format 1.1 credits ({@code {credit=N%}}): from -100 to 100 with
 * at most two decimals. Every change is reported through {@code warn(line, message)}.
 */
final class Credits {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MINUS_HUNDRED = HUNDRED.negate();

    private Credits() {
    }

    /** The weight within -100..100 and to two decimals. */
    static BigDecimal fit(BigDecimal weight, int line, BiConsumer<Integer, String> warn) {
        BigDecimal w = weight;
        if (w.compareTo(HUNDRED) > 0 || w.compareTo(MINUS_HUNDRED) < 0) {
            w = w.signum() > 0 ? HUNDRED : MINUS_HUNDRED;
            warn.accept(line, "weight " + shown(weight) + " % is beyond what a credit can be (-100 % to 100 %): " + shown(w) + " %");
        }
        BigDecimal r = w.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        if (r.compareTo(w) != 0) {
            warn.accept(line, "weight " + shown(w) + " % rounded to " + shown(r) + " % (a credit has at most two decimals)");
        }
        return r;
    }

    /**
     * Multiple answer: the positive credits must add up to exactly 100 %. A sum that only rounding
     * spoilt is mended on the last positive option; any other sum is scaled to 100 %, with a warning.
     * {@code exact} are the weights before rounding.
     */
    static List<BigDecimal> toHundred(List<BigDecimal> credits, List<BigDecimal> exact, int line,
            BiConsumer<Integer, String> warn) {
        BigDecimal sum = positiveSum(credits);
        if (sum.signum() == 0 || sum.compareTo(HUNDRED) == 0) {
            return credits;
        }
        List<BigDecimal> out = new ArrayList<>(credits);
        BigDecimal exactSum = positiveSum(exact);
        if (exactSum.compareTo(HUNDRED) != 0) {
            warn.accept(line, "the right options' weights add up to " + shown(exactSum) + " %, and Agora needs 100 %: "
                    + "scaled to add up to 100 % (Moodle's best score here was " + shown(exactSum.min(HUNDRED)) + " %)");
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).signum() > 0) {
                    out.set(i, exact.get(i).multiply(HUNDRED).divide(exactSum, 2, RoundingMode.HALF_UP).stripTrailingZeros());
                }
            }
        }
        int last = -1;
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).signum() > 0) {
                last = i;
            }
        }
        BigDecimal rest = HUNDRED.subtract(positiveSum(out)).add(out.get(last));
        out.set(last, rest.stripTrailingZeros());
        return out;
    }

    private static BigDecimal positiveSum(List<BigDecimal> credits) {
        return credits.stream().filter(c -> c.signum() > 0).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** {@code  {credit=N%}}, or nothing for {@code full} (the default the line or option already has). */
    static String attribute(BigDecimal credit, BigDecimal full) {
        return credit.compareTo(full) == 0 ? "" : " {credit=" + shown(credit) + "%}";
    }

    static String shown(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
