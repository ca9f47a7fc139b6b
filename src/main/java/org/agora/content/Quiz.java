package org.agora.content;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/**
 * A parsed, valid quiz version. {@code contentHash} is the SHA-256 (hex) of the file's bytes, so
 * that an attempt can be scored against the version it started with. {@code pick} is null when
 * every question is asked; {@code timeLimit} is null when there is none. {@code lang} is the
 * language it is written in ({@code lang:}, a language tag; English by default).
 */
public record Quiz(
        String id,
        String title,
        String lesson,
        int pass,
        int attempts,
        Duration timeLimit,
        Integer pick,
        boolean shuffle,
        ReviewRule review,
        String introHtml,
        List<Question> questions,
        String contentHash,
        String path,
        String lang) {

    /** Questions in one attempt, after {@code pick}. */
    public int questionsPerAttempt() {
        return pick == null ? questions.size() : Math.min(pick, questions.size());
    }

    /**
     * The most an attempt can earn. With {@code pick}, the sum of the {@code pick} largest point
     * values (the exact figure when, as usual, the pool's questions are worth the same).
     */
    public BigDecimal maxScore() {
        return questions.stream()
                .map(Question::points)
                .sorted(Comparator.reverseOrder())
                .limit(questionsPerAttempt())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Question question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst().orElse(null);
    }
}
