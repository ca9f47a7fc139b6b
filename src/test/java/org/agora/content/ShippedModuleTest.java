package org.agora.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped teaching module (lessons/ and quizzes/) against the module's acceptance criteria from
 * issue 3. The linter only checks that the files are well formed; these checks are about what the
 * module must contain, so that an edit that drops a lesson, a citation or a question type fails CI.
 */
class ShippedModuleTest {

    private static final Pattern CITATION = Pattern.compile("\\[P[1-9]\\]");
    private static final Pattern NOTE_CALLOUT = Pattern.compile("<aside class=\"callout callout-note\".*?</aside>",
            Pattern.DOTALL);

    private static ContentSet set;

    @BeforeAll
    static void load() {
        set = ContentLoader.load(Path.of("lessons"), Path.of("quizzes"));
        assertEquals(List.of(), set.problems(), "the shipped content must load without problems");
    }

    private static List<Question> allQuestions() {
        return set.quizzes().stream().flatMap(q -> q.questions().stream()).toList();
    }

    private static String where(Quiz quiz, Question q) {
        return quiz.path() + ":" + q.line() + " #" + q.id();
    }

    /** A graded written assignment: a quiz of essay questions only, which no pick pool or time limit suits. */
    private static boolean essayAssignment(Quiz quiz) {
        return !quiz.questions().isEmpty() && quiz.questions().stream().allMatch(q -> q.type() == QuestionType.ESSAY);
    }

    /** The final quiz: the one quiz tied to no lesson that is not an essay assignment. */
    private static List<Quiz> finals() {
        return set.quizzes().stream().filter(q -> q.lesson() == null && !essayAssignment(q)).toList();
    }

    @Test
    void sixOrMoreLessonsWithObjectivesAndAReadingTimeOf8To15Minutes() {
        assertTrue(set.lessons().size() >= 6, "at least six lessons, found " + set.lessons().size());
        List<String> bad = new ArrayList<>();
        for (Lesson l : set.lessons()) {
            if (l.objectives().isEmpty()) {
                bad.add(l.path() + ": no objectives");
            }
            if (l.minutes() < 8 || l.minutes() > 15) {
                bad.add(l.path() + ": minutes " + l.minutes() + " not in 8..15");
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void everyEssayParagraphIsCitedInTheLessons() {
        String all = String.join("\n", set.lessons().stream().map(Lesson::html).toList());
        List<String> uncited = IntStream.rangeClosed(1, MarkdownRenderer.SOURCE_PARAGRAPHS)
                .mapToObj(n -> "[P" + n + "]").filter(p -> !all.contains(p)).toList();
        assertEquals(List.of(), uncited, "essay paragraphs no lesson cites");
    }

    @Test
    void everyLessonHasANoteCalloutWithAddedContext() {
        List<String> without = set.lessons().stream()
                .filter(l -> NOTE_CALLOUT.matcher(l.html()).results().noneMatch(m -> m.group().contains("Added context")))
                .map(l -> l.path() + ": no > [!NOTE] callout with \"Added context\"").toList();
        assertEquals(List.of(), without);
    }

    @Test
    void oneQuizPerLessonPlusATimedFinalQuizDrawnFromAPool() {
        List<String> bad = new ArrayList<>();
        for (Lesson l : set.lessons()) {
            List<String> quizzes = set.quizzes().stream().filter(q -> l.id().equals(q.lesson())).map(Quiz::id).toList();
            if (quizzes.size() != 1 || !quizzes.get(0).equals(l.quiz())) {
                bad.add(l.path() + ": quiz " + l.quiz() + ", quizzes naming this lesson " + quizzes);
            }
        }
        assertEquals(List.of(), bad, "exactly one quiz per lesson");
        List<Quiz> finals = finals();
        assertEquals(1, finals.size(), "one final quiz not tied to a lesson: " + finals.stream().map(Quiz::path).toList());
        Quiz fin = finals.get(0);
        assertTrue(fin.pick() != null && fin.pick() < fin.questions().size(),
                fin.path() + ": pick " + fin.pick() + " must draw from a larger pool of " + fin.questions().size());
        assertTrue(fin.timeLimit() != null && !fin.timeLimit().isZero(), fin.path() + ": needs a time-limit");
    }

    @Test
    void seventyOrMoreQuestionsAndEveryTypeAtLeastThreeTimes() {
        List<Question> all = allQuestions();
        assertTrue(all.size() >= 70, "at least 70 questions, found " + all.size());
        Map<QuestionType, Integer> byType = new EnumMap<>(QuestionType.class);
        for (QuestionType t : QuestionType.values()) {
            byType.put(t, 0);
        }
        // Essays are graded by hand, and the module sets the two issue 15 asks for (see below), not three.
        byType.remove(QuestionType.ESSAY);
        all.forEach(q -> byType.computeIfPresent(q.type(), (t, n) -> n + 1));
        List<String> rare = byType.entrySet().stream().filter(e -> e.getValue() < 3)
                .map(e -> e.getKey().key + " used " + e.getValue() + " times").toList();
        assertEquals(List.of(), rare, "every question type at least three times");
    }

    @Test
    void everyExplanationCitesTheEssayOrMarksAddedContext() {
        List<String> bad = new ArrayList<>();
        for (Quiz quiz : set.quizzes()) {
            for (Question q : quiz.questions()) {
                String e = q.explanationHtml();
                if (e == null) {
                    bad.add(where(quiz, q) + ": no explanation");
                } else if (!CITATION.matcher(e).find() && !e.toLowerCase().contains("added context")) {
                    bad.add(where(quiz, q) + ": explanation neither cites [Pn] nor says \"added context\"");
                }
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void atLeastHalfTheQuestionsLinkToAnExistingLessonSection() {
        List<String> broken = new ArrayList<>();
        int withSee = 0;
        for (Quiz quiz : set.quizzes()) {
            for (Question q : quiz.questions()) {
                if (q.see() == null) {
                    continue;
                }
                withSee++;
                String[] parts = q.see().split("#", 2);
                boolean ok = set.lesson(parts[0]).map(l -> parts.length == 1 || l.hasSection(parts[1])).orElse(false);
                if (!ok) {
                    broken.add(where(quiz, q) + ": see=" + q.see() + " does not resolve");
                }
            }
        }
        int total = allQuestions().size();
        assertTrue(2 * withSee >= total, "at least half the questions need see=, found " + withSee + " of " + total);
        assertEquals(List.of(), broken);
    }

    /** attempts: 0 means unlimited, and with review: after-last-attempt an unlimited quiz never shows its review. */
    @Test
    void everyQuizSetsAPassMarkAndLimitsAttempts() throws IOException {
        Pattern passKey = Pattern.compile("(?m)^pass:\\s*\\d+\\s*$");
        List<String> bad = new ArrayList<>();
        for (Quiz q : set.quizzes()) {
            String text = Files.readString(Path.of(q.path())).replace("\r\n", "\n");
            String frontMatter = text.startsWith("---\n") ? text.substring(0, Math.max(0, text.indexOf("\n---", 3))) : "";
            if (!passKey.matcher(frontMatter).find() || q.pass() <= 0 || q.pass() > 100) {
                bad.add(q.path() + ": needs an explicit pass mark in 1..100 (has " + q.pass() + ")");
            }
            if (q.attempts() < 1) {
                bad.add(q.path() + ": attempts must be limited (has " + q.attempts() + ", 0 = unlimited)");
            }
        }
        assertEquals(List.of(), bad);
    }

    /** Issue 13: quizzes that measure learning, as the item-writing checks and the module's counts say. */
    @Test
    void lintStrictPassesOnTheModule() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int exit = new Linter().run(Path.of("lessons"), Path.of("quizzes"), true,
                new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(0, exit, () -> out.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void everyQuestionHasALevelAndAtLeastHalfAskMoreThanRecall() {
        List<String> unmarked = new ArrayList<>();
        for (Quiz quiz : set.quizzes()) {
            quiz.questions().stream().filter(q -> q.level() == null).forEach(q -> unmarked.add(where(quiz, q)));
        }
        assertEquals(List.of(), unmarked, "every question says its level=");
        List<Question> all = allQuestions();
        long above = all.stream().filter(q -> q.level() != null && q.level().aboveRecall()).count();
        assertTrue(2 * above >= all.size(), "at least half above recall, found " + above + " of " + all.size());
    }

    @Test
    void lessonQuizzesKeepEightQuestionsAndTheFinalDrawsTwelveFromThirty() {
        List<String> short_ = set.quizzes().stream().filter(q -> q.lesson() != null && q.questions().size() < 8)
                .map(q -> q.path() + ": " + q.questions().size() + " questions").toList();
        assertEquals(List.of(), short_, "every lesson quiz keeps at least 8 questions");
        Quiz fin = finals().stream().findFirst().orElseThrow();
        assertEquals(Integer.valueOf(12), fin.pick(), fin.path());
        assertTrue(fin.questions().size() >= 30, fin.path() + ": a pool of at least 30, found " + fin.questions().size());
    }

    /**
     * Issue 15: the critical-reading quiz asks for the reasoned verdict as an essay, and the module
     * ends with a graded essay assignment (one attempt); every essay has a rubric and a word range.
     */
    @Test
    void theVerdictAndAFinalEssayAreSetWithRubrics() {
        Quiz critical = set.quizzes().stream().filter(q -> "critical-reading".equals(q.lesson())).findFirst().orElseThrow();
        assertTrue(critical.questions().stream().anyMatch(q -> q.type() == QuestionType.ESSAY),
                critical.path() + ": the lesson's reasoned verdict is asked as an essay question");
        List<Quiz> assignments = set.quizzes().stream().filter(ShippedModuleTest::essayAssignment).toList();
        assertEquals(1, assignments.size(), "one essay assignment: " + assignments.stream().map(Quiz::path).toList());
        assertTrue(assignments.get(0).lesson() == null && assignments.get(0).attempts() == 1,
                assignments.get(0).path() + ": the module essay belongs to no lesson and allows one attempt");
        List<String> bad = new ArrayList<>();
        for (Quiz quiz : set.quizzes()) {
            quiz.questions().stream().filter(q -> q.type() == QuestionType.ESSAY)
                    .filter(q -> q.essay().rubric().isEmpty() || q.essay().minWords() == null)
                    .forEach(q -> bad.add(where(quiz, q) + ": an essay needs a rubric and words=MIN..MAX"));
        }
        assertEquals(List.of(), bad);
    }
}
