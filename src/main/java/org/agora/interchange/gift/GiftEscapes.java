package org.agora.interchange.gift;

/**
 * GIFT's backslash escapes, resolved as Moodle does: {@code \\} first, then {@code \: \# \= \{ \}
 * \~ \n} become placeholders that no control character test sees, and only the finished texts turn
 * them back into the characters ({@code \n} into a line break). Each escape stays on its line, so
 * line numbers counted on the placeholder text are the file's.
 */
final class GiftEscapes {

    private static final String ESCAPED = ":#={}~n";
    /** Private-use characters, one per escape, in the order of {@link #ESCAPED}. */
    private static final char FIRST = '\uE000';
    private static final char BACKSLASH = '\uE00F';

    private GiftEscapes() {
    }

    /** Replaces the escapes with placeholders (a literal {@code \\} becomes one plain backslash). */
    static String pre(String s) {
        String t = s.replace("\\\\", String.valueOf(BACKSLASH));
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            int k = i + 1 < t.length() ? ESCAPED.indexOf(t.charAt(i + 1)) : -1;
            if (c == '\\' && k >= 0) {
                sb.append((char) (FIRST + k));
                i++;
            } else {
                sb.append(c == BACKSLASH ? '\\' : c);
            }
        }
        return sb.toString();
    }

    /** Turns the placeholders back into the characters they stand for. */
    static String post(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int k = c - FIRST;
            if (k >= 0 && k < ESCAPED.length()) {
                char e = ESCAPED.charAt(k);
                sb.append(e == 'n' ? '\n' : e);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
