package org.agora.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.stream.Collectors;

/** Helpers shared by the content tests. */
final class TestSupport {

    private TestSupport() {
    }

    /** 1-based line of the first line of {@code text} that contains {@code marker}. */
    static int lineOf(String text, String marker) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(marker)) {
                return i + 1;
            }
        }
        fail("no line contains " + marker);
        return -1;
    }

    static String describe(List<Problem> problems) {
        return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }

    /** Asserts that exactly one problem exists, at that line, whose message contains {@code fragment}. */
    static Problem assertOnlyProblem(ParseResult<?> r, int line, String fragment) {
        assertEquals(1, r.problems().size(), () -> "expected one problem, got:\n" + describe(r.problems()));
        Problem p = r.problems().get(0);
        assertEquals(line, p.line(), () -> "wrong line: " + p);
        assertTrue(p.message().contains(fragment), () -> "message should contain \"" + fragment + "\": " + p);
        assertEquals(null, r.value(), "a file with problems yields no value");
        return p;
    }

    /** Asserts that a problem exists at that line whose message contains {@code fragment}. */
    static Problem assertHasProblem(List<Problem> problems, int line, String fragment) {
        return problems.stream().filter(p -> p.line() == line && p.message().contains(fragment)).findFirst()
                .orElseGet(() -> fail("no problem at line " + line + " containing \"" + fragment + "\" in:\n"
                        + describe(problems)));
    }

    static <T> T assertOk(ParseResult<T> r) {
        assertTrue(r.ok(), () -> "unexpected problems:\n" + describe(r.problems()));
        return r.value();
    }
}
