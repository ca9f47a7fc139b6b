package org.agora.web;

import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs and seals small cookie values with keys derived from the session key, which every app
 * instance shares: whatever one instance writes, any other can check or open, and nothing needs
 * to be remembered in memory. Each use names its purpose, so a value made for one (a flash
 * message) is never accepted as another (a revealed password).
 */
@Singleton
public class ServerKeys {

    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int IV = 12;

    /** Read when first needed: beans may be made before the generated key's config source is there. */
    private final Provider<String> sessionKey;

    ServerKeys(@ConfigProperty(name = "quarkus.http.auth.session.encryption-key") Provider<String> sessionKey) {
        this.sessionKey = sessionKey;
    }

    /** {@code text.signature}, both Base64url: readable, but not forgeable without the key. */
    public String sign(String purpose, String text) {
        byte[] data = text.getBytes(StandardCharsets.UTF_8);
        return BASE64.encodeToString(data) + "." + BASE64.encodeToString(mac(purpose, data));
    }

    /** The text of a value made by {@link #sign} for this purpose, else null. */
    public String verify(String purpose, String value) {
        int dot = value == null ? -1 : value.indexOf('.');
        if (dot < 0) {
            return null;
        }
        try {
            byte[] data = DECODE.decode(value.substring(0, dot));
            byte[] sent = DECODE.decode(value.substring(dot + 1));
            return MessageDigest.isEqual(mac(purpose, data), sent) ? new String(data, StandardCharsets.UTF_8) : null;
        } catch (IllegalArgumentException e) {
            return null; // not Base64: not ours
        }
    }

    /** The text encrypted and authenticated (AES-GCM): nobody without the key can read or change it. */
    public String seal(String purpose, String text) {
        try {
            byte[] iv = new byte[IV];
            RANDOM.nextBytes(iv);
            Cipher c = cipher(Cipher.ENCRYPT_MODE, purpose, iv);
            byte[] sealed = c.doFinal(text.getBytes(StandardCharsets.UTF_8));
            return BASE64.encodeToString(ByteBuffer.allocate(IV + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /** The text of a value made by {@link #seal} for this purpose, else null. */
    public String open(String purpose, String value) {
        try {
            byte[] all = DECODE.decode(value == null ? "" : value);
            if (all.length <= IV) {
                return null;
            }
            Cipher c = cipher(Cipher.DECRYPT_MODE, purpose, Arrays.copyOf(all, IV));
            return new String(c.doFinal(all, IV, all.length - IV), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return null; // not Base64, tampered with, or another purpose's: not ours
        }
    }

    private Cipher cipher(int mode, String purpose, byte[] iv) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(mode, new SecretKeySpec(derive("seal " + purpose), "AES"), new GCMParameterSpec(128, iv));
        return c;
    }

    private byte[] mac(String purpose, byte[] data) {
        return hmac(derive("sign " + purpose), data);
    }

    /** A 256-bit key for one purpose: HMAC of its name under the session key. */
    private byte[] derive(String purpose) {
        return hmac(sessionKey.get().getBytes(StandardCharsets.UTF_8), ("agora " + purpose).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
