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
                throw new InvalidInput("criteria", (t, l) -> t.grading_no_rubric());
            }
            return new Given(within("points", points, q.points()), null);
        }
        if (criteria == null || criteria.size() != essay.rubric().size()) {
            throw new InvalidInput("criteria", (t, l) -> t.grading_each_criterion(essay.rubric().size()));
        }
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (int i = 0; i < criteria.size(); i++) {
            total = total.add(within("criteria", criteria.get(i), essay.rubric().get(i).points()));
        }
        if (points != null && points.compareTo(total) != 0) {
            String sum = total.stripTrailingZeros().toPlainString();
            throw new InvalidInput("points", (t, l) -> t.grading_not_sum(points.toPlainString(), sum));
        }
        return new Given(total, criteria.stream().map(c -> c.setScale(2)).toList());
    }

    private static BigDecimal within(String field, BigDecimal value, BigDecimal max) {
        String most = max.stripTrailingZeros().toPlainString();
        if (value == null) {
            throw new InvalidInput(field, (t, l) -> t.grading_give_points(most));
        }
        if (value.signum() < 0 || value.compareTo(max) > 0) {
            throw new InvalidInput(field, (t, l) -> t.grading_range(most));
        }
        if (value.remainder(STEP).signum() != 0 && value.compareTo(max) != 0) {
            throw new InvalidInput(field, (t, l) -> t.grading_steps());
        }
        if (value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
            throw new InvalidInput(field, (t, l) -> t.grading_decimals());
        }
        return value.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }
}
