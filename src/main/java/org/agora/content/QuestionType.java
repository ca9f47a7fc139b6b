package org.agora.content;

/** The question types of the quiz format; {@code key} is the name used by the JSON API. */
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

    /** Whether {@code scoring=partial|exact} applies. */
    public boolean allowsPartial() {
        return this == MULTIPLE || this == ORDER || this == MATCH;
    }
}
