package org.agora.interchange.qti;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The package's identifiers, derived from the quiz id and the question ids only, so that the same
 * file exports the same package and a re-import into Canvas meets the same identifiers. Canvas's
 * own exports use {@code g} and 32 hex digits; these look alike (a letter first, as an XML
 * {@code ID} needs).
 */
record QtiIds(String quizId) {

    String assessment() {
        return id("assessment");
    }

    /** The assessment_meta.xml resource, a dependency of the assessment in the manifest. */
    String meta() {
        return id("meta");
    }

    String manifest() {
        return id("manifest");
    }

    String assignment() {
        return id("assignment");
    }

    String assignmentGroup() {
        return id("assignment-group");
    }

    String item(String questionId) {
        return id("item/" + questionId);
    }

    /** The bank question Canvas files the item under. */
    String bankItem(String questionId) {
        return id("bank/" + questionId);
    }

    /** Answer {@code n} of a question (an option, an accepted line, a left-hand item). */
    String answer(String questionId, int n) {
        return id("answer/" + questionId + "/" + n);
    }

    /** Right-hand choice {@code n} of a matching (or the position n of an ordering item). */
    String choice(String questionId, int n) {
        return id("choice/" + questionId + "/" + n);
    }

    private String id(String what) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(("agora:" + quizId + ":" + what)
                    .getBytes(StandardCharsets.UTF_8));
            return "g" + HexFormat.of().formatHex(h, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JDK has SHA-256
        }
    }
}
