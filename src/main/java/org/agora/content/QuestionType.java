package org.agora.content;

/**
 * The question types of the quiz format; {@code key} is the name used by the JSON API. What each
 * type means (how it is read, checked, scored, reviewed and exported) is its kind's, in
 * {@code org.agora.question}.
 */
public enum QuestionType {
    SINGLE("single"),
    MULTIPLE("multiple"),
    TRUEFALSE("truefalse"),
    SHORT("short"),
    NUMERIC("numeric"),
    ORDER("order"),
    MATCH("match"),
    /** Version 1.1: written by the learner, graded by an instructor ({@code type=essay}). */
    ESSAY("essay");

    public final String key;

    QuestionType(String key) {
        this.key = key;
    }

    /** The type the API names {@code key}, or null. */
    public static QuestionType fromKey(String key) {
        for (QuestionType t : values()) {
            if (t.key.equals(key)) {
                return t;
            }
        }
        return null;
    }
}
