package org.agora.classroom;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Join codes like {@code KQ7M-4821}: easy to read aloud and to type, so letters that look or
 * sound like digits or like each other (I, O, L, B, S, Z...) are left out.
 */
public final class JoinCodes {

    private static final String LETTERS = "ACDEFGHJKMNPQRTUVWXY";
    private static final String MIXED = LETTERS + "2346789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private JoinCodes() {
    }

    public static String generate() {
        StringBuilder sb = new StringBuilder(9);
        sb.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
        for (int i = 1; i < 4; i++) {
            sb.append(MIXED.charAt(RANDOM.nextInt(MIXED.length())));
        }
        sb.append('-');
        for (int i = 0; i < 4; i++) {
            sb.append(RANDOM.nextInt(10));
        }
        return sb.toString();
    }

    /** What a learner typed, as stored: upper case, the dash restored, spaces dropped. */
    public static String normalize(String typed) {
        if (typed == null) {
            return "";
        }
        String s = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return s.length() == 8 ? s.substring(0, 4) + "-" + s.substring(4) : s;
    }
}
