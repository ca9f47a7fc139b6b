package org.agora.regrade;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/** What a regrade request carries and what it answers, for the API and the page alike. */
public final class RegradeViews {

    private RegradeViews() {
    }

    /**
     * {@code dryRun} and {@code mode} are required; {@code questions} limits the regrade to these
     * question ids (required for full-credit); {@code version}, when given, must be the current
     * version's hash (the one a dry run answered), so that a commit applies what was previewed.
     */
    public record Request(Boolean dryRun, String mode, List<String> questions, String version) {
    }

    /** One question of one attempt; {@code change} is rescored, kept, full-credit or unchanged; {@code reason} says why it was kept. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record QuestionChange(String id, String change, BigDecimal oldEarned, BigDecimal newEarned, BigDecimal oldPoints,
            BigDecimal newPoints, String reason) {

        public boolean changed() {
            return "rescored".equals(change) || "full-credit".equals(change);
        }
    }

    /** One submitted attempt: its score and maximum before and after (the same in both when nothing changes). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record AttemptChange(String attempt, String learner, String username, int number, boolean changed,
            BigDecimal oldScore, BigDecimal newScore, BigDecimal oldMaxScore, BigDecimal newMaxScore, Boolean oldPassed,
            Boolean newPassed, List<QuestionChange> questions) {
    }

    /**
     * The regrade of a quiz in a class: {@code version} is the current version's hash, whose keys and
     * points applied; {@code changed} counts the attempts whose scores change (a dry run) or changed (a commit).
     */
    public record Report(String quiz, String version, boolean dryRun, String mode, List<String> questions,
            List<AttemptChange> attempts, int changed) {
    }
}
