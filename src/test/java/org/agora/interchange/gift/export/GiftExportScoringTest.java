package org.agora.interchange.gift.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.agora.content.Question;
import org.agora.interchange.gift.GiftAnswer;
import org.agora.interchange.gift.GiftParser;
import org.agora.quiz.Response;
import org.agora.quiz.Scorer;
import org.junit.jupiter.api.Test;

/**
 * Moodle scores the exported check boxes as Agora scores the question: for every set of chosen
 * options, the sum of their GIFT weights within 0..100 % (Moodle's multichoice grading), rounded as
 * Agora rounds earned points, equals what {@link Scorer} gives, for version 1 questions with one to
 * ten right options and for questions with credits, whenever the export gave no weight warning.
 */
class GiftExportScoringTest {

    private static final String[] CREDITS = {"-100", "-50", "-33.33", "-25", "-10", "0"};

    @Test
    void everyChoiceOfOptionsScoresTheSameInMoodle() {
        Random r = new Random(18);
        int checked = 0;
        for (int c = 0; c < 200; c++) {
            int right = 1 + r.nextInt(10);
            int wrong = Math.max(right == 1 ? 1 : 0, r.nextInt(Math.min(4, 11 - right) + 1));
            boolean credits = c % 2 == 1;
            StringBuilder md = new StringBuilder("## Which? {#m}\n\n");
            BigDecimal left = BigDecimal.valueOf(100);
            for (int i = 0; i < right + wrong; i++) {
                String credit = "";
                if (credits && i < right) {
                    BigDecimal share = i == right - 1 ? left : BigDecimal.valueOf(100).divide(BigDecimal.valueOf(right), 2,
                            RoundingMode.DOWN);
                    left = left.subtract(share);
                    credit = " {credit=" + share.toPlainString() + "%}";
                } else if (credits) {
                    credit = " {credit=" + CREDITS[r.nextInt(CREDITS.length)] + "%}";
                }
                md.append(i < right ? "- [x] o" : "- [ ] o").append(i).append(credit).append('\n');
            }
            GiftExporter.Export e = new GiftExporter().export("quizzes/m.md", md.toString());
            if (!e.warnings().isEmpty()) {
                continue; // Moodle's weights differ, and a warning says so
            }
            checked++;
            Question q = RoundTrip.parse("quizzes/m.md", md.toString()).questions().get(0);
            List<GiftAnswer> answers = new GiftParser().parse(e.gift()).questions().get(0).answers();
            for (int set = 1; set < 1 << answers.size(); set++) {
                List<Integer> chosen = new ArrayList<>();
                BigDecimal sum = BigDecimal.ZERO;
                for (int i = 0; i < answers.size(); i++) {
                    if ((set & 1 << i) != 0) {
                        chosen.add(i);
                        sum = sum.add(answers.get(i).weight());
                    }
                }
                BigDecimal moodle = sum.max(BigDecimal.ZERO).min(BigDecimal.valueOf(100)).movePointLeft(2)
                        .setScale(2, RoundingMode.HALF_UP);
                BigDecimal agora = Scorer.earned(q, Response.Choices.of(chosen.toArray(Integer[]::new)));
                assertEquals(0, moodle.compareTo(agora), md + "chosen " + chosen + ": Moodle " + moodle + ", Agora " + agora);
            }
        }
        assertTrue(checked > 100, checked + " questions checked");
    }
}
