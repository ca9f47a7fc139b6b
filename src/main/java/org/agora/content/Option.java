package org.agora.content;

/**
 * A choice of a single, multiple or true/false question, or an item of an ordering question.
 * {@code index} is its authoring position (0-based), which never leaves the server.
 * {@code correct} marks {@code (x)}/{@code [x]}; {@code position} is the 1-based correct position
 * of an ordering item (0 otherwise). {@code feedbackHtml} is null when the option has none.
 */
public record Option(int index, String html, String text, boolean correct, int position, String feedbackHtml) {
}
