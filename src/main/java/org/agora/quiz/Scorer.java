package org.agora.quiz;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agora.content.Accepted;
import org.agora.content.Credit;
import org.agora.content.MatchPair;
import org.agora.content.Numbers;
import org.agora.content.Option;
import org.agora.content.Question;
import org.agora.content.QuestionType;
import org.agora.content.ShortAnswers;

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
        long[] f = fraction(q, r);
        if (f[0] <= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return q.points().multiply(BigDecimal.valueOf(f[0]))
                .divide(BigDecimal.valueOf(f[1]), 2, RoundingMode.HALF_UP);
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
        long[] f = fraction(q, r);
        if (f[0] <= 0 || f[0] >= f[1]) {
            return null;
        }
        return new Credit(BigDecimal.valueOf(f[0]).multiply(HUNDRED).divide(BigDecimal.valueOf(f[1])));
    }

    /** Whether the answer earns full credit. */
    public static boolean isCorrect(Question q, Response r) {
        long[] f = fraction(q, r);
        return f[0] > 0 && f[0] == f[1];
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

    /** The fraction of the points earned, as {numerator, denominator} with denominator > 0. */
    static long[] fraction(Question q, Response r) {
        if (q == null || r == null) {
            return new long[] {0, 1};
        }
        return switch (q.type()) {
            case SINGLE, TRUEFALSE -> r instanceof Response.Choices c ? single(q.options(), c) : zero();
            case MULTIPLE -> r instanceof Response.Choices c ? multiple(q.options(), c, q.exact()) : zero();
            case SHORT -> r instanceof Response.Text t ? credit(shortAnswer(q, t.text())) : zero();
            case NUMERIC -> r instanceof Response.Text t ? credit(numeric(q.accepted(), t.text())) : zero();
            case ORDER -> r instanceof Response.Order o ? order(q.options(), o.optionIndexesInLearnerOrder(), q.exact())
                    : zero();
            case MATCH -> r instanceof Response.Pairs p ? match(q.pairs(), q.rights().size(),
                    p.rightIndexByPairIndex(), q.exact()) : zero();
            case ESSAY -> throw new IllegalArgumentException("an essay question is graded by an instructor, not scored");
        };
    }

    private static long[] zero() {
        return new long[] {0, 1};
    }

    private static long[] whole(boolean right) {
        return new long[] {right ? 1 : 0, 1};
    }

    /** A credit as a fraction over 10,000; a negative one earns nothing (f is floored at 0 in {@link #earned}). */
    private static long[] credit(Credit c) {
        return c == null ? zero() : new long[] {c.basisPoints(), Credit.WHOLE};
    }

    private static boolean validIndexes(Set<Integer> chosen, int size) {
        return chosen.stream().allMatch(i -> i >= 0 && i < size);
    }

    private static long[] single(List<Option> options, Response.Choices c) {
        Set<Integer> chosen = c.optionIndexes();
        if (chosen.size() != 1 || !validIndexes(chosen, options.size())) {
            return zero();
        }
        // The chosen option earns its credit (quiz format 1.1); without credits that is 1 for (x), else 0.
        return credit(options.get(chosen.iterator().next()).earns());
    }

    private static long[] multiple(List<Option> options, Response.Choices c, boolean exact) {
        Set<Integer> chosen = c.optionIndexes();
        if (!validIndexes(chosen, options.size())) {
            return zero();
        }
        long correct = options.stream().filter(Option::correct).count();
        long right = chosen.stream().filter(i -> options.get(i).correct()).count();
        long wrong = chosen.size() - right;
        if (correct == 0) {
            return zero();
        }
        if (options.stream().anyMatch(o -> o.credit() != null)) {
            // With credits (every option has one), f = clamp(sum of the chosen options' credits, 0, 1).
            long sum = chosen.stream().mapToLong(i -> options.get(i).earns().basisPoints()).sum();
            return new long[] {Math.min(Math.max(sum, 0), Credit.WHOLE), Credit.WHOLE};
        }
        if (exact) {
            return whole(right == correct && wrong == 0);
        }
        return new long[] {Math.max(0, right - wrong), correct};
    }

    /** The credit of the best line the answer matches (a line without credit is 100 %), null when none matches. */
    private static Credit shortAnswer(Question q, String answer) {
        return best(q.accepted().stream().filter(a -> ShortAnswers.matches(a, answer, q.caseSensitive())).toList());
    }

    private static Credit numeric(List<Accepted> accepted, String answer) {
        BigDecimal value = Numbers.parse(answer);
        if (value == null) {
            return null;
        }
        return best(accepted.stream().filter(a -> Numbers.matches(a, value)).toList());
    }

    private static Credit best(List<Accepted> matching) {
        return matching.stream().map(Accepted::earns).max(Comparator.comparingLong(Credit::basisPoints)).orElse(null);
    }

    /** The learner's order must be a permutation of every item; position i holds the item whose position is i. */
    private static long[] order(List<Option> items, List<Integer> learner, boolean exact) {
        int n = items.size();
        if (n == 0 || learner.size() != n || new HashSet<>(learner).size() != n
                || !learner.stream().allMatch(i -> i != null && i >= 0 && i < n)) {
            return zero();
        }
        long inPlace = 0;
        for (int i = 0; i < n; i++) {
            if (items.get(learner.get(i)).position() == i + 1) {
                inPlace++;
            }
        }
        return exact ? whole(inPlace == n) : new long[] {inPlace, n};
    }

    private static long[] match(List<MatchPair> pairs, int rights, Map<Integer, Integer> chosen, boolean exact) {
        int n = pairs.size();
        if (n == 0) {
            return zero();
        }
        for (Map.Entry<Integer, Integer> e : chosen.entrySet()) {
            if (e.getKey() < 0 || e.getKey() >= n || e.getValue() < 0 || e.getValue() >= rights) {
                return zero();
            }
        }
        long right = pairs.stream().filter(p -> Integer.valueOf(p.rightIndex()).equals(chosen.get(p.index()))).count();
        return exact ? whole(right == n) : new long[] {right, n};
    }
}
