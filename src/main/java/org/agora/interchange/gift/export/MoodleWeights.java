package org.agora.interchange.gift.export;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The answer weights Moodle accepts. Its GIFT import checks every weight against
 * {@code question_bank::fraction_options_full()} (question/engine/bank.php) with
 * {@code match_grade_options} and, by default, refuses a question with any other weight: 0, and
 * plus or minus 1, 9/10, 5/6, 4/5, 3/4, 7/10, 2/3, 3/5, 1/2, 2/5, 1/3, 3/10, 1/4, 1/5, 1/6, 1/7,
 * 1/8, 1/9, 1/10 and 1/20. Moodle lists them to seven decimals of the fraction (five of the
 * percent, {@code 33.33333}) and matches within 0.00001, so that is how they are written here.
 */
final class MoodleWeights {

    private static final int[][] FRACTIONS = {{1, 1}, {9, 10}, {5, 6}, {4, 5}, {3, 4}, {7, 10}, {2, 3}, {3, 5}, {1, 2},
            {2, 5}, {1, 3}, {3, 10}, {1, 4}, {1, 5}, {1, 6}, {1, 7}, {1, 8}, {1, 9}, {1, 10}, {1, 20}, {0, 1}};
    /** Every accepted weight, in percent to five decimals, from 100 down to -100. */
    static final List<BigDecimal> PERCENTS;

    static {
        List<BigDecimal> p = new ArrayList<>();
        for (int[] f : FRACTIONS) {
            p.add(percent(f[0], f[1]));
        }
        for (int i = FRACTIONS.length - 2; i >= 0; i--) {
            p.add(percent(FRACTIONS[i][0], FRACTIONS[i][1]).negate());
        }
        PERCENTS = List.copyOf(p);
    }

    private MoodleWeights() {
    }

    private static BigDecimal percent(int num, int den) {
        return BigDecimal.valueOf(num * 100L).divide(BigDecimal.valueOf(den), 5, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** {@code percent} (a credit, or 100/k) as the nearest weight Moodle accepts. */
    static BigDecimal nearest(BigDecimal percent) {
        BigDecimal best = PERCENTS.get(0);
        for (BigDecimal w : PERCENTS) {
            if (w.subtract(percent).abs().compareTo(best.subtract(percent).abs()) < 0) {
                best = w;
            }
        }
        return best;
    }

    /**
     * Whether writing {@code weight} for {@code percent} changes what a learner earns on a question
     * of {@code points}: by half a hundredth of a point or more, which Agora's rounding of earned
     * points to two decimals would show (33.33 % written as 33.33333 % changes nothing).
     */
    static boolean changes(BigDecimal percent, BigDecimal weight, BigDecimal points) {
        BigDecimal lost = percent.subtract(weight).abs().multiply(points).movePointLeft(2);
        return lost.compareTo(new BigDecimal("0.005")) >= 0;
    }

    /** 100/k percent, the share of one right option of k under Agora's version 1 rule. */
    static BigDecimal share(int k) {
        return BigDecimal.valueOf(100).divide(BigDecimal.valueOf(k), MathContext.DECIMAL64);
    }

    static String shown(BigDecimal weight) {
        return weight.stripTrailingZeros().toPlainString();
    }
}
