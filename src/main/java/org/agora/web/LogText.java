package org.agora.web;

/**
 * Escapes what would let logged text forge or hide log lines: CR and LF (a request path with
 * {@code %0d%0a} would otherwise start a line of its own), every other C0 and C1 control character
 * (terminal escapes included), and the Unicode line and paragraph separators U+2028 and U+2029.
 * They become {@code \r}, {@code \n}, {@code \t} or {@code \}{@code uXXXX}, so the line stays one line.
 */
public final class LogText {

    private LogText() {
    }

    /** The text with those characters escaped; the same instance when there are none. */
    public static String escape(String text) {
        if (text == null || text.chars().noneMatch(LogText::needsEscape)) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\r' -> sb.append("\\r");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (needsEscape(c)) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static boolean needsEscape(int c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }
}
