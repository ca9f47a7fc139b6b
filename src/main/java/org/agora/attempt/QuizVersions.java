package org.agora.attempt;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.agora.content.ParseResult;
import org.agora.content.Quiz;
import org.agora.content.QuizParser;
import org.agora.quiz.QuizCatalog;
import org.agora.web.Conflict;

/**
 * Quiz versions for attempts. Starting stores the file's text under its hash; scoring parses that
 * stored text, so an attempt is scored against the version it started with even after the file
 * changes. The parsed versions are cached, but the database holds the truth.
 */
@ApplicationScoped
public class QuizVersions {

    private final QuizCatalog catalog;
    private final Map<String, Quiz> parsed = new ConcurrentHashMap<>();

    QuizVersions(QuizCatalog catalog) {
        this.catalog = catalog;
    }

    /** The version a new attempt starts on, stored if it is new. 404 for an unknown quiz. */
    public Quiz current(String quizId) {
        Quiz quiz = catalog.quiz(quizId);
        return stored(quiz, () -> read(quiz));
    }

    /**
     * Stores the text of a quiz that is in no file (an upload converted in memory), so that a preview
     * of it is scored and shown on any instance and after a restart, as a file's version is.
     */
    Quiz storeText(Quiz quiz, String source) {
        return stored(quiz, () -> source);
    }

    private Quiz stored(Quiz quiz, Supplier<String> source) {
        try {
            QuarkusTransaction.requiringNew().run(() -> store(quiz, source));
        } catch (RuntimeException e) {
            // Two first starts of a new version raced to store it; the other one won, which is fine.
            if (!QuarkusTransaction.requiringNew().call(() -> QuizVersion.findById(quiz.contentHash()) != null)) {
                throw e;
            }
        }
        parsed.putIfAbsent(quiz.contentHash(), quiz);
        return quiz;
    }

    private static void store(Quiz quiz, Supplier<String> source) {
        if (QuizVersion.findById(quiz.contentHash()) == null) {
            QuizVersion v = new QuizVersion();
            v.contentHash = quiz.contentHash();
            v.quizId = quiz.id();
            v.path = quiz.path();
            v.source = source.get();
            v.createdAt = Instant.now();
            v.persist();
        }
    }

    /** The version with this hash, parsed from the stored text when this instance has not seen it. */
    public Quiz byHash(String hash) {
        return parsed.computeIfAbsent(hash, h -> {
            QuizVersion v = QuizVersion.findById(h);
            if (v == null) {
                throw new IllegalStateException("Quiz version " + h + " is missing");
            }
            ParseResult<Quiz> result = new QuizParser().parse(v.path, v.source);
            if (!result.ok()) {
                throw new IllegalStateException("Stored quiz version " + h + " no longer parses: " + result.problems());
            }
            return result.value();
        });
    }

    /** The file's text, checked against the hash the catalog parsed. */
    private static String read(Quiz quiz) {
        try {
            byte[] bytes = Files.readAllBytes(Path.of(quiz.path()));
            if (!sha256(bytes).equals(quiz.contentHash())) {
                // The file changed since the last reload, which will follow within a second or two.
                throw new Conflict((t, l) -> t.attempt_updating());
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Conflict((t, l) -> t.attempt_updating());
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
