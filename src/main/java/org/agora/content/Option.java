package org.agora.content;

/**
 * A choice of a single, multiple or true/false question, or an item of an ordering question.
 * {@code index} is its authoring position (0-based), which never leaves the server.
 * {@code correct} marks {@code (x)}/{@code [x]}; {@code position} is the 1-based correct position
 * of an ordering item (0 otherwise). {@code feedbackHtml} is null when the option has none.
 * {@code credit} is the {@code {credit=N%}} written on the option (quiz format 1.1), null when none.
 */
public record Option(int index, String html, String text, boolean correct, int position, String feedbackHtml,
        Credit credit) {

    /** What choosing the option earns: its written credit, else 100 % when marked and 0 % when not. */
    public Credit earns() {
        return credit != null ? credit : correct ? Credit.FULL : Credit.NONE;
    }
}
