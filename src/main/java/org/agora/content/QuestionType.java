package org.agora.content;

/** The seven question types of the quiz format; {@code key} is the name used by the JSON API. */
public enum QuestionType {
    SINGLE("single"),
    MULTIPLE("multiple"),
    TRUEFALSE("truefalse"),
    SHORT("short"),
    NUMERIC("numeric"),
    ORDER("order"),
    MATCH("match");

    public final String key;

    QuestionType(String key) {
        this.key = key;
    }

    /** Whether {@code scoring=partial|exact} applies. */
    public boolean allowsPartial() {
        return this == MULTIPLE || this == ORDER || this == MATCH;
    }
}
