package org.agora.content;

/**
 * What the quiz parser lends a question type while the type reads its answer block: errors at
 * file lines, the Markdown renderer, and credits read as the format writes them.
 */
public interface Authoring {

    void error(int line, String message);

    MarkdownRenderer md();

    /** The credit written as {@code raw} on the line, or null (none written, or the error reported). */
    Credit credit(int line, String raw);

    /** Reports the first of {@code count} things beyond {@code max}, at its line. */
    default void tooMany(int count, int max, String what, java.util.function.IntUnaryOperator lineOf) {
        if (count > max) {
            error(lineOf.applyAsInt(max), "at most " + max + " " + what + " (this question has " + count + ")");
        }
    }
}
