package org.agora.scoreboard;

import java.util.regex.Pattern;

/**
 * Keeps text that learners chose (display names, nicknames) and content (quiz titles) from running
 * as a spreadsheet formula when the gradebook is opened. A spreadsheet reads a cell that starts
 * with {@code = + - @}, a tab or a carriage return as a formula, and one that splits the file on
 * another separator ({@code ;} in many locales, tab, {@code |}) or on line breaks sees a new cell
 * start after it, so {@code Smith;=1+2} is as dangerous as {@code =1+2}. Such a text gets a leading
 * {@code '} (OWASP's advice), which spreadsheets show as text; the gradebook also quotes every text
 * cell, so that no separator inside it starts a cell at all.
 */
final class SpreadsheetCells {

    /** A formula starter at the start of the text or of any part a spreadsheet may split it into, spaces allowed before it. */
    private static final Pattern FORMULA = Pattern.compile("(?:^|[,;\\t|\\r\\n]) *[=+\\-@\\t\\r]");

    private SpreadsheetCells() {
    }

    /** The text as a spreadsheet shows it literally; null becomes empty. */
    static String defuse(String text) {
        if (text == null) {
            return "";
        }
        return FORMULA.matcher(text).find() ? "'" + text : text;
    }
}
