package org.agora.interchange.gift.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agora.content.Problem;
import org.agora.content.Question;
import org.agora.content.Quiz;
import org.agora.support.Predicted;
import org.junit.jupiter.api.Test;

/**
 * The shipped module exports with exactly the warnings that the README's mapping table predicts:
 * the {@code see=} and {@code level=} of every question that has them (read from the model), and
 * the ones listed here, each by its file, line and the table's name for it.
 */
class GiftExportShippedTest {

    /** The table's name for each warning, by how its message starts. */
    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("time-limit is not carried", "time-limit"), Map.entry("attempts is not carried", "attempts"),
            Map.entry("pick is not carried", "pick"), Map.entry("the introduction", "intro"),
            Map.entry("points=", "points"), Map.entry("see=", "see"), Map.entry("level=", "level"),
            Map.entry("case=sensitive", "case"), Map.entry("scoring=exact", "exact"), Map.entry("the hint", "hint"),
            Map.entry("the > [!CHECK]", "check"), Map.entry("weight", "weight"), Map.entry("the regex answer", "regex"),
            Map.entry("no answer line is left", "left-out"), Map.entry("GIFT has no ordering", "ordering"),
            Map.entry("the essay's rubric", "essay"));

    private static final List<String> LISTED = List.of(
            "01-overview-quiz.md:6 attempts", "01-overview-quiz.md:11 intro", "01-overview-quiz.md:34 regex",
            "01-overview-quiz.md:36 check", "01-overview-quiz.md:83 ordering",
            "02-human-rights-in-ir-quiz.md:6 attempts", "02-human-rights-in-ir-quiz.md:11 intro", "02-human-rights-in-ir-quiz.md:39 regex",
            "02-human-rights-in-ir-quiz.md:41 check", "02-human-rights-in-ir-quiz.md:54 ordering",
            "02-human-rights-in-ir-quiz.md:62 hint", "02-human-rights-in-ir-quiz.md:80 points",
            "02-human-rights-in-ir-quiz.md:91 points",
            "03-universality-vs-relativism-quiz.md:6 attempts", "03-universality-vs-relativism-quiz.md:11 intro", "03-universality-vs-relativism-quiz.md:14 points",
            "03-universality-vs-relativism-quiz.md:46 regex", "03-universality-vs-relativism-quiz.md:48 check",
            "03-universality-vs-relativism-quiz.md:63 points", "03-universality-vs-relativism-quiz.md:63 exact",
            "03-universality-vs-relativism-quiz.md:74 points", "03-universality-vs-relativism-quiz.md:87 ordering",
            "04-what-is-known-quiz.md:6 attempts", "04-what-is-known-quiz.md:11 intro", "04-what-is-known-quiz.md:32 regex", "04-what-is-known-quiz.md:33 regex",
            "04-what-is-known-quiz.md:35 check", "04-what-is-known-quiz.md:47 points", "04-what-is-known-quiz.md:69 points",
            "04-what-is-known-quiz.md:82 points", "04-what-is-known-quiz.md:120 points",
            "05-north-korea-responses-quiz.md:6 attempts", "05-north-korea-responses-quiz.md:11 intro", "05-north-korea-responses-quiz.md:20 regex",
            "05-north-korea-responses-quiz.md:21 regex", "05-north-korea-responses-quiz.md:23 check",
            "05-north-korea-responses-quiz.md:40 points", "05-north-korea-responses-quiz.md:62 points",
            "05-north-korea-responses-quiz.md:97 points", "05-north-korea-responses-quiz.md:123 points",
            "05-north-korea-responses-quiz.md:133 points", "05-north-korea-responses-quiz.md:133 ordering",
            "06-china-precedent-quiz.md:6 attempts", "06-china-precedent-quiz.md:11 intro", "06-china-precedent-quiz.md:14 points",
            "06-china-precedent-quiz.md:27 points", "06-china-precedent-quiz.md:54 regex",
            "06-china-precedent-quiz.md:55 regex", "06-china-precedent-quiz.md:56 regex",
            "06-china-precedent-quiz.md:58 check", "06-china-precedent-quiz.md:80 points",
            "06-china-precedent-quiz.md:98 ordering", "06-china-precedent-quiz.md:121 points",
            "06-china-precedent-quiz.md:134 points",
            "07-critical-reading-quiz.md:6 attempts", "07-critical-reading-quiz.md:11 intro",
            "07-critical-reading-quiz.md:17 points", "07-critical-reading-quiz.md:51 regex",
            "07-critical-reading-quiz.md:52 regex", "07-critical-reading-quiz.md:54 check",
            "07-critical-reading-quiz.md:71 points", "07-critical-reading-quiz.md:84 points",
            "07-critical-reading-quiz.md:125 points", "07-critical-reading-quiz.md:144 points",
            "07-critical-reading-quiz.md:159 points", "07-critical-reading-quiz.md:159 essay",
            "07-critical-reading-quiz.md:184 hint",
            "08-module-final.md:5 attempts", "08-module-final.md:6 time-limit", "08-module-final.md:7 pick",
            "08-module-final.md:12 intro", "08-module-final.md:309 ordering", "08-module-final.md:320 ordering",
            "08-module-final.md:374 regex", "08-module-final.md:376 check", "08-module-final.md:392 regex",
            "08-module-final.md:394 check", "08-module-final.md:410 regex", "08-module-final.md:412 check",
            "08-module-final.md:432 regex", "08-module-final.md:434 check",
            "09-module-essay.md:5 attempts", "09-module-essay.md:9 intro", "09-module-essay.md:18 points",
            "09-module-essay.md:18 essay", "09-module-essay.md:52 hint");

    @Test
    void theShippedModuleExportsWithThePredictedWarnings() throws IOException {
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        for (Path file : GiftRoundTripTest.shippedQuizzes().toList()) {
            String name = file.getFileName().toString();
            String text = Files.readString(file);
            Quiz quiz = RoundTrip.parse("quizzes/" + name, text);
            LISTED.stream().filter(l -> l.startsWith(name + ":")).forEach(expected::add);
            for (Question q : quiz.questions()) {
                if (q.see() != null) {
                    expected.add(name + ":" + q.line() + " see");
                }
                if (q.level() != null) {
                    expected.add(name + ":" + q.line() + " level");
                }
            }
            for (Problem w : new GiftExporter().export("quizzes/" + name, text).warnings()) {
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
