package org.agora.interchange.gift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.agora.content.ParseResult;
import org.agora.content.Quiz;
import org.agora.content.QuizParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The GIFT conformance suite: each {@code gift/NAME.gift} (the cases of Moodle's
 * giftformat_test.php and examples.txt, reworded) must become {@code gift/NAME.md} exactly, with
 * the warnings of {@code gift/NAME.warnings} (none when absent), and the quiz must lint clean.
 * After a deliberate change of the output, {@code -Dgift.regenerate=true} rewrites the expected
 * files: read their diff before committing it.
 */
class GiftConformanceTest {

    static final Path DIR = Path.of("src/test/resources/gift");

    static GiftImport.Outcome convert(String name) throws IOException {
        return new GiftImport().convert(name + ".gift", Files.readString(DIR.resolve(name + ".gift")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"multichoice", "multianswer", "truefalse", "shortanswer", "numerical", "matching", "essay",
            "names"})
    void becomesTheExpectedQuiz(String name) throws IOException {
        GiftImport.Outcome out = convert(name);
        String warnings = String.join("\n", out.problems().stream().map(p -> p.shown(name + ".gift")).toList());
        assertTrue(out.ok(), warnings);
        assertEquals(1, out.files().size());
        String markdown = out.files().get(0).markdown();
        Path expected = DIR.resolve(name + ".md");
        Path expectedWarnings = DIR.resolve(name + ".warnings");
        if (Boolean.getBoolean("gift.regenerate")) {
            Files.writeString(expected, markdown);
            if (warnings.isEmpty()) {
                Files.deleteIfExists(expectedWarnings);
            } else {
                Files.writeString(expectedWarnings, warnings + "\n");
            }
        }
        assertEquals(Files.readString(expected), markdown);
        assertEquals(Files.exists(expectedWarnings) ? Files.readString(expectedWarnings).strip() : "", warnings);
        ParseResult<Quiz> parsed = new QuizParser().parse("quizzes/" + name + ".md", markdown);
        assertEquals(List.of(), parsed.problems());
    }
}
