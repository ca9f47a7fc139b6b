package org.agora.quiz;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.agora.content.Credit;
import org.agora.content.Question;
import org.agora.content.QuestionType;
import org.agora.question.QuestionKind;

/**
 * Scores one answer against one question, exactly: a question earns {@code points x numerator /
 * denominator}, rounded half-up to two decimals, with {@link BigDecimal} only. A missing answer, an
 * answer of the wrong shape for the question, or one that names an index the question does not
 * have earns 0.
 */
public final class Scorer {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Scorer() {
    }

    /** The points earned (scale 2), from 0.00 to the question's points. */
    public static BigDecimal earned(Question q, Response r) {
        Fraction f = fraction(q, r);
        if (!f.earnsSome()) {
            return BigDecimal.ZERO.setScale(2);
        }
        return q.points().multiply(BigDecimal.valueOf(f.numerator()))
                .divide(BigDecimal.valueOf(f.denominator()), 2, RoundingMode.HALF_UP);
    }

    /**
     * The share of the points the answer earned through a {@code {credit=N%}} option or line, when
     * it is a part (more than 0 %, less than 100 %); null otherwise, and for a question without credits
     * (the version 1 rules' partial scores are not credits). Exact: credits are fractions over 10,000.
     */
    public static Credit partialCredit(Question q, Response r) {
        if (q == null || q.type() == QuestionType.ESSAY || !q.hasCredits()) {
            return null;
        }
        Fraction f = fraction(q, r);
        if (!f.isPart()) {
            return null;
        }
        return new Credit(BigDecimal.valueOf(f.numerator()).multiply(HUNDRED).divide(BigDecimal.valueOf(f.denominator())));
    }

    /** Whether the answer earns full credit. */
    public static boolean isCorrect(Question q, Response r) {
        return fraction(q, r).isFull();
    }

    /** The percent of {@code max} that {@code score} is, rounded half-up to one decimal (0.0 when max is 0). */
    public static BigDecimal percent(BigDecimal score, BigDecimal max) {
        if (max == null || max.signum() == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return score.multiply(HUNDRED).divide(max, 1, RoundingMode.HALF_UP);
    }

    /** Whether the shown percent (one decimal) reaches the quiz's pass mark. */
    public static boolean passed(BigDecimal score, BigDecimal max, int passPercent) {
        return percent(score, max).compareTo(BigDecimal.valueOf(passPercent)) >= 0;
    }

    /** The share of the points earned: the question's kind scores it (nothing for no answer). */
    static Fraction fraction(Question q, Response r) {
        return q == null || r == null ? Fraction.ZERO : QuestionKind.of(q).fraction(q, r);
    }
}
