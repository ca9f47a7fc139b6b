package org.agora.interchange.gift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.agora.content.ParseResult;
import org.agora.content.Question;
import org.agora.content.Quiz;
import org.agora.content.QuizParser;
import org.agora.quiz.Response;
import org.agora.quiz.Scorer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The converted quizzes score as Moodle scores the GIFT questions: each row's expected points (of
 * 1) is Moodle's fraction for that answer, worked out from qformat_gift's weights and the question
 * types' grading (the chosen weight; check boxes: the sum of the chosen weights within 0..1; short
 * and numerical answers: the matching answer's weight; matching: the share of right pairs).
 */
class GiftScoringTest {

    private static final Map<String, Quiz> QUIZZES = new HashMap<>();

    private static Question question(String file, String id) throws IOException {
        Quiz quiz = QUIZZES.get(file);
        if (quiz == null) {
            GiftImport.Outcome out = GiftConformanceTest.convert(file);
            assertTrue(out.ok(), out.problems().toString());
            ParseResult<Quiz> parsed = new QuizParser().parse("quizzes/" + file + ".md", out.files().get(0).markdown());
            assertTrue(parsed.ok(), parsed.problems().toString());
            quiz = parsed.value();
            QUIZZES.put(file, quiz);
        }
        Question q = quiz.question(id);
        assertNotNull(q, id);
        return q;
    }

    /** {@code c:0,2} chooses options 0 and 2 ({@code c:} none), {@code t:text} types a text, {@code p:0=1;1=0} pairs. */
    private static Response response(String answer) {
        String value = answer.substring(2);
        return switch (answer.substring(0, 2)) {
            case "c:" -> Response.Choices.of(value.isEmpty() ? new Integer[0]
                    : Arrays.stream(value.split(",")).map(Integer::valueOf).toArray(Integer[]::new));
            case "t:" -> new Response.Text(value);
            default -> {
                Map<Integer, Integer> pairs = new HashMap<>();
                for (String p : value.split(";")) {
                    pairs.put(Integer.valueOf(p.split("=")[0]), Integer.valueOf(p.split("=")[1]));
                }
                yield new Response.Pairs(pairs);
            }
        };
    }

    @ParameterizedTest(name = "{0} {1} {2}: {3}")
    @CsvSource(delimiter = '|', value = {
            // single choice with partial weights (~%25%, ~%50%, =)
            "multichoice|hometown|c:0|0.00",
            "multichoice|hometown|c:1|0.25",
            "multichoice|hometown|c:2|0.50",
            "multichoice|hometown|c:3|1.00",
            "multichoice|hard-question|c:1|0.50",
            "multichoice|q2|c:0|1.00",
            "multichoice|q2|c:2|0.00",
            // check boxes: the sum of the chosen weights, within 0..1
            "multianswer|colours|c:0,2|1.00",
            "multianswer|colours|c:0|0.50",
            "multianswer|colours|c:0,1|0.00",
            "multianswer|colours|c:0,2,3|0.00",
            "multianswer|colours|c:|0.00",
            "multianswer|tricky|c:0|1.00",
            "multianswer|tricky|c:0,1|0.50",
            "multianswer|tricky|c:1,2|0.00",
            "multianswer|which-two-are-planets|c:1,2|1.00",
            "multianswer|which-two-are-planets|c:0,1|0.50",
            "multianswer|which-two-are-planets|c:0,1,2,3|1.00",
            "multianswer|which-two-are-planets-negative-weights|c:0,1,2,3|0.00",
            "multianswer|which-two-are-planets-negative-weights|c:1,2,3|0.50",
            "multianswer|which-two-are-planets-negative-weights|c:1|0.50",
            // true/false
            "truefalse|q1|c:1|1.00",
            "truefalse|q1|c:0|0.00",
            "truefalse|2-08-tsl|c:0|1.00",
            // short answers: the matching answer's weight, case-insensitive, * a wildcard
            "shortanswer|shortanswer|t:frog|1.00",
            "shortanswer|shortanswer|t:Cat|0.50",
            "shortanswer|shortanswer|t:dog|0.00",
            "shortanswer|two-plus-two-equals|t:4|1.00",
            "shortanswer|two-plus-two-equals|t:Four|1.00",
            "shortanswer|who-wrote-hamlet|t:Shakespear|0.75",
            "shortanswer|name-a-word-that-starts-with-photo|t:photograph|1.00",
            "shortanswer|name-a-word-that-starts-with-photo|t:Photosynthesis|1.00",
            "shortanswer|name-a-word-that-starts-with-photo|t:telephoto|0.00",
            "shortanswer|what-is-5-3-written-in-words|t:5 * 3 is fifteen|1.00",
            "shortanswer|what-is-5-3-written-in-words|t:5 times 3 is fifteen|0.00",
            // numerical: value within tolerance, ranges, weights
            "numerical|q5|t:1|1.00",
            "numerical|q5|t:5|1.00",
            "numerical|q5|t:5.5|0.00",
            "numerical|numerical-example|t:1889|1.00",
            "numerical|numerical-example|t:1891|0.50",
            "numerical|numerical-example|t:1892|0.00",
            "numerical|what-is-the-value-of-pi-to-3-decimal-places|t:3.142|1.00",
            "numerical|what-is-the-value-of-pi-to-3-decimal-places|t:3.1421|0.00",
            "numerical|what-is-the-value-of-pi-to-3-decimal-places-as-a-range|t:3.141|1.00",
            // matching: the share of right pairs; = -> Chat is a distractor
            "matching|match-the-countries-with-their-capitals|p:0=0;1=1;2=2;3=3|1.00",
            "matching|match-the-countries-with-their-capitals|p:0=0;1=1;2=3;3=2|0.50",
            "matching|moodle-activities|p:0=0;1=1;2=2;3=4|0.75",
            // a missing-word question scores as the choice it is
            "names|thanksgiving-date|c:2|1.00",
    })
    void scoresAsMoodleDoes(String file, String id, String answer, String points) throws IOException {
        assertEquals(new BigDecimal(points), Scorer.earned(question(file, id), response(answer)));
    }
}
