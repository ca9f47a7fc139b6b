package org.agora.grading;

import java.math.BigDecimal;
import java.util.List;
import org.agora.content.Essay;
import org.agora.content.Question;
import org.agora.web.InvalidInput;

/**
 * The points a grader may give an essay answer. With a rubric: one value per criterion, each from
 * 0 to the criterion's points, the total their sum. Without: one value from 0 to the question's
 * points. Either way in steps of 0.5 (or exactly the maximum, should that be finer).
 */
public final class Marks {

    private static final BigDecimal STEP = new BigDecimal("0.5");

    /** What was given: the total, and per criterion (null without a rubric). */
    public record Given(BigDecimal points, List<BigDecimal> criteria) {
    }

    private Marks() {
    }

    /** Checks the grader's input; {@code points} is ignored with a rubric unless it disagrees with the sum. */
    public static Given check(Question q, BigDecimal points, List<BigDecimal> criteria) {
        Essay essay = q.essay();
        if (essay.rubric().isEmpty()) {
            if (criteria != null && !criteria.isEmpty()) {
                throw new InvalidInput("criteria", "This question has no rubric: give one number of points");
            }
            return new Given(within("points", points, q.points()), null);
        }
        if (criteria == null || criteria.size() != essay.rubric().size()) {
            throw new InvalidInput("criteria", "Give points for each of the rubric's " + essay.rubric().size() + " criteria");
        }
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (int i = 0; i < criteria.size(); i++) {
            total = total.add(within("criteria", criteria.get(i), essay.rubric().get(i).points()));
        }
        if (points != null && points.compareTo(total) != 0) {
            throw new InvalidInput("points", "The points (" + points.toPlainString() + ") are not the sum of the criteria ("
                    + total.stripTrailingZeros().toPlainString() + ")");
        }
        return new Given(total, criteria.stream().map(c -> c.setScale(2)).toList());
    }

    private static BigDecimal within(String field, BigDecimal value, BigDecimal max) {
        if (value == null) {
            throw new InvalidInput(field, "Give the points (0 to " + max.stripTrailingZeros().toPlainString() + ")");
        }
        if (value.signum() < 0 || value.compareTo(max) > 0) {
            throw new InvalidInput(field, "Points go from 0 to " + max.stripTrailingZeros().toPlainString());
        }
        if (value.remainder(STEP).signum() != 0 && value.compareTo(max) != 0) {
            throw new InvalidInput(field, "Points go in steps of 0.5");
        }
        if (value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
            throw new InvalidInput(field, "Points have at most two decimals");
        }
        return value.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }
}
