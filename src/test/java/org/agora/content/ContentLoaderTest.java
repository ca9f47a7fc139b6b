package org.agora.content;

import static org.agora.content.TestSupport.assertHasProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {

    @TempDir
    Path root;
    Path lessons;
    Path quizzes;

    @BeforeEach
    void folders() throws IOException {
        lessons = Files.createDirectories(root.resolve("lessons"));
        quizzes = Files.createDirectories(root.resolve("quizzes"));
    }

    private void write(Path dir, String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private ContentSet load() {
        return ContentLoader.load(lessons, quizzes, root);
    }

    private static String lesson(String title) {
        return "# " + title + "\n\n## Part one\n\nText.\n\n## Part two {#two}\n\nMore text.\n";
    }

    private static String quiz(String frontMatter) {
        return (frontMatter.isEmpty() ? "" : "---\n" + frontMatter + "---\n") + "## Q\n\n- (x) a\n- ( ) b\n";
    }

    @Test
    void loadsAValidModule() throws IOException {
        write(lessons, "01-intro.md", lesson("Intro"));
        write(lessons, "02-rights.md", lesson("Rights"));
        write(quizzes, "rights-quiz.md", quiz("lesson: rights\n"));
        write(quizzes, "intro-quiz.md", quiz("lesson: intro\n"));
        ContentSet set = load();
        assertEquals(List.of(), set.problems());
        assertEquals(List.of("intro", "rights"), set.lessons().stream().map(Lesson::id).toList());
        assertEquals(List.of(1, 2), set.lessons().stream().map(Lesson::order).toList());
        assertEquals("lessons/01-intro.md", set.lessons().get(0).path());
        assertEquals("intro-quiz", set.lessons().get(0).quiz(), "resolved from the quiz's lesson");
        assertEquals("rights-quiz", set.lessons().get(1).quiz());
        assertEquals(List.of("intro-quiz", "rights-quiz"), set.quizzes().stream().map(Quiz::id).toList());
        assertEquals("quizzes/intro-quiz.md", set.quiz("intro-quiz").orElseThrow().path());
        assertTrue(set.lesson("rights").isPresent());
        assertNotNullTime(set);
    }

    private static void assertNotNullTime(ContentSet set) {
        assertTrue(set.loadedAt() != null);
    }

    @Test
    void lessonsOrderedByOrderThenFileName() throws IOException {
        write(lessons, "a.md", "---\norder: 5\n---\nText");
        write(lessons, "b.md", "Text"); // position 2
        write(lessons, "c.md", "---\norder: 1\n---\nText");
        write(lessons, "d.md", "---\norder: 2\n---\nText"); // same order as b: file name decides
        ContentSet set = load();
        assertEquals(List.of(), set.problems());
        assertEquals(List.of("c", "b", "d", "a"), set.lessons().stream().map(Lesson::id).toList());
    }

    @Test
    void quizzesFollowTheModuleOrder() throws IOException {
        write(lessons, "01-z.md", "Text");
        write(lessons, "02-a.md", "---\nquiz: aaa\n---\nText");
        write(quizzes, "aaa.md", quiz(""));
        write(quizzes, "mmm.md", quiz("lesson: z\n"));
        write(quizzes, "bbb.md", quiz(""));
        ContentSet set = load();
        assertEquals(List.of(), set.problems());
        assertEquals(List.of("mmm", "aaa", "bbb"), set.quizzes().stream().map(Quiz::id).toList());
        assertEquals("a", set.quiz("aaa").orElseThrow().lesson(), "a quiz named by exactly one lesson belongs to it");
        assertNull(set.quiz("bbb").orElseThrow().lesson());
        assertEquals("aaa", set.lesson("a").orElseThrow().quiz());
    }

    @Test
    void brokenFileIsWithdrawnWhileOthersStay() throws IOException {
        write(lessons, "01-intro.md", lesson("Intro"));
        write(lessons, "02-broken.md", "---\norder: first\n---\n\n## A\n\n## A\n");
        write(quizzes, "good.md", quiz("lesson: intro\n"));
        write(quizzes, "bad.md", "---\npass: 170\n---\n## Q\n\n- ( ) a\n- ( ) b\n");
        ContentSet set = load();
        assertEquals(List.of("intro"), set.lessons().stream().map(Lesson::id).toList());
        assertEquals(List.of("good"), set.quizzes().stream().map(Quiz::id).toList());
        assertEquals(4, set.problems().size(), TestSupport.describe(set.problems()));
        assertHasProblem(set.problems(), 2, "`order` must be a positive whole number");
        assertHasProblem(set.problems(), 7, "duplicate section id `a`");
        assertHasProblem(set.problems(), 2, "`pass` must be a whole percent");
        assertHasProblem(set.problems(), 6, "no option is marked `(x)`");
        // sorted by path, then line
        assertEquals(List.of("lessons/02-broken.md:2", "lessons/02-broken.md:7", "quizzes/bad.md:2", "quizzes/bad.md:6"),
                set.problems().stream().map(p -> p.path() + ":" + p.line()).toList());
    }

    /** Until the grading queue exists, a checked essay question keeps its quiz from learners, with the reason at its line. */
    @Test
    void aQuizWithAnEssayIsOffered() throws IOException {
        write(quizzes, "good.md", quiz(""));
        write(quizzes, "essay.md", "## Verdict {#v type=essay}\n\nWrite.\n\n## Q\n\n- (x) a\n- ( ) b\n");
        ContentSet set = load();
        assertEquals(List.of("essay", "good"), set.quizzes().stream().map(Quiz::id).sorted().toList());
        assertEquals(0, set.problems().size(), TestSupport.describe(set.problems()));
    }

    @Test
    void duplicateIdsAcrossFiles() throws IOException {
        write(lessons, "01-intro.md", "Text");
        write(lessons, "02-other.md", "---\ntitle: Other\nid: intro\n---\nText");
        write(quizzes, "q1.md", quiz(""));
        write(quizzes, "q2.md", quiz("title: Copy\nid: q1\n"));
        ContentSet set = load();
        assertEquals(2, set.problems().size(), TestSupport.describe(set.problems()));
        Problem l = set.problems().get(0);
        assertEquals("lessons/02-other.md:3: duplicate lesson id `intro`: lessons/01-intro.md already uses it", l.toString());
        Problem q = set.problems().get(1);
        assertEquals("quizzes/q2.md:3: duplicate quiz id `q1`: quizzes/q1.md already uses it", q.toString());
        assertEquals(List.of("intro"), set.lessons().stream().map(Lesson::id).toList());
        assertEquals("lessons/01-intro.md", set.lessons().get(0).path(), "the first file keeps its id");
        assertEquals(List.of("q1"), set.quizzes().stream().map(Quiz::id).toList());
    }

    @Test
    void crossFileReferences() throws IOException {
        write(lessons, "01-intro.md", "---\nquiz: nowhere\n---\n" + lesson("Intro"));
        write(lessons, "02-rights.md", lesson("Rights"));
        String q = """
                ---
                lesson: missing-lesson
                ---
                ## One {see=rights#two}
                - (x) a
                - ( ) b
                ## Two {see=rights#nope}
                - (x) a
                - ( ) b
                ## Three {see=ghost}
                - (x) a
                - ( ) b
                ## Four {see=rights}
                - (x) a
                - ( ) b
                """;
        write(quizzes, "refs.md", q);
        ContentSet set = load();
        assertEquals(4, set.problems().size(), TestSupport.describe(set.problems()));
        assertHasProblem(set.problems(), 2, "`quiz: nowhere` names a quiz that does not exist");
        assertHasProblem(set.problems(), 2, "`lesson: missing-lesson` names a lesson that does not exist (known: intro, rights)");
        assertHasProblem(set.problems(), 7, "see=rights#nope: lesson `rights` has no section `nope` (known: part-one, two)");
        assertHasProblem(set.problems(), 10, "see=ghost names a lesson that does not exist");
        assertEquals(List.of("rights"), set.lessons().stream().map(Lesson::id).toList());
        assertTrue(set.quizzes().isEmpty());
    }

    @Test
    void referenceToABrokenLessonDoesNotWithdrawTheQuiz() throws IOException {
        write(lessons, "01-intro.md", "---\nminutes: lots\n---\n" + lesson("Intro"));
        write(quizzes, "q.md", "---\nlesson: intro\n---\n## Q {see=intro#two}\n- (x) a\n- ( ) b\n");
        ContentSet set = load();
        assertEquals(1, set.problems().size(), TestSupport.describe(set.problems()));
        assertEquals("lessons/01-intro.md", set.problems().get(0).path());
        assertEquals(List.of("q"), set.quizzes().stream().map(Quiz::id).toList());
    }

    @Test
    void lessonQuizNamingAWithdrawnQuizResolvesToNull() throws IOException {
        write(lessons, "01-intro.md", "---\nquiz: q\n---\nText");
        write(quizzes, "q.md", "## Q\n- ( ) a\n- ( ) b\n");
        ContentSet set = load();
        assertEquals(1, set.problems().size(), TestSupport.describe(set.problems()));
        assertNull(set.lesson("intro").orElseThrow().quiz());
    }

    @Test
    void missingFoldersAreProblemsNotExceptions() {
        ContentSet set = ContentLoader.load(root.resolve("nope-lessons"), root.resolve("nope-quizzes"), root);
        assertEquals(2, set.problems().size(), TestSupport.describe(set.problems()));
        assertEquals("nope-lessons:0: the lessons folder does not exist (" + root.resolve("nope-lessons") + ")",
                set.problems().get(0).toString());
        assertTrue(set.problems().get(1).message().startsWith("the quizzes folder does not exist"));
        assertTrue(set.lessons().isEmpty());
    }

    @Test
    void nonUtf8FileIsReportedAtTheLineOfTheBadByte() throws IOException {
        write(lessons, "01-ok.md", "Text");
        byte[] latin1 = "# Café\n\nline two\nna\u00EFve\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(lessons.resolve("02-latin1.md"), latin1);
        ContentSet set = load();
        assertEquals(1, set.problems().size(), TestSupport.describe(set.problems()));
        assertEquals("lessons/02-latin1.md:1: this file is not valid UTF-8 text; save it as UTF-8 in your editor",
                set.problems().get(0).toString());
        assertEquals(List.of("ok"), set.lessons().stream().map(Lesson::id).toList());

        Files.write(lessons.resolve("02-latin1.md"), "# Title\n\nline two\nna\u00EFve\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(4, load().problems().get(0).line());
    }

    @Test
    void skipsHiddenTempAndOtherFiles() throws IOException {
        write(lessons, "01-real.md", "Text");
        write(lessons, ".hidden.md", "---\nbad: key\n---\n");
        write(lessons, ".#01-real.md", "x");
        write(lessons, "#01-real.md#", "x");
        write(lessons, "01-real.md~", "x");
        write(lessons, "~$draft.md", "x");
        write(lessons, "notes.txt", "x");
        Files.createDirectories(lessons.resolve("folder.md"));
        ContentSet set = load();
        assertEquals(List.of(), set.problems());
        assertEquals(List.of("real"), set.lessons().stream().map(Lesson::id).toList());
    }

    @Test
    void symbolicLinksAreReportedAndNeverRead() throws IOException {
        Path outside = Files.writeString(root.resolve("session.key"), "# Leaked\n\nSECRET-KEY-0123\n");
        write(lessons, "01-real.md", "Text");
        Files.createSymbolicLink(lessons.resolve("02-file.md"), outside);
        Files.createSymbolicLink(lessons.resolve("03-sibling.md"), lessons.resolve("01-real.md"));
        Files.createSymbolicLink(quizzes.resolve("folder.md"), root);
        ContentSet set = load();
        assertEquals(List.of("real"), set.lessons().stream().map(Lesson::id).toList());
        assertEquals(3, set.problems().size(), TestSupport.describe(set.problems()));
        for (String file : List.of("lessons/02-file.md", "lessons/03-sibling.md", "quizzes/folder.md")) {
            Problem p = set.problems().stream().filter(x -> x.path().equals(file)).findFirst().orElseThrow();
            assertEquals(1, p.line());
            assertTrue(p.message().startsWith("this file is a symbolic link"), p.toString());
        }
    }

    @Test
    void aFifoIsReportedWithoutHangingTheLoader() throws Exception {
        Path fifo = lessons.resolve("02-pipe.md");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");
        write(lessons, "01-real.md", "Text");
        ContentSet set = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                this::load, "reading a FIFO blocks until someone writes to it");
        assertEquals(List.of("real"), set.lessons().stream().map(Lesson::id).toList());
        assertEquals(1, set.problems().size(), TestSupport.describe(set.problems()));
        assertTrue(set.problems().get(0).toString().startsWith("lessons/02-pipe.md:1: this is not a regular file"),
                set.problems().get(0).toString());
    }

    @Test
    void displayPathsOutsideTheBaseAreAbsolute() throws IOException {
        write(lessons, "x.md", "---\norder: 0\n---\n");
        ContentSet set = ContentLoader.load(lessons, quizzes, root.resolve("elsewhere"));
        assertEquals(lessons.resolve("x.md").toAbsolutePath().normalize().toString(), set.problems().get(0).path());
    }

    @Test
    void everyProblemOfEveryFileWithItsLine() throws IOException {
        write(lessons, "01-a.md", "---\ntitel: A\n---\n\nSee [P10].\n");
        write(quizzes, "q.md", """
                ---
                pick: 9
                ---
                ## Q1 {points=-1}
                - (x) a
                - ( ) b

                ## Q2

                = 1997
                = soon
                """);
        ContentSet set = load();
        List<String> shown = set.problems().stream().map(Problem::toString).toList();
        assertEquals(5, shown.size(), String.join("\n", shown));
        assertTrue(shown.get(0).startsWith("lessons/01-a.md:2: unknown front-matter key `titel`"), shown.get(0));
        assertTrue(shown.get(1).startsWith("lessons/01-a.md:5: citation [P10]"), shown.get(1));
        assertTrue(shown.get(2).startsWith("quizzes/q.md:2: `pick` is 9 but the quiz has only 2 questions"), shown.get(2));
        assertTrue(shown.get(3).startsWith("quizzes/q.md:4: points must be"), shown.get(3));
        assertTrue(shown.get(4).startsWith("quizzes/q.md:11: `= soon` is not a number"), shown.get(4));
    }

    @Test
    void deterministicAndFastEnough() throws IOException {
        for (int i = 1; i <= 20; i++) {
            write(lessons, String.format("%02d-lesson-%d.md", i, i), lesson("Lesson " + i) + "word ".repeat(1500));
            write(quizzes, "quiz-" + i + ".md", QuizParserTest.SPEC_EXAMPLE.replace("universality-and-relativism",
                    "lesson-" + i).replace("#after-the-cold-war", "#two"));
        }
        ContentSet first = load();
        assertEquals(List.of(), first.problems());
        long start = System.nanoTime();
        ContentSet second = load();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(first.lessons(), second.lessons());
        assertEquals(first.quizzes(), second.quizzes());
        assertEquals(20, second.quizzes().size());
        assertTrue(millis < 3000, "loading 40 files took " + millis + " ms");
    }

    @Test
    void linterPrintsProblemsAndSummary() throws IOException {
        write(lessons, "01-a.md", "Text");
        write(quizzes, "q.md", "---\natempts: 2\n---\n## Q\n- (x) a\n- (x) b\n");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        int status = new Linter().run(lessons, quizzes, new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(1, status);
        String[] lines = out.split("\n");
        assertEquals(3, lines.length, out);
        assertTrue(lines[0].endsWith("quizzes/q.md:2: unknown front-matter key `atempts` (did you mean `attempts`?)"), out);
        assertTrue(lines[1].endsWith("quizzes/q.md:6: a second option marked `(x)` (the first is on line 5): a single-choice "
                + "question has exactly one right answer; use `[ ]`/`[x]` for several"), out);
        assertEquals("lint: 2 errors in 1 file", lines[2]);
    }

    @Test
    void linterOnCleanContent() throws IOException {
        write(lessons, "01-a.md", "Text");
        write(lessons, "02-b.md", "Text");
        write(quizzes, "q.md", quiz("attempts: 1\n")); // one attempt: no review leak, no warning
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        int status = new Linter().run(lessons, quizzes, new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals(0, status);
        assertEquals("lint: 2 lessons, 1 quiz, 0 errors\n", bytes.toString(StandardCharsets.UTF_8));
        assertFalse(bytes.toString(StandardCharsets.UTF_8).contains("error in"));
    }

    @Test
    void aReferencePageStandsBesideTheLessonsWithoutAQuizOrAPlace() throws IOException {
        write(lessons, "01-a.md", "Text");
        write(lessons, "glossary.md", "---\nkind: reference\ntitle: Glossary\n---\n\n## Songbun {#songbun}\n\nInherited class status.\n");
        write(quizzes, "q.md", quiz("attempts: 1\nlesson: a\n"));
        ContentSet set = ContentLoader.load(lessons, quizzes);
        assertEquals(List.of(), set.problems());
        assertEquals(List.of("a"), set.lessons().stream().map(Lesson::id).toList(), "not among the lessons");
        Lesson glossary = set.reference("glossary").orElseThrow();
        assertTrue(glossary.reference() && glossary.hasSection("songbun"));
        assertTrue(set.lesson("glossary").isEmpty());

        write(lessons, "glossary.md", "---\nkind: reference\norder: 2\nquiz: q\n---\n\nText\n");
        write(lessons, "other.md", "---\nkind: appendix\n---\n\nText\n");
        List<Problem> problems = ContentLoader.load(lessons, quizzes).problems();
        TestSupport.assertHasProblem(problems, 3, "a reference page (`kind: reference`) has no `order`");
        TestSupport.assertHasProblem(problems, 4, "a reference page (`kind: reference`) has no `quiz`");
        TestSupport.assertHasProblem(problems, 2, "kind must be `lesson` (the default) or `reference`, not `appendix`");
    }
}
