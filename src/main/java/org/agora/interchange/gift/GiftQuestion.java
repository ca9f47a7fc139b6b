package org.agora.interchange.gift;

import java.util.List;

/**
 * One question (or description) of a GIFT file, as Moodle's {@code qformat_gift::readquestion}
 * reads it. {@code name} is the {@code ::name::} (null without one), {@code idNumber} and
 * {@code tags} come from {@code [id:...]} and {@code [tag:...]} in its {@code //} comments.
 * {@code single}: a multiple-choice question with some {@code =} answer (radio buttons; else
 * check boxes). {@code trueAnswer}, {@code rightFeedback}, {@code wrongFeedback}: true/false only.
 * {@code wrongFeedback} is also the {@code ~#...} feedback of a numerical question. {@code line}
 * is the file line where its text starts; {@code missingWord}: the answer block stood inside the text.
 */
public record GiftQuestion(
        int line,
        String category,
        String name,
        String idNumber,
        List<String> tags,
        Kind kind,
        boolean single,
        GiftText text,
        boolean missingWord,
        GiftText generalFeedback,
        List<GiftAnswer> answers,
        boolean trueAnswer,
        GiftText rightFeedback,
        GiftText wrongFeedback) {

    /** Moodle's question types, as the importer tells them apart. */
    public enum Kind {
        DESCRIPTION, ESSAY, TRUEFALSE, MULTICHOICE, SHORTANSWER, NUMERICAL, MATCH
    }

    /** Where the blank of a missing-word question stands in {@link #text()} until it is written out. */
    static final char BLANK = '\uE010';
}
