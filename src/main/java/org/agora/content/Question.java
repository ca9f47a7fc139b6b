package org.agora.content;

import java.math.BigDecimal;
import java.util.List;

/**
 * One question of a quiz.
 *
 * <ul>
 * <li>single, multiple, truefalse, order: {@code options}</li>
 * <li>match: {@code pairs} and {@code rights} (partners first, then distractors, each text once;
 * each entry is the choice's inline HTML)</li>
 * <li>short, numeric: {@code accepted}</li>
 * <li>essay: {@code essay} (null for every other type)</li>
 * </ul>
 * Lists that do not apply are empty. {@code exact} is true for {@code scoring=exact}.
 * {@code see} is {@code lesson} or {@code lesson#section}, or null. {@code level} is what the
 * question asks (null when the author did not say).
 */
public record Question(
        String id,
        QuestionType type,
        String titleHtml,
        String titleText,
        String stemHtml,
        BigDecimal points,
        boolean exact,
        String see,
        boolean caseSensitive,
        List<Option> options,
        List<MatchPair> pairs,
        List<String> rights,
        List<Accepted> accepted,
        String hintHtml,
        String explanationHtml,
        int line,
        Level level,
        Essay essay) {

    /** Whether some option or {@code =} line carries {@code {credit=N%}} (quiz format 1.1). */
    public boolean hasCredits() {
        return options.stream().anyMatch(o -> o.credit() != null) || accepted.stream().anyMatch(a -> a.credit() != null);
    }
}
