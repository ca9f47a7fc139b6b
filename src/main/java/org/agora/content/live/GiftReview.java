package org.agora.content.live;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.agora.content.Problem;
import org.agora.interchange.gift.GiftImport;

/**
 * What the content page shows of an uploaded GIFT file: the problems of the conversion (at the
 * GIFT file's lines), and each quiz file to review and save, with the quiz format's checks on it
 * (at its own lines) and whether a file of that name is in the quizzes folder already.
 * {@code converted}: the page follows a conversion (else a save that was refused, or a bad upload).
 */
public record GiftReview(String name, boolean converted, List<String> problems, List<QuizFile> files, String notice) {

    /** One quiz file of the conversion, as the page shows it. */
    public record QuizFile(String fileName, String markdown, int questions, List<String> lint, boolean exists) {
    }

    static GiftReview of(String name, GiftImport.Outcome outcome, Path quizzes, String notice) {
        List<String> problems = outcome.problems().stream().map(p -> p.shown(name)).toList();
        List<QuizFile> files = outcome.files().stream().map(f -> file(f.fileName(), f.markdown(), f.questions(), f.lint(), quizzes))
                .toList();
        return new GiftReview(name, true, problems, files, notice);
    }

    static QuizFile file(String fileName, String markdown, int questions, List<Problem> lint, Path quizzes) {
        return new QuizFile(fileName, markdown, questions,
                lint.stream().map(Problem::toString).toList(),
                Files.exists(quizzes.resolve(fileName)));
    }
}
