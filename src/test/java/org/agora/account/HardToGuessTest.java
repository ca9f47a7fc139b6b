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
            assertTrue(why != null && why.contains("most common passwords"), common + ": " + why);
        }
    }

    @Test
    void theUsernameIsNoPassword() {
        assertEquals("Your password must not be your username. Try three or four words that have nothing to do "
                + "with each other.", HardToGuess.Check.refusal("Ana.Lima", "ana.lima"));
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
