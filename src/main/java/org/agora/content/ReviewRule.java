package org.agora.content;

/** When a quiz's answers, feedback and explanations may be shown to a learner. */
public enum ReviewRule {
    AFTER_SUBMIT("after-submit"),
    AFTER_LAST_ATTEMPT("after-last-attempt"),
    /** Once the quiz has closed for every class the learner belongs to (never for a learner of no such class). */
    AFTER_CLOSE("after-close"),
    NEVER("never");

    public final String key;

    ReviewRule(String key) {
        this.key = key;
    }

    public static ReviewRule fromKey(String key) {
        for (ReviewRule r : values()) {
            if (r.key.equals(key)) {
                return r;
            }
        }
        return null;
    }
}
