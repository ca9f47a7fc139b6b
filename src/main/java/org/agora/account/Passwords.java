package org.agora.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import java.security.SecureRandom;

/** Hashing goes through the framework's bcrypt; generated passwords avoid look-alike characters. */
public final class Passwords {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY2346789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    public static String hash(String password) {
        return BcryptUtil.bcryptHash(password);
    }

    /** A password to show once, e.g. after a reset: 12 characters, about 68 bits. */
    public static String generate() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
