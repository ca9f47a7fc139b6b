package org.agora.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Ids of lessons, quizzes, questions and sections: {@code [a-z0-9-]+}, and slugs that produce them. */
public final class Ids {

    public static final Pattern ID = Pattern.compile("[a-z0-9-]+");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern ORDER_PREFIX = Pattern.compile("^\\d+-(?=.)");

    private Ids() {
    }

    public static boolean isValid(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /**
     * A GitHub-style slug restricted to {@code [a-z0-9-]}: accents dropped, lower case, punctuation
     * removed, runs of spaces, hyphens and underscores turned into one hyphen. May be empty.
     */
    public static String slug(String text) {
        String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        boolean pendingHyphen = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (pendingHyphen && sb.length() > 0) {
                    sb.append('-');
                }
                pendingHyphen = false;
                sb.append(c);
            } else if (c == '-' || c == '_' || Character.isWhitespace(c)) {
                pendingHyphen = true;
            }
            // any other character (punctuation, non-Latin letters) is dropped, as GitHub drops punctuation
        }
        return sb.toString();
    }

    /** The file name of a path without directories and without {@code .md}. */
    static String baseName(String displayPath) {
        String name = displayPath.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }

    /** The default quiz id: the file name without {@code .md}, as a slug. */
    static String defaultQuizId(String displayPath) {
        return slug(baseName(displayPath));
    }

    /** The default lesson id: the file name without {@code .md} and without a leading {@code 01-} prefix. */
    static String defaultLessonId(String displayPath) {
        return slug(ORDER_PREFIX.matcher(baseName(displayPath)).replaceFirst(""));
    }

    /** Levenshtein distance, for "did you mean" suggestions. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
