package org.agora.interchange.qti;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agora.content.Problem;
import org.agora.content.Question;
import org.agora.content.Quiz;
import org.agora.content.QuizParser;
import org.agora.support.Predicted;
import org.junit.jupiter.api.Test;

/**
 * The shipped module exports with exactly the warnings that the README's mapping table predicts:
 * {@code lesson:} and {@code pass:} wherever the front matter has them, the {@code see=} and
 * {@code level=} of every question that has them (read from the model), and the ones listed here,
 * each by its file, line and the table's name for it.
 */
class QtiExportShippedTest {

    /** The table's name for each warning, by how its message starts. */
    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("lesson is not carried", "lesson"), Map.entry("pass is not carried", "pass"),
            Map.entry("lang is not carried", "lang"), Map.entry("pick is not carried", "pick"),
            Map.entry("time-limit is rounded", "time-limit"), Map.entry("review: after-close", "review"),
            Map.entry("see=", "see"), Map.entry("level=", "level"), Map.entry("the hint", "hint"),
            Map.entry("the > [!CHECK]", "check"), Map.entry("case=sensitive", "case"),
            Map.entry("scoring=exact", "exact"), Map.entry("the credits", "credits"), Map.entry("credit ", "credit"),
            Map.entry("the regex answer", "regex"), Map.entry("no answer line is left", "left-out"),
            Map.entry("Canvas has no ordering", "ordering"), Map.entry("the essay's rubric", "essay"));

    private static final List<String> LISTED = List.of(
            "01-overview-quiz.md:34 regex", "01-overview-quiz.md:36 check", "01-overview-quiz.md:83 ordering",
            "02-human-rights-in-ir-quiz.md:39 regex", "02-human-rights-in-ir-quiz.md:41 check",
            "02-human-rights-in-ir-quiz.md:54 ordering", "02-human-rights-in-ir-quiz.md:62 hint",
            "03-universality-vs-relativism-quiz.md:46 regex", "03-universality-vs-relativism-quiz.md:48 check",
            "03-universality-vs-relativism-quiz.md:63 exact", "03-universality-vs-relativism-quiz.md:87 ordering",
            "04-what-is-known-quiz.md:17 credit", "04-what-is-known-quiz.md:32 regex", "04-what-is-known-quiz.md:33 regex",
            "04-what-is-known-quiz.md:35 check",
            "05-north-korea-responses-quiz.md:20 regex", "05-north-korea-responses-quiz.md:21 regex",
            "05-north-korea-responses-quiz.md:23 check", "05-north-korea-responses-quiz.md:133 ordering",
            "06-china-precedent-quiz.md:54 regex", "06-china-precedent-quiz.md:55 regex", "06-china-precedent-quiz.md:56 regex",
            "06-china-precedent-quiz.md:58 check", "06-china-precedent-quiz.md:98 ordering",
            "07-critical-reading-quiz.md:51 regex", "07-critical-reading-quiz.md:52 regex", "07-critical-reading-quiz.md:54 check",
            "07-critical-reading-quiz.md:159 essay", "07-critical-reading-quiz.md:184 hint",
            "08-module-final.md:9 review", "08-module-final.md:309 ordering", "08-module-final.md:320 ordering",
            "08-module-final.md:374 regex", "08-module-final.md:376 check", "08-module-final.md:392 regex",
            "08-module-final.md:394 check", "08-module-final.md:410 regex", "08-module-final.md:412 check",
            "08-module-final.md:432 regex", "08-module-final.md:434 check",
            "09-module-essay.md:18 essay", "09-module-essay.md:52 hint");

    @Test
    void theShippedModuleExportsWithThePredictedWarnings() throws Exception {
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        for (Path file : QtiQuizzes.shipped()) {
            String name = file.getFileName().toString();
            String text = Files.readString(file);
            Quiz quiz = new QuizParser().parse("quizzes/" + name, text).value();
            LISTED.stream().filter(l -> l.startsWith(name + ":")).forEach(expected::add);
            List<String> lines = List.of(text.split("\n", -1));
            for (int i = 1; i < lines.size() && !lines.get(i).equals("---"); i++) {
                for (String key : List.of("lesson", "pass")) {
                    if (lines.get(i).startsWith(key + ":")) {
                        expected.add(name + ":" + (i + 1) + " " + key);
                    }
                }
            }
            for (Question q : quiz.questions()) {
                if (q.see() != null) {
                    expected.add(name + ":" + q.line() + " see");
                }
                if (q.level() != null) {
                    expected.add(name + ":" + q.line() + " level");
                }
            }
            QtiExporter.Export export = new QtiExporter().export("quizzes/" + name, text);
            for (Problem w : export.warnings()) {
                actual.add(name + ":" + w.line() + " " + kind(w.message()));
            }
        }
        Predicted.assertSameLines(expected, actual);
    }

    private static String kind(String message) {
        return KINDS.entrySet().stream().filter(e -> message.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse("unlisted: " + message);
    }
}
