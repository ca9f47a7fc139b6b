package org.agora.content;

import static org.agora.content.TestSupport.assertHasProblem;
import static org.agora.content.TestSupport.assertOk;
import static org.agora.content.TestSupport.assertOnlyProblem;
import static org.agora.content.TestSupport.lineOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuizParserTest {

    private static final String PATH = "quizzes/china.md";
    private final QuizParser parser = new QuizParser();

    private static final String ONE_QUESTION = """
            ## Who?

            - ( ) Jiang Zemin
            - (x) Kofi Annan
            """;

    private ParseResult<Quiz> parse(String text) {
        return parser.parse(PATH, text);
    }

    private Quiz ok(String text) {
        return assertOk(parse(text));
    }

    private Question only(String text) {
        Quiz q = ok(text);
        assertEquals(1, q.questions().size());
        return q.questions().get(0);
    }

    // ------------------------------------------------------------------ the spec's example

    static final String SPEC_EXAMPLE = """
            ---
            title: Universality vs. cultural relativism
            lesson: universality-and-relativism
            pass: 70
            attempts: 3
            time-limit: 15m
            pick: 1
            shuffle: true
            review: after-submit
            ---

            Optional introduction, shown before the learner starts.

            ## Who argued that individual sovereignty can take precedence over state sovereignty? {#annan points=2 see=universality-and-relativism#after-the-cold-war}

            - ( ) Jiang Zemin
            - (x) Kofi Annan
              > Yes: as UN Secretary-General he argued that intervention across borders can answer abuses. [P3]
            - ( ) Jacques Chirac
              > Chirac signed the 1997 joint statement with Jiang; he is not the one quoted here.

            > [!TIP]
            > Think of the UN Secretary-General of the late 1990s.

            > The essay credits Kofi Annan with the idea of "individual sovereignty". [P3]
            """;

    @Test
    void parsesTheSpecExample() {
        Quiz quiz = ok(SPEC_EXAMPLE);
        assertEquals("china", quiz.id());
        assertEquals("Universality vs. cultural relativism", quiz.title());
        assertEquals("universality-and-relativism", quiz.lesson());
        assertEquals(70, quiz.pass());
        assertEquals(3, quiz.attempts());
        assertEquals(Duration.ofMinutes(15), quiz.timeLimit());
        assertEquals(1, quiz.pick());
        assertTrue(quiz.shuffle());
        assertEquals(ReviewRule.AFTER_SUBMIT, quiz.review());
        assertEquals("<p>Optional introduction, shown before the learner starts.</p>\n", quiz.introHtml());
        assertEquals(PATH, quiz.path());

        Question q = quiz.questions().get(0);
        assertEquals("annan", q.id());
        assertEquals(QuestionType.SINGLE, q.type());
        assertEquals(new BigDecimal("2"), q.points());
        assertEquals("universality-and-relativism#after-the-cold-war", q.see());
        assertEquals("Who argued that individual sovereignty can take precedence over state sovereignty?", q.titleText());
        assertEquals(lineOf(SPEC_EXAMPLE, "## Who argued"), q.line());
        assertEquals("", q.stemHtml());
        assertEquals(3, q.options().size());
        Option annan = q.options().get(1);
        assertEquals(1, annan.index());
        assertTrue(annan.correct());
        assertEquals("Kofi Annan", annan.html());
        assertTrue(annan.feedbackHtml().contains("Yes: as UN Secretary-General"), annan.feedbackHtml());
        assertTrue(annan.feedbackHtml().contains("<a class=\"cite\" href=\"/source#p3\">[P3]</a>"), annan.feedbackHtml());
        assertFalse(annan.feedbackHtml().contains("blockquote"), annan.feedbackHtml());
        assertNull(q.options().get(0).feedbackHtml());
        assertFalse(q.options().get(0).correct());
        assertEquals("<p>Think of the UN Secretary-General of the late 1990s.</p>\n", q.hintHtml());
        assertTrue(q.explanationHtml().startsWith("<p>The essay credits Kofi Annan"), q.explanationHtml());
        assertTrue(q.explanationHtml().contains("/source#p3"), q.explanationHtml());
        assertEquals(new BigDecimal("2"), quiz.maxScore());
    }

    @Test
    void contentHashIsSha256OfTheUtf8Bytes() throws Exception {
        String text = "---\ntitle: Ünïcode\n---\n" + ONE_QUESTION;
        String expected = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, ok(text).contentHash());
        assertFalse(ok(text).contentHash().equals(ok(text + "\n").contentHash()));
    }

    // ------------------------------------------------------------------ front matter

    @Test
    void defaultsWithoutFrontMatter() {
        Quiz quiz = ok(ONE_QUESTION);
        assertEquals("china", quiz.id());
        assertEquals("china", quiz.title(), "no title and no # heading: the id");
        assertNull(quiz.lesson());
        assertEquals(60, quiz.pass());
        assertEquals(0, quiz.attempts());
        assertNull(quiz.timeLimit());
        assertNull(quiz.pick());
        assertTrue(quiz.shuffle());
        assertEquals(ReviewRule.AFTER_SUBMIT, quiz.review());
        assertEquals("", quiz.introHtml());
        assertEquals(1, quiz.questionsPerAttempt());
    }

    @Test
    void titleFromFirstH1HeadingWhichIsNotInTheIntro() {
        Quiz quiz = ok("# China and *human rights*\n\nIntro text.\n\n" + ONE_QUESTION);
        assertEquals("China and human rights", quiz.title());
        assertEquals("<p>Intro text.</p>\n", quiz.introHtml());
    }

    @Test
    void frontMatterTitleWinsOverHeading() {
        Quiz quiz = ok("---\ntitle: From YAML\n---\n# From heading\n\n" + ONE_QUESTION);
        assertEquals("From YAML", quiz.title());
        assertEquals("", quiz.introHtml());
    }

    @Test
    void explicitIdAndOtherValues() {
        Quiz quiz = ok("---\nid: my-quiz-2\nshuffle: false\nreview: never\npass: 0\nattempts: 0\ntime-limit: 90s\n---\n"
                + ONE_QUESTION);
        assertEquals("my-quiz-2", quiz.id());
        assertFalse(quiz.shuffle());
        assertEquals(ReviewRule.NEVER, quiz.review());
        assertEquals(0, quiz.pass());
        assertEquals(Duration.ofSeconds(90), quiz.timeLimit());
        assertEquals(ReviewRule.AFTER_LAST_ATTEMPT,
                ok("---\nreview: after-last-attempt\n---\n" + ONE_QUESTION).review());
        assertEquals(ReviewRule.AFTER_CLOSE, ok("---\nreview: after-close\n---\n" + ONE_QUESTION).review());
        assertEquals(ReviewRule.AFTER_CLOSE, ok("---\nreview: After-Close\n---\n" + ONE_QUESTION).review());
        assertEquals(Duration.ofHours(1), ok("---\ntime-limit: 1h\n---\n" + ONE_QUESTION).timeLimit());
        assertEquals(Duration.ofMinutes(90), ok("---\ntime-limit: 1h30m\n---\n" + ONE_QUESTION).timeLimit());
        assertEquals(100, ok("---\npass: 100\n---\n" + ONE_QUESTION).pass());
    }

    @Test
    void unknownKeyIsAnErrorWithASuggestion() {
        String text = "---\ntitle: T\natempts: 3\n---\n" + ONE_QUESTION;
        Problem p = assertOnlyProblem(parse(text), 3, "unknown front-matter key `atempts`");
        assertTrue(p.message().contains("did you mean `attempts`?"), p.message());
        assertEquals("quizzes/china.md:3: " + p.message(), p.toString());
    }

    @Test
    void passOutOfRange() {
        assertOnlyProblem(parse("---\npass: 170\n---\n" + ONE_QUESTION), 2, "`pass` must be a whole percent from 0 to 100, not `170`");
        assertOnlyProblem(parse("---\npass: -1\n---\n" + ONE_QUESTION), 2, "`pass` must be");
        assertOnlyProblem(parse("---\npass: 62.5\n---\n" + ONE_QUESTION), 2, "`pass` must be");
        assertOnlyProblem(parse("---\npass: lots\n---\n" + ONE_QUESTION), 2, "`pass` must be");
    }

    @Test
    void negativeAttempts() {
        assertOnlyProblem(parse("---\ntitle: x\nattempts: -2\n---\n" + ONE_QUESTION), 3,
                "`attempts` must be a whole number, 0 or more");
    }

    @ParameterizedTest
    @ValueSource(strings = {"15", "15 minutes", "0m", "1d", "m", "1:30"})
    void badTimeLimit(String value) {
        assertOnlyProblem(parse("---\ntime-limit: " + value + "\n---\n" + ONE_QUESTION), 2,
                "`time-limit` must look like 90s, 15m or 1h");
    }

    @Test
    void badPick() {
        assertOnlyProblem(parse("---\npick: 0\n---\n" + ONE_QUESTION), 2, "`pick` must be a positive whole number");
        assertOnlyProblem(parse("---\npick: two\n---\n" + ONE_QUESTION), 2, "`pick` must be a positive whole number");
        assertOnlyProblem(parse("---\ntitle: t\npick: 2\n---\n" + ONE_QUESTION), 3,
                "`pick` is 2 but the quiz has only 1 question");
    }

    @Test
    void pickAndMaxScore() {
        String text = "---\npick: 2\n---\n"
                + "## A {points=1}\n- (x) a\n- ( ) b\n"
                + "## B {points=3}\n- (x) a\n- ( ) b\n"
                + "## C {points=2}\n- (x) a\n- ( ) b\n";
        Quiz quiz = ok(text);
        assertEquals(2, quiz.questionsPerAttempt());
        assertEquals(new BigDecimal("5"), quiz.maxScore());
    }

    @Test
    void shuffleMustBeBoolean() {
        assertOnlyProblem(parse("---\nshuffle: maybe\n---\n" + ONE_QUESTION), 2, "`shuffle` must be true or false, not `maybe`");
        assertFalse(ok("---\nshuffle: no\n---\n" + ONE_QUESTION).shuffle());
    }

    @Test
    void unknownReview() {
        assertOnlyProblem(parse("---\nreview: always\n---\n" + ONE_QUESTION), 2,
                "`review` must be after-submit, after-last-attempt, after-close or never, not `always`");
    }

    @Test
    void badIds() {
        assertOnlyProblem(parse("---\nid: China_Quiz\n---\n" + ONE_QUESTION), 2,
                "`id` must be lower-case letters, digits and hyphens ([a-z0-9-]+), not `China_Quiz`");
        assertOnlyProblem(parse("---\n\nlesson: Not An Id\n---\n" + ONE_QUESTION), 3, "`lesson` must be lower-case");
        assertOnlyProblem(parser.parse("quizzes/!!!.md", ONE_QUESTION), 1, "the file name gives no usable quiz id");
    }

    @Test
    void emptyValueIsAnError() {
        assertOnlyProblem(parse("---\ntitle:\n---\n" + ONE_QUESTION), 2, "`title` needs a text value");
    }

    @Test
    void duplicateKey() {
        assertOnlyProblem(parse("---\npass: 50\npass: 60\n---\n" + ONE_QUESTION), 3, "duplicate front-matter key `pass` (first on line 2)");
    }

    @Test
    void malformedYamlIsOneProblemAtItsLine() {
        String text = "---\ntitle: ok\npass: [70\nattempts: 2\n---\n" + ONE_QUESTION;
        Problem p = assertOnlyProblem(parse(text), 3, "the front matter is not valid YAML");
        assertTrue(p.message().contains("expected ',' or ']'"), p.message());
        assertOnlyProblem(parse("---\ntitle: ok\n\tpass: 3\n---\n" + ONE_QUESTION), 3, "(Do not use \\t(TAB) for indentation)");

        Problem colon = assertOnlyProblem(parse("---\ntitle: a: b\n---\n" + ONE_QUESTION), 2, "not valid YAML");
        assertTrue(colon.message().contains("mapping values are not allowed"), colon.message());
    }

    @Test
    void frontMatterThatIsNotAMapping() {
        assertOnlyProblem(parse("---\n- a\n- b\n---\n" + ONE_QUESTION), 2, "the front matter must be `key: value` lines");
    }

    @Test
    void unclosedFrontMatter() {
        ParseResult<Quiz> r = parse("---\ntitle: x\n\n" + ONE_QUESTION);
        assertHasProblem(r.problems(), 1, "never closed");
    }

    @Test
    void everyProblemOfTheFileIsReported() {
        String text = """
                ---
                atempts: 3
                pass: 170
                ---
                ## No answers here

                Just text.

                ## Two right {points=0}

                - (x) a
                - (x) b
                """;
        ParseResult<Quiz> r = parse(text);
        assertEquals(5, r.problems().size(), TestSupport.describe(r.problems()));
        assertHasProblem(r.problems(), 2, "unknown front-matter key `atempts`");
        assertHasProblem(r.problems(), 3, "`pass` must be");
        assertHasProblem(r.problems(), 5, "has no answer block");
        assertHasProblem(r.problems(), 9, "points must be a positive number");
        assertHasProblem(r.problems(), 12, "a second option marked `(x)`");
        // sorted by line
        List<Integer> lines = r.problems().stream().map(Problem::line).toList();
        assertEquals(List.of(2, 3, 5, 9, 12), lines);
    }

    @Test
    void bomAndCrlfAreAccepted() {
        String text = "\uFEFF---\r\ntitle: Windows\r\n---\r\n## Q\r\n\r\n- (x) a\r\n- ( ) b\r\n";
        Quiz q = ok(text);
        assertEquals("Windows", q.title());
        assertEquals(4, q.questions().get(0).line());
    }

    // ------------------------------------------------------------------ heading attributes

    @Test
    void defaultQuestionIdIsASlugOfTheTitle() {
        Question q = only("## Who argued *that*, in 1997?\n\n- (x) a\n- ( ) b\n");
        assertEquals("who-argued-that-in-1997", q.id());
        assertEquals("Who argued <em>that</em>, in 1997?", q.titleHtml());
        assertEquals(BigDecimal.ONE, q.points());
        assertFalse(q.exact());
        assertNull(q.see());
    }

    @Test
    void emptySlugFallsBackToQNumber() {
        Quiz quiz = ok("## First\n- (x) a\n- ( ) b\n## ???\n- (x) a\n- ( ) b\n");
        assertEquals("q2", quiz.questions().get(1).id());
    }

    @Test
    void bracesThatAreNotAttributesStayInTheTitle() {
        Question q = only("## The set {1, 2}\n- (x) a\n- ( ) b\n");
        assertEquals("The set {1, 2}", q.titleText());
    }

    @Test
    void unknownAttribute() {
        String text = "## Q {#q poinst=2}\n- (x) a\n- ( ) b\n";
        assertOnlyProblem(parse(text), 1, "unknown heading attribute `poinst=2`");
        assertOnlyProblem(parse("## Q {#q .red}\n- (x) a\n- ( ) b\n"), 1, "unknown heading attribute `.red`");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "1.255", "abc", "0.00"})
    void badPoints(String points) {
        assertOnlyProblem(parse("\n## Q {points=" + points + "}\n- (x) a\n- ( ) b\n"), 2,
                "points must be a positive number with at most two decimals");
    }

    @Test
    void decimalPoints() {
        assertEquals(new BigDecimal("0.25"), only("## Q {points=0.25}\n- (x) a\n- ( ) b\n").points());
        assertEquals(new BigDecimal("1.5"), only("## Q {points=1.5}\n- (x) a\n- ( ) b\n").points());
    }

    @Test
    void badQuestionId() {
        assertOnlyProblem(parse("## Q {#Big_Id}\n- (x) a\n- ( ) b\n"), 1, "question id `#Big_Id` must be lower-case");
    }

    @Test
    void scoringOnlyWhereItApplies() {
        assertOnlyProblem(parse("## Q {scoring=exact}\n- (x) a\n- ( ) b\n"), 1,
                "scoring=exact applies only to multiple-answer, ordering and matching questions, not to a single-choice question");
        assertOnlyProblem(parse("## Q {scoring=partial}\n= x\n"), 1, "not to a short-answer question");
        assertOnlyProblem(parse("## Q {scoring=half}\n- [x] a\n- [ ] b\n"), 1, "scoring must be `partial` or `exact`");
        assertTrue(only("## Q {scoring=exact}\n- [x] a\n- [ ] b\n").exact());
        assertFalse(only("## Q {scoring=partial}\n- [x] a\n- [ ] b\n").exact());
    }

    @Test
    void caseSensitiveOnlyOnShortAnswers() {
        assertOnlyProblem(parse("## Q {case=sensitive}\n- (x) a\n- ( ) b\n"), 1,
                "case=sensitive applies only to short-answer questions, not to a single-choice question");
        assertOnlyProblem(parse("## Q {case=sensitive}\n= 12\n"), 1, "not to a numeric question");
        assertTrue(only("## Q {case=sensitive}\n= Kofi\n").caseSensitive());
        assertFalse(only("## Q\n= Kofi\n").caseSensitive());
    }

    @Test
    void attributeGivenTwice() {
        assertOnlyProblem(parse("## Q {points=1 points=2}\n- (x) a\n- ( ) b\n"), 1, "heading attribute `points` is given twice");
    }

    @Test
    void duplicateQuestionIds() {
        String text = "## Q {#same}\n- (x) a\n- ( ) b\n\n## Other {#same}\n- (x) a\n- ( ) b\n";
        assertOnlyProblem(parse(text), 5, "duplicate question id `same` (first used on line 1)");
        String slugs = "## Who?\n- (x) a\n- ( ) b\n\n## Who?\n- (x) a\n- ( ) b\n";
        assertOnlyProblem(parse(slugs), 5, "duplicate question id `who`");
    }

    @Test
    void seeForms() {
        assertEquals("lesson-1", only("## Q {see=lesson-1}\n- (x) a\n- ( ) b\n").see());
        Quiz q = ok("---\nlesson: intro\n---\n## Q {see=#basics}\n- (x) a\n- ( ) b\n");
        assertEquals("intro#basics", q.questions().get(0).see());
        assertOnlyProblem(parse("## Q {see=#basics}\n- (x) a\n- ( ) b\n"), 1, "the quiz has no `lesson:`");
        assertOnlyProblem(parse("## Q {see=Bad#x}\n- (x) a\n- ( ) b\n"), 1, "see= must be `lesson-id` or `lesson-id#section-id`");
    }

    // ------------------------------------------------------------------ answer blocks

    @Test
    void noAnswerBlock() {
        String text = "Intro.\n\n## What is this?\n\nJust a stem.\n\n- a plain list\n- without markers\n";
        assertOnlyProblem(parse(text), 3, "has no answer block");
    }

    @Test
    void numberedListOfOptions() {
        assertOnlyProblem(parse("## Q\n\n1. (x) a\n2. ( ) b\n"), 3, "options must be a bullet list");
    }

    @Test
    void noSuggestionForVeryDifferentKeys() {
        Problem p = assertOnlyProblem(parse("---\nx: 1\n---\n" + ONE_QUESTION), 2, "unknown front-matter key `x`");
        assertFalse(p.message().contains("did you mean"), p.message());
        assertTrue(p.message().contains("quiz keys: attempts, id, lang, lesson, pass, pick, review, shuffle, time-limit, title"),
                p.message());
    }

    @Test
    void stemIsEverythingBeforeTheBlock() {
        String text = """
                ## Q

                Read this **carefully**.

                > A quoted passage. [P4]

                ```
                code = 1
                ```

                - a plain list in the stem

                - (x) right
                - ( ) wrong
                """;
        Question q = only(text);
        assertTrue(q.stemHtml().contains("<strong>carefully</strong>"), q.stemHtml());
        assertTrue(q.stemHtml().contains("<blockquote>"), q.stemHtml());
        assertTrue(q.stemHtml().contains("/source#p4"), q.stemHtml());
        assertTrue(q.stemHtml().contains("<code>code = 1"), q.stemHtml());
        assertTrue(q.stemHtml().contains("<li>a plain list in the stem</li>"), q.stemHtml());
        assertEquals(2, q.options().size());
        assertNull(q.hintHtml());
        assertNull(q.explanationHtml());
    }

    @Test
    void singleChoiceNeedsExactlyOneX() {
        String none = "## Q\n\n- ( ) a\n- ( ) b\n";
        assertOnlyProblem(parse(none), 3, "no option is marked `(x)`");
        String two = "## Q\n\n- (x) a\n- ( ) b\n- (x) c\n";
        assertOnlyProblem(parse(two), 5, "a second option marked `(x)` (the first is on line 3)");
        assertOnlyProblem(parse("## Q\n\n- (x) alone\n"), 3, "a single-choice question needs at least two options");
    }

    @Test
    void markerVariants() {
        Question q = only("## Q\n- (X) upper\n- () empty parens\n");
        assertTrue(q.options().get(0).correct());
        assertEquals("empty parens", q.options().get(1).text());
        Question m = only("## Q\n- [X] upper\n- [] empty\n- [ ] spaced\n");
        assertEquals(QuestionType.MULTIPLE, m.type());
        assertEquals(3, m.options().size());
        Question star = only("## Q\n* (x) star\n* ( ) bullets\n");
        assertEquals(2, star.options().size());
        // a change of bullet character starts a new list in Markdown
        assertOnlyProblem(parse("## Q\n- [x] a\n- [ ] b\n* [ ] c\n"), 4, "a second list of options");
    }

    @Test
    void optionMarkdownAndMultiLineOption() {
        Question q = only("## Q\n- (x) **Kofi** Annan [P3]\n  continued\n- ( ) `code` 1. not a list\n");
        assertEquals("<strong>Kofi</strong> Annan <a class=\"cite\" href=\"/source#p3\">[P3]</a>\ncontinued",
                q.options().get(0).html());
        assertEquals("Kofi Annan [P3] continued", q.options().get(0).text());
        assertEquals("<code>code</code> 1. not a list", q.options().get(1).html());
    }

    @Test
    void stemListJustBeforeTheOptionsWithoutBlankLineIsOneBlock() {
        // without a blank line the items are one list, so the unmarked item needs a marker
        assertOnlyProblem(parse("## Q\n- plain\n- (x) a\n- ( ) b\n"), 2, "list item without an answer marker");
    }

    @Test
    void emptyOptionText() {
        assertOnlyProblem(parse("## Q\n- (x)\n- ( ) b\n"), 2, "an option needs a text after its marker");
    }

    @Test
    void trueFalse() {
        Question q = only("## The essay was written in 1999.\n\n- ( ) true\n- (x) FALSE\n");
        assertEquals(QuestionType.TRUEFALSE, q.type());
        assertTrue(q.options().get(1).correct());
        // anything else stays single choice
        assertEquals(QuestionType.SINGLE, only("## Q\n- (x) True\n- ( ) False\n- ( ) Unknown\n").type());
        assertEquals(QuestionType.SINGLE, only("## Q\n- (x) Yes\n- ( ) No\n").type());
        // [x] True / [ ] False is a multiple-answer question, not true/false
        assertEquals(QuestionType.MULTIPLE, only("## Q\n- [x] True\n- [ ] False\n").type());
    }

    @Test
    void multipleAnswer() {
        Question q = only("## Q\n- [x] a\n- [ ] b\n- [x] c\n");
        assertEquals(QuestionType.MULTIPLE, q.type());
        assertEquals(List.of(true, false, true), q.options().stream().map(Option::correct).toList());
        assertOnlyProblem(parse("## Q\n\n- [ ] a\n- [ ] b\n"), 3, "no option is marked `[x]`");
        assertOnlyProblem(parse("## Q\n\n- [x] a\n"), 3, "a multiple-answer question needs at least two options");
    }

    @Test
    void ordering() {
        Question q = only("## Order\n- (2) second\n- (1) first\n- (3) third\n");
        assertEquals(QuestionType.ORDER, q.type());
        assertEquals(List.of(2, 1, 3), q.options().stream().map(Option::position).toList());
        assertEquals(List.of(0, 1, 2), q.options().stream().map(Option::index).toList());
        assertEquals("second", q.options().get(0).text());
    }

    @Test
    void orderingWithRepeatedPosition() {
        String text = "## Order\n\n- (1) a\n- (2) b\n- (2) c\n";
        ParseResult<Quiz> r = parse(text);
        assertEquals(2, r.problems().size(), TestSupport.describe(r.problems()));
        assertHasProblem(r.problems(), 5, "position (2) is repeated (first on line 4)");
        assertHasProblem(r.problems(), 3, "position (3) is missing");
    }

    @Test
    void orderingWithPositionOutOfRange() {
        ParseResult<Quiz> r = parse("## Order\n\n- (1) a\n- (4) b\n");
        assertEquals(2, r.problems().size(), TestSupport.describe(r.problems()));
        assertHasProblem(r.problems(), 4, "position (4) is out of range");
        assertHasProblem(r.problems(), 3, "position (2) is missing");
    }

    @Test
    void matching() {
        String text = """
                ## Match the people

                - Kofi Annan -> UN
                - **Jiang Zemin** -> China
                - Ban Ki-moon -> UN
                - -> France
                - -> China
                """;
        Question q = only(text);
        assertEquals(QuestionType.MATCH, q.type());
        assertEquals(3, q.pairs().size());
        assertEquals(List.of("UN", "China", "France"), q.rights(), "partners then distractors, each text once");
        MatchPair jiang = q.pairs().get(1);
        assertEquals(1, jiang.index());
        assertEquals("<strong>Jiang Zemin</strong>", jiang.leftHtml());
        assertEquals("Jiang Zemin", jiang.leftText());
        assertEquals(1, jiang.rightIndex());
        assertEquals(0, q.pairs().get(2).rightIndex());
        assertTrue(q.options().isEmpty());
    }

    @Test
    void matchingArrowVariantsAndEscapes() {
        Question q = only("## M\n+ input \\-> output → result\n+ b → 2\n+ → 3\n");
        assertEquals(2, q.pairs().size());
        assertEquals("input -> output", q.pairs().get(0).leftText());
        assertEquals(List.of("result", "2", "3"), q.rights());
    }

    @Test
    void matchingNeedsTwoPairs() {
        assertOnlyProblem(parse("## M\n\n- a -> b\n- -> c\n"), 3, "at least two `left -> right` pairs");
    }

    @Test
    void matchingRepeatedLeftItem() {
        assertOnlyProblem(parse("## M\n- a -> b\n- a -> c\n"), 3, "left-hand item \"a\" is repeated (first on line 2)");
    }

    @Test
    void mixedMarkersInOneBlock() {
        String text = "## Q\n\n- (x) a\n- [ ] b\n";
        assertOnlyProblem(parse(text), 4, "mixed markers in one answer block: `[ ]`/`[x]` (multiple answer) after `( )`/`(x)` (single choice)");
        assertOnlyProblem(parse("## Q\n- (1) a\n- left -> right\n"), 3, "mixed markers");
    }

    @Test
    void itemWithoutMarkerInAnAnswerBlock() {
        assertOnlyProblem(parse("## Q\n- (x) a\n- b\n"), 3, "list item without an answer marker");
    }

    @Test
    void listAndAnswerLinesMixed() {
        assertOnlyProblem(parse("## Q\n- (x) a\n- ( ) b\n\n= c\n"), 5,
                "mixed markers: a list of options and `= answer` lines");
    }

    @Test
    void secondListOfOptions() {
        ParseResult<Quiz> both = parse("## Q\n- (x) a\n- ( ) b\n\nText\n\n- (x) c\n- ( ) d\n");
        assertEquals(2, both.problems().size(), TestSupport.describe(both.problems()));
        assertHasProblem(both.problems(), 5, "unexpected text after the answer block");
        assertHasProblem(both.problems(), 7, "a second list of options");
        ParseResult<Quiz> r = parse("## Q\n- (x) a\n- ( ) b\n\n<!-- -->\n\n- (x) c\n- ( ) d\n");
        assertHasProblem(r.problems(), 7, "a second list of options");
    }

    @Test
    void strayContentAfterTheBlock() {
        String text = "## Q\n\n- (x) a\n- ( ) b\n\n> Explanation.\n\nA stray paragraph.\n";
        assertOnlyProblem(parse(text), 8, "unexpected text after the answer block");
        assertOnlyProblem(parse("## Q\n- (x) a\n- ( ) b\n\n```\ncode\n```\n"), 5, "unexpected code block after the answer block");
    }

    @Test
    void separatorsAndCommentsAfterTheBlockAreIgnored() {
        Question q = only("## Q\n- (x) a\n- ( ) b\n\n<!-- author note -->\n\n***\n");
        assertNull(q.explanationHtml());
    }

    @Test
    void contentUnderAnOption() {
        assertOnlyProblem(parse("## Q\n- (x) a\n\n  second paragraph\n- ( ) b\n"), 4, "unexpected text under an option");
        assertOnlyProblem(parse("## Q\n- a -> b\n  > feedback\n- c -> d\n"), 3, "feedback under a matching pair is not supported");
    }

    @Test
    void optionFeedbackMayBeAnAlert() {
        Question q = only("## Q\n- (x) a\n  > [!NOTE]\n  > Well done.\n- ( ) b\n");
        assertTrue(q.options().get(0).feedbackHtml().contains("callout-note"), q.options().get(0).feedbackHtml());
    }

    @Test
    void hintAndSeveralExplanations() {
        String text = "## Q\n- (x) a\n- ( ) b\n\n> [!TIP]\n> A hint [P2].\n\n> First part.\n\n> Second part.\n";
        Question q = only(text);
        assertEquals("<p>A hint <a class=\"cite\" href=\"/source#p2\">[P2]</a>.</p>\n", q.hintHtml());
        assertTrue(q.explanationHtml().contains("First part.") && q.explanationHtml().contains("Second part."),
                q.explanationHtml());
        assertFalse(q.explanationHtml().contains("blockquote"));
    }

    @Test
    void alertExplanationIsRenderedAsCallout() {
        Question q = only("## Q\n- (x) a\n- ( ) b\n\n> [!IMPORTANT]\n> Remember this.\n");
        assertNull(q.hintHtml());
        assertTrue(q.explanationHtml().contains("callout-important"), q.explanationHtml());
    }

    // ------------------------------------------------------------------ short and numeric answers

    @Test
    void shortAnswer() {
        String text = "## Who?\n\nName him.\n\n= Kofi Annan\n=   “Annan”  \n= /k(ofi)?\\s*annan/i\n";
        Question q = only(text);
        assertEquals(QuestionType.SHORT, q.type());
        assertEquals("<p>Name him.</p>\n", q.stemHtml());
        assertEquals(3, q.accepted().size());
        Accepted.Text t = assertInstanceOf(Accepted.Text.class, q.accepted().get(1));
        assertEquals("“Annan”", t.display());
        assertEquals("\"Annan\"", t.normalized());
        Accepted.Regex r = assertInstanceOf(Accepted.Regex.class, q.accepted().get(2));
        assertEquals("/k(ofi)?\\s*annan/i", r.display());
    }

    @Test
    void answerLinesRightAfterTheStemLine() {
        Question q = only("## Q\nWhat year?\n= 1997\n> The year of the joint statement.\n");
        assertEquals("<p>What year?</p>\n", q.stemHtml());
        assertEquals(QuestionType.NUMERIC, q.type());
        assertTrue(q.explanationHtml().contains("joint statement"));
    }

    @Test
    void equalsLinesInsideCodeAreNotAnswers() {
        Question q = only("## Q\n\n```\n= not an answer\n```\n\n= 42\n");
        assertEquals(1, q.accepted().size());
        assertTrue(q.stemHtml().contains("= not an answer"), q.stemHtml());
    }

    @Test
    void answerLineBeforeAnyQuestion() {
        assertOnlyProblem(parse("Intro\n\n= 12\n\n" + ONE_QUESTION), 3, "before the first `## ` question");
    }

    @Test
    void invalidRegex() {
        assertOnlyProblem(parse("## Q\n\n= /kofi(/i\n"), 3, "invalid regex in `= /kofi(/i`");
        assertOnlyProblem(parse("## Q\n\n= /kofi/g\n"), 3, "unknown regex flag `g`");
    }

    @Test
    void regexSyntaxWithoutALinearTimeMatchIsAnErrorAtItsLine() {
        Problem lookahead = assertOnlyProblem(parse("## Q\n\n= Kofi\n= /(?=k)kofi/i\n"), 4,
                "unsupported regex syntax in `= /(?=k)kofi/i`");
        assertTrue(lookahead.message().contains("lookahead or lookbehind"), lookahead.message());
        Problem backreference = assertOnlyProblem(parse("## Q\n= /(an)\\1/\n"), 2, "unsupported regex syntax");
        assertTrue(backreference.message().contains("no backreferences (`\\1`)"), backreference.message());
        assertOnlyProblem(parse("## Q\n= /(?<!x)an/\n"), 2, "unsupported regex syntax");
        assertOnlyProblem(parse("## Q\n= /a*+n/\n"), 2, "unsupported regex syntax");
    }

    @Test
    void regexTooLargeOnceExpandedIsAnErrorNotAnOutOfMemory() {
        assertOnlyProblem(parse("## Q\n= /((a{1000}){1000}){1000}/\n"), 2, "is too large once its repetitions");
        assertOnlyProblem(parse("## Q\n= /(x{100}){100}/\n"), 2, "is too large once its repetitions");
        assertOnlyProblem(parse("## Q\n\n= /" + "(".repeat(20000) + "a" + ")".repeat(20000) + "/\n"), 3,
                "nests its groups too deeply");
        only("## Q\n= /\\d{4}-\\d{2}-\\d{2}/\n= /[a-z]{2,50} [a-z]{2,50}/\n");
    }

    @Test
    void numeric() {
        Question q = only("## Q\n= 3,14 +- 0.01\n= 1995..1998\n= -2\n= 2.5 ± 0,5\n");
        assertEquals(QuestionType.NUMERIC, q.type());
        Accepted.Tolerance t = assertInstanceOf(Accepted.Tolerance.class, q.accepted().get(0));
        assertEquals(0, t.value().compareTo(new BigDecimal("3.14")));
        assertEquals(0, t.tolerance().compareTo(new BigDecimal("0.01")));
        Accepted.Range r = assertInstanceOf(Accepted.Range.class, q.accepted().get(1));
        assertEquals(0, r.low().compareTo(new BigDecimal("1995")));
        assertEquals(0, r.high().compareTo(new BigDecimal("1998")));
        Accepted.Exact e = assertInstanceOf(Accepted.Exact.class, q.accepted().get(2));
        assertEquals(0, e.value().compareTo(new BigDecimal("-2")));
        assertInstanceOf(Accepted.Tolerance.class, q.accepted().get(3));
    }

    @Test
    void numericIsDecidedByTheFirstLine() {
        String text = "## Q\n\n= 1997\n= nineteen ninety-seven\n";
        assertOnlyProblem(parse(text), 4, "`= nineteen ninety-seven` is not a number");
        // text first: a short answer, where a later number is just text
        Question q = only("## Q\n= nineteen ninety-seven\n= 1997\n");
        assertEquals(QuestionType.SHORT, q.type());
    }

    @Test
    void reversedRange() {
        assertOnlyProblem(parse("## Q\n\n= 1998..1995\n"), 3, "has its low end after its high end");
    }

    @Test
    void stemAndAnswerLinesTogetherWithFollowingQuestion() {
        Quiz quiz = ok("## A\n= 1\n## B\n- (x) a\n- ( ) b\n");
        assertEquals(2, quiz.questions().size());
        assertEquals(QuestionType.NUMERIC, quiz.questions().get(0).type());
        assertEquals(3, quiz.questions().get(1).line());
    }

    @Test
    void quizWithoutQuestions() {
        assertOnlyProblem(parse("---\ntitle: Empty\n---\nJust an intro.\n"), 1, "the quiz has no questions");
    }

    @Test
    void citationOutOfRangeInAQuiz() {
        String text = "## Q\n\nStem citing [P10].\n\n- (x) a\n- ( ) b [P0]\n";
        ParseResult<Quiz> r = parse(text);
        assertEquals(2, r.problems().size(), TestSupport.describe(r.problems()));
        assertHasProblem(r.problems(), 3, "citation [P10] names no paragraph of the essay (P1 to P9)");
        assertHasProblem(r.problems(), 6, "citation [P0]");
    }

    @Test
    void allSevenTypes() {
        String text = """
                ## S
                - (x) a
                - ( ) b
                ## M
                - [x] a
                - [ ] b
                ## T
                - (x) True
                - ( ) False
                ## Sh
                = word
                ## N
                = 7
                ## O
                - (1) a
                - (2) b
                ## Ma
                - a -> 1
                - b -> 2
                """;
        List<QuestionType> types = ok(text).questions().stream().map(Question::type).toList();
        assertEquals(List.of(QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.TRUEFALSE, QuestionType.SHORT,
                QuestionType.NUMERIC, QuestionType.ORDER, QuestionType.MATCH), types);
        assertEquals(List.of(1, 4, 7, 10, 12, 14, 17), ok(text).questions().stream().map(Question::line).toList());
    }
}
