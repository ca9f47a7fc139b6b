package org.agora.content;

import java.math.BigDecimal;
import java.util.List;

/**
 * What an essay question ({@code type=essay}) has instead of an answer block: the length the
 * learner aims for and the rubric a grader marks against. {@code minWords} and {@code maxWords}
 * are null without {@code words=}; {@code rubric} is empty without a {@code > [!RUBRIC]} block
 * (the grader then gives from 0 to the question's points, in steps of 0.5).
 */
public record Essay(Integer minWords, Integer maxWords, List<Criterion> rubric) {

    /** No essay answer is saved longer than this, whatever the range says. */
    public static final int MAX_CHARS = 20_000;

    /** One criterion of the rubric: what earns its points. {@code html} is inline Markdown, rendered. */
    public record Criterion(BigDecimal points, String html, String text, int line) {
    }

    /** Words as a learner counts them: runs of letters, digits or marks between spaces and punctuation. */
    public static int words(String text) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean part = Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                    || (in && (c == '\'' || c == '\u2019' || c == '-'));
            if (part && !in) {
                n++;
            }
            in = part;
            i += Character.charCount(c);
        }
        return n;
    }

    /** The most words saved: twice the range's maximum, as the range is guidance, not a trap. */
    public int maxSavedWords() {
        return maxWords == null ? Integer.MAX_VALUE : maxWords * 2;
    }
}
