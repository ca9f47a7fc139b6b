package org.agora.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The linter as instructors run it: on the shipped content, and on the fixtures with their broken quiz. */
class LinterRunTest {

    private record Run(int exit, List<String> lines) {
    }

    private static Run lint(Path lessons, Path quizzes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int exit = new Linter().run(lessons, quizzes, out);
        return new Run(exit, bytes.toString(StandardCharsets.UTF_8).lines().toList());
    }

    private static long markdownFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".md")).count();
        }
    }

    /** The error lines of a run, without its warnings and summary. */
    private static List<String> errors(Run run) {
        return run.lines().subList(0, run.lines().size() - 1).stream().filter(l -> !l.contains(": warning: ")).toList();
    }

    @Test
    void shippedContentHasNoErrors() throws IOException {
        Run run = lint(Path.of("lessons"), Path.of("quizzes"));
        assertEquals(0, run.exit(), () -> String.join("\n", run.lines()));
        assertEquals(List.of(), errors(run));
        Matcher m = Pattern.compile("lint: (\\d+) lessons, (\\d+) quizzes(?:, (\\d+) reference pages?)?, 0 errors(, \\d+ warnings?)?")
                .matcher(run.lines().get(run.lines().size() - 1));
        assertTrue(m.matches(), run.lines().get(run.lines().size() - 1));
        long references = m.group(3) == null ? 0 : Long.parseLong(m.group(3));
        assertEquals(markdownFiles(Path.of("lessons")), Long.parseLong(m.group(1)) + references, "every lesson file counted");
        assertEquals(markdownFiles(Path.of("quizzes")), Long.parseLong(m.group(2)), "every quiz file counted");
    }

    @Test
    void warningsArePrintedInLineOrderAndFailOnlyAStrictRun(@TempDir Path dir) throws IOException {
        Path lessons = Files.createDirectories(dir.resolve("lessons"));
        Path quizzes = Files.createDirectories(dir.resolve("quizzes"));
        Files.writeString(quizzes.resolve("leak.md"), "---\nattempts: 3\n---\n# Leak\n\n## Which? {#w}\n\n- (x) One\n- ( ) Two\n");
        Run run = lint(lessons, quizzes);
        assertEquals(0, run.exit(), () -> run.lines().toString());
        assertEquals(List.of(quizzes.resolve("leak.md") + ":1: warning: review leak: 'review: after-submit' with 3 attempts shows "
                + "the answers after the first attempt, so the later attempts measure copying; use 'review: after-last-attempt' "
                + "or 'review: after-close', or 'attempts: 1'", "lint: 0 lessons, 1 quiz, 0 errors, 1 warning"), run.lines());

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertEquals(1, new Linter().run(lessons, quizzes, true, new PrintStream(bytes, true, StandardCharsets.UTF_8)));
        Files.writeString(quizzes.resolve("leak.md"), "---\nattempts: 1\n---\n# Leak\n\n## Which? {#w}\n\n- (x) One\n- ( ) Two\n");
        assertEquals(0, new Linter().run(lessons, quizzes, true, new PrintStream(bytes, true, StandardCharsets.UTF_8)));
    }

    @Test
    void fixturesReportTheBrokenQuizAsPathLineMessage() {
        Path root = Path.of("src/test/resources/content");
        Run run = lint(root.resolve("lessons"), root.resolve("quizzes"));
        assertEquals(1, run.exit());
        List<String> problems = errors(run);
        String broken = root.resolve("quizzes").resolve("broken.md").toString();
        Pattern form = Pattern.compile(Pattern.quote(broken) + ":(\\d+): (\\S.*)");
        assertEquals(3, problems.size(), () -> "every problem: " + run.lines());
        for (String line : problems) {
            assertTrue(form.matcher(line).matches(), "path:LINE: message, got: " + line);
        }
        assertTrue(problems.get(0).startsWith(broken + ":3: ") && problems.get(0).contains("170"), problems.get(0));
        assertTrue(problems.get(1).startsWith(broken + ":4: ") && problems.get(1).contains("atempts"), problems.get(1));
        assertTrue(problems.get(2).startsWith(broken + ":7: ") && problems.get(2).contains("answer block"), problems.get(2));
        assertTrue(run.lines().get(run.lines().size() - 1).matches("lint: 3 errors in 1 file(, \\d+ warnings?)?"), run.lines().toString());
    }

    @Test
    void everyFileOfAFolderIsReportedNotOnlyTheFirst(@TempDir Path dir) throws IOException {
        Path lessons = Files.createDirectories(dir.resolve("lessons"));
        Path quizzes = Files.createDirectories(dir.resolve("quizzes"));
        Files.writeString(quizzes.resolve("a.md"), "---\npass: 101\n---\n\n## Q {#q}\n\n= 1\n");
        Files.writeString(quizzes.resolve("b.md"), "## Q {#q}\n\n- (x) one\n- (x) two\n");
        Files.writeString(quizzes.resolve("ok.md"), "## Q {#q}\n\n- (x) one\n- ( ) two\n");
        Run run = lint(lessons, quizzes);
        assertEquals(1, run.exit());
        assertTrue(run.lines().stream().anyMatch(l -> l.startsWith(quizzes.resolve("a.md") + ":2: ")), () -> run.lines().toString());
        assertTrue(run.lines().stream().anyMatch(l -> l.startsWith(quizzes.resolve("b.md") + ":")), () -> run.lines().toString());
        assertTrue(errors(run).stream().noneMatch(l -> l.contains("ok.md")), () -> run.lines().toString());
        assertTrue(run.lines().get(run.lines().size() - 1).matches("lint: \\d+ errors? in 2 files(, \\d+ warnings?)?"), run.lines().toString());
    }

    @Test
    void emptyFoldersAreClean(@TempDir Path dir) throws IOException {
        Run run = lint(Files.createDirectories(dir.resolve("lessons")), Files.createDirectories(dir.resolve("quizzes")));
        assertEquals(0, run.exit());
        assertEquals(List.of("lint: 0 lessons, 0 quizzes, 0 errors"), run.lines());
    }
}
