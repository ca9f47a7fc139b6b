package org.agora.scoreboard;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Item statistics of one quiz in one class, on first attempts, with Moodle's definitions. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemStatistics(String quiz, String quizTitle, String classCode, int attempts, Double mean, Double median,
        Double standardDeviation, Double cronbachAlpha, List<Integer> histogram, List<QuestionStats> questions) {

    /**
     * One question: how many first attempts had it, facility (mean mark / max mark, 0..1),
     * discrimination (correlation of its mark with the rest of the test, -1..1; null when undefined),
     * how often each option was chosen, the most common wrong short answers, and warning flags.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuestionStats(String id, String title, String type, int attempts, Double facility, Double discrimination,
            List<OptionCount> options, List<AnswerCount> commonWrongAnswers, List<String> flags) {
    }

    public record OptionCount(String text, boolean correct, int chosen) {
    }

    public record AnswerCount(String answer, int count) {
    }
}
