package org.agora.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The passwords that guessers try first are refused; the ones the dev seed and the tests use are not. */
class HardToGuessTest {

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        for (String common : List.of("password", "Password1", "QWERTY123", "iloveyou", "1q2w3e4r", " sunshine ")) {
            String why = HardToGuess.Check.refusal("ana", common);
            assertEquals("account_password_common", why, common); // the key of its text in the api bundle
        }
    }

    @Test
    void theUsernameIsNoPassword() {
        assertEquals("account_password_is_username", HardToGuess.Check.refusal("Ana.Lima", "ana.lima"));
    }

    @Test
    void ordinaryPasswordsPass() {
        for (String ok : List.of("agora-demo", "good-password", "admin-pass-1", "student-pass-1", "other-password",
                "choose-one", "correct horse battery staple", Passwords.generate())) {
            assertNull(HardToGuess.Check.refusal("ana", ok), ok);
        }
        assertNull(HardToGuess.Check.refusal("ana", "short"), "the length rule speaks for itself");
    }

    @Test
    void theShippedListIsAFewHundredLowerCasePasswordsLongEnoughToMatter() throws IOException {
        List<String> lines;
        try (InputStream in = HardToGuess.class.getResourceAsStream("/common-passwords.txt")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#")).toList();
        }
        assertTrue(lines.size() >= 300, lines.size() + " passwords");
        for (String p : lines) {
            assertEquals(p.toLowerCase(Locale.ROOT).strip(), p, "lower case, no spaces around");
            assertTrue(p.length() >= NewAccount.PASSWORD_MIN, p + " is refused for its length anyway");
        }
    }
}
