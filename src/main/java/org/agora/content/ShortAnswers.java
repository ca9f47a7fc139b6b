package org.agora.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one normalisation of short answers, used for the accepted lines (when a quiz is parsed) and
 * for the learner's answer (when it is scored): curly quotes become straight, Unicode NFKC
 * (full-width letters become ASCII), trim, inner white space collapsed to one space.
 * Case folding is separate ({@link #fold}) because it depends on the question.
 */
public final class ShortAnswers {

    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    private ShortAnswers() {
    }

    public static String normalize(String s) {
        if (s == null) {
            return "";
        }
        String q = straightenQuotes(s);
        q = Normalizer.normalize(q, Normalizer.Form.NFKC);
        // NFKC may produce new quote characters (e.g. from full-width forms); straighten again.
        q = straightenQuotes(q);
        return SPACES.matcher(q).replaceAll(" ").strip();
    }

    /**
     * An answer as it is compared (quiz format 1.1): normalised, and without one final {@code .},
     * {@code !} or {@code ?}, which is how a sentence ends rather than part of the answer
     * ({@code Kofi Annan.} is {@code Kofi Annan}). Literal accepted lines are compared the same way,
     * so {@code = U.S.} accepts {@code U.S.} and {@code U.S}.
     */
    public static String comparable(String answer) {
        String n = normalize(answer);
        if (!n.isEmpty() && ".!?".indexOf(n.charAt(n.length() - 1)) >= 0) {
            return n.substring(0, n.length() - 1).strip();
        }
        return n;
    }

    /** Case folding for case-insensitive comparison ({@code ß} equals {@code SS}). */
    public static String fold(String s) {
        return s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    /** {@code ‘ ’ ‚ ‛ ′} become {@code '}; {@code “ ” „ ‟ ″} become {@code "}. */
    public static String straightenQuotes(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> sb.append('\'');
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> sb.append('"');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Whether the learner's answer matches one accepted short-answer line. */
    public static boolean matches(Accepted accepted, String answer, boolean caseSensitive) {
        String given = comparable(answer);
        if (given.isEmpty()) {
            return false;
        }
        if (accepted instanceof Accepted.Text t) {
            String line = comparable(t.normalized());
            return caseSensitive ? line.equals(given) : fold(line).equals(fold(given));
        }
        if (accepted instanceof Accepted.Regex r) {
            return r.pattern().matcher(given).matches();
        }
        return false;
    }
}
