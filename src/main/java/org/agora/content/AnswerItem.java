package org.agora.content;

/**
 * One item of an answer list as written, for the question type that reads it: its line, whether
 * it is marked ({@code (x)}/{@code [x]}), its ordering position (0 when none), its text (the
 * left-hand side of a matching pair; empty for a right-hand choice without partner, a
 * {@code distractor}), the right-hand side of a matching item, the feedback under it (HTML, null
 * when none) and its {@code {credit=...}} suffix as written (null when none).
 */
public record AnswerItem(int line, boolean marked, int position, String text, String right, boolean distractor,
        String feedbackHtml, String rawCredit) {
}
