package org.agora.interchange.gift.export;

/**
 * A regex answer line as a Moodle short answer, when it is one: Moodle's only pattern is {@code *},
 * any text, and it compares without regard to case. So {@code /the .*council/i} becomes
 * {@code the *council}; a regex with anything beyond literal characters, escaped punctuation and
 * {@code .*}, or one that is case-sensitive, has no Moodle form (null).
 */
public final class ShortAnswerWildcard {

    private static final String SPECIALS = "\\.+*?()|[]{}^$/";

    private ShortAnswerWildcard() {
    }

    /** {@code display} is the line as written, {@code /regex/flags}. */
    public static String of(String display) {
        int last = display.lastIndexOf('/');
        if (!display.startsWith("/") || last <= 0 || !display.substring(last + 1).equals("i")) {
            return null;
        }
        String re = display.substring(1, last);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < re.length(); i++) {
            char c = re.charAt(i);
            if (c == '.' && i + 1 < re.length() && re.charAt(i + 1) == '*') {
                out.append('*');
                i++;
            } else if (c == '\\' && i + 1 < re.length() && SPECIALS.indexOf(re.charAt(i + 1)) >= 0) {
                char e = re.charAt(++i);
                out.append(e == '*' ? "\\*" : String.valueOf(e));
            } else if (SPECIALS.indexOf(c) >= 0) {
                return null;
            } else {
                out.append(c);
            }
        }
        return out.indexOf("*") < 0 && out.length() == 0 ? null : out.toString();
    }
}
