package org.agora.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.agora.content.Question;
import org.agora.content.QuizParser;
import org.agora.web.InvalidInput;
import org.junit.jupiter.api.Test;

/** The points a grader may give, with and without a rubric. */
class MarksTest {

    private static Question essay(String heading, String body) {
        var parsed = new QuizParser().parse("quizzes/q.md", "---\ntitle: T\n---\n\n" + heading + "\n\nWrite.\n\n" + body);
        assertEquals(List.of(), parsed.problems(), parsed.problems().toString());
        return parsed.value().questions().get(0);
    }

    private static final Question RUBRIC = essay("## Verdict {#v points=10 type=essay}",
            "> [!RUBRIC]\n> - (4) A verdict.\n> - (3) Claims, cited.\n> - (3) An objection answered.\n");
    private static final Question PLAIN = essay("## Note {#n points=3 type=essay}", "");

    private static List<BigDecimal> dec(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void aRubricGradeIsTheSumOfItsCriteria() {
        Marks.Given g = Marks.check(RUBRIC, null, dec("4", "2.5", "0"));
        assertEquals(new BigDecimal("6.50"), g.points());
        assertEquals(dec("4.00", "2.50", "0.00"), g.criteria());
        assertEquals(new BigDecimal("6.50"), Marks.check(RUBRIC, new BigDecimal("6.5"), dec("4", "2.5", "0")).points());
    }

    @Test
    void aRubricGradeNeedsEveryCriterionWithinItsPoints() {
        assertThrows(InvalidInput.class, () -> Marks.check(RUBRIC, null, dec("4", "3")), "one missing");
        assertThrows(InvalidInput.class, () -> Marks.check(RUBRIC, null, null), "none");
        assertThrows(InvalidInput.class, () -> Marks.check(RUBRIC, null, dec("4.5", "0", "0")), "above the criterion's 4");
        assertThrows(InvalidInput.class, () -> Marks.check(RUBRIC, null, dec("-1", "0", "0")), "negative");
        assertThrows(InvalidInput.class, () -> Marks.check(RUBRIC, null, dec("1.25", "0", "0")), "not a step of 0.5");
        assertThrows(InvalidInput.class, () -> Marks.check(RUBRIC, new BigDecimal("9"), dec("4", "3", "3")), "points disagree");
    }

    @Test
    void withoutARubricOneNumberInStepsOfHalfAPoint() {
        Marks.Given g = Marks.check(PLAIN, new BigDecimal("2.5"), null);
        assertEquals(new BigDecimal("2.50"), g.points());
        assertNull(g.criteria());
        assertEquals(new BigDecimal("0.00"), Marks.check(PLAIN, BigDecimal.ZERO, List.of()).points());
        assertEquals(new BigDecimal("3.00"), Marks.check(PLAIN, new BigDecimal("3"), null).points());
        assertThrows(InvalidInput.class, () -> Marks.check(PLAIN, new BigDecimal("3.5"), null), "above the question's 3");
        assertThrows(InvalidInput.class, () -> Marks.check(PLAIN, new BigDecimal("0.3"), null));
        assertThrows(InvalidInput.class, () -> Marks.check(PLAIN, null, null), "no points");
        assertThrows(InvalidInput.class, () -> Marks.check(PLAIN, BigDecimal.ONE, dec("1")), "criteria without a rubric");
    }
}
