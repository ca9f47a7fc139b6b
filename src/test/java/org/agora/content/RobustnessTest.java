package org.agora.content;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Whatever an author saves, the parsers report problems and never throw. */
class RobustnessTest {

    static Stream<String> nasty() {
        return Stream.of("", "---", "---\n---", "## ", "## {#}", "## Q {}", "## Q {#a=b}", "## Q {points=}", "- (x)",
                "=  ", "## Q\n- ->", "## Q\n- a ->", "\u0000", "> ".repeat(300) + "x", "## Q\n= /(/", "---\n: x\n---\n",
                "---\n? [a]\n: b\n---\n", "---\n&a [*a, *a]\n---\n", "---\nx: &a [*a]\n---\n", "## Q {",
                "## Q\n\n-\n-\n", "## Q\n- (x) a\n  - (x) nested\n- ( ) b", "## Q\n= ..\n", "## Q\n= +-\n",
                "---\npass: 99999999999999999999\n---\n", "## Q\n- (9999) a\n- (1) b", "[P99999999999]",
                "## Q\n- [x] a\n  > [!TIP]\n- [ ] b", "Title\n=====\n\n## Q\n= a\n", "## Q\nstem\n---\n- (x) a",
                "\r\r\n\r", "\uFEFF", "---\ntitle: !!binary AAAA\n---\n", "---\ntitle: !!python/object:os.system x\n---\n",
                "- [".repeat(500), "*".repeat(5000), "## Q\n" + "- ( ) x\n".repeat(2000) + "- (x) y\n",
                "## Q\n= /" + "(".repeat(20000) + "a" + ")".repeat(20000) + "/\n", "## Q\n= /((a{1000}){1000}){1000}/\n");
    }

    @ParameterizedTest
    @MethodSource("nasty")
    void parsersNeverThrow(String text) {
        ParseResult<Quiz> q = assertDoesNotThrow(() -> new QuizParser().parse("quizzes/x.md", text));
        assertTrue(q.ok() == (q.value() != null));
        ParseResult<Lesson> l = assertDoesNotThrow(() -> new LessonParser().parse("lessons/x.md", text));
        assertTrue(l.ok() == (l.value() != null));
        q.problems().forEach(p -> assertTrue(p.line() >= 1, p.toString()));
        l.problems().forEach(p -> assertTrue(p.line() >= 1, p.toString()));
    }
}
