package org.agora.content;

/**
 * What a question asks of a learner, after Bloom's taxonomy as revised by Anderson and Krathwohl,
 * without its top level (creating, which a quiz item cannot ask): written {@code level=apply}
 * in a question's heading. Recall questions check that the lesson was read; the others, that it
 * was understood and can be used.
 */
public enum Level {
    RECALL("recall"),
    UNDERSTAND("understand"),
    APPLY("apply"),
    ANALYSE("analyse"),
    EVALUATE("evaluate");

    public final String key;

    Level(String key) {
        this.key = key;
    }

    public static Level fromKey(String key) {
        for (Level l : values()) {
            if (l.key.equals(key)) {
                return l;
            }
        }
        return null;
    }

    /** Whether the question asks more than remembering what the lesson said. */
    public boolean aboveRecall() {
        return this != RECALL;
    }
}
