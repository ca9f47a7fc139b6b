package org.agora.content;

import static org.agora.content.TestSupport.assertOk;
import static org.agora.content.TestSupport.assertOnlyProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Content beyond the limits is an error at the line where the limit is passed, never a slow start or a huge page. */
class ContentLimitsTest {

    private final QuizParser parser = new QuizParser();

    private ParseResult<Quiz> parse(String text) {
        return parser.parse("quizzes/big.md", text);
    }

    private static String questions(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> "## Q" + i + "\n- (x) a\n- ( ) b\n").collect(Collectors.joining());
    }

    private static String lines(int n, String format) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> String.format(format, i)).collect(Collectors.joining());
    }

    @Test
    void atMost500QuestionsReportedAtTheFirstOneTooMany() {
        assertEquals(500, assertOk(parse(questions(500))).questions().size());
        Problem p = assertOnlyProblem(parse(questions(501)), 3 * 500 + 1, "a quiz may have at most 500 questions");
        assertTrue(p.message().startsWith("question 501:"), p.message());
    }

    @Test
    void atMost50ItemsInAnAnswerList() {
        String options = "## Q\n- (x) right\n" + lines(49, "- ( ) wrong %d\n");
        assertEquals(50, assertOk(parse(options)).questions().get(0).options().size());
        assertOnlyProblem(parse(options + "- ( ) one too many\n"), 52, "at most 50 items in one answer list");
        assertOnlyProblem(parse("## Q\n" + lines(51, "- (%d) item\n")), 52, "at most 50 items");
        assertOnlyProblem(parse("## Q\n" + lines(51, "- left %d -> right\n")), 52, "at most 50 items");
        assertOnlyProblem(parse("## Q\n- a -> 1\n- b -> 2\n" + lines(49, "- -> extra %d\n")), 52, "at most 50 items");
    }

    @Test
    void atMost50AcceptedLines() {
        assertOk(parse("## Q\n" + lines(50, "= answer %d\n")));
        assertOnlyProblem(parse("## Q\n" + lines(51, "= answer %d\n")), 52, "at most 50 `=` lines in one question");
        assertOnlyProblem(parse("## Q\n" + lines(51, "= %d\n")), 52, "at most 50 `=` lines");
    }

    @Test
    void aFileOverOneMegabyteIsReportedWithoutBeingRead(@TempDir Path root) throws IOException {
        Path lessons = Files.createDirectories(root.resolve("lessons"));
        Path quizzes = Files.createDirectories(root.resolve("quizzes"));
        Files.writeString(lessons.resolve("01-ok.md"), "Text");
        Files.writeString(quizzes.resolve("big.md"), "## Q\n- (x) a\n- ( ) b\n" + "x".repeat(ContentLimits.MAX_FILE_BYTES));
        // Sparse: 3 GB that take no disk; reading it would throw OutOfMemoryError.
        try (RandomAccessFile huge = new RandomAccessFile(lessons.resolve("02-huge.md").toFile(), "rw")) {
            huge.setLength(3L << 30);
        }
        ContentSet set;
        try {
            set = ContentLoader.load(lessons, quizzes, root);
        } catch (OutOfMemoryError e) { // "Required array size too large": no real heap was used up
            throw new AssertionError("the 3 GB file was read into memory", e);
        }
        assertEquals(List.of("ok"), set.lessons().stream().map(Lesson::id).toList());
        assertEquals(List.of(), set.quizzes());
        List<String> shown = set.problems().stream().map(Problem::toString).toList();
        assertEquals(List.of("lessons/02-huge.md:1: this file is 3,221,225,472 bytes; a lesson or quiz file may have at "
                + "most 1,048,576 (1 MB): split it into several files", "quizzes/big.md:1: this file is 1,048,597 bytes; "
                + "a lesson or quiz file may have at most 1,048,576 (1 MB): split it into several files"), shown);
    }
}
