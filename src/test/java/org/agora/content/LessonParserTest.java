package org.agora.content;

import static org.agora.content.TestSupport.assertHasProblem;
import static org.agora.content.TestSupport.assertOk;
import static org.agora.content.TestSupport.assertOnlyProblem;
import static org.agora.content.TestSupport.lineOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LessonParserTest {

    private static final String PATH = "lessons/02-universality.md";
    private final LessonParser parser = new LessonParser();

    private ParseResult<Lesson> parse(String text) {
        return parser.parse(PATH, text);
    }

    private Lesson ok(String text) {
        return assertOk(parse(text));
    }

    static final String SPEC_EXAMPLE = """
            ---
            title: Universality and cultural relativism
            order: 2
            minutes: 15
            objectives:
              - Explain what "universality of human rights" means and where the idea comes from.
              - State the cultural-relativist objection in its strongest form.
            sources: [P3, P8]
            quiz: universality-vs-relativism
            ---

            ## After the Cold War {#after-the-cold-war}

            Text in Markdown. Cite the essay as [P3]. Key terms as **bold** on first use.

            > [!NOTE]
            > Context that the essay does not give, clearly marked as added context.
            """;

    @Test
    void parsesTheSpecExample() {
        Lesson l = ok(SPEC_EXAMPLE);
        assertEquals("universality", l.id(), "file name without .md and without the 02- prefix");
        assertEquals("Universality and cultural relativism", l.title());
        assertEquals(2, l.order());
        assertEquals(15, l.minutes());
        assertEquals(List.of("Explain what \"universality of human rights\" means and where the idea comes from.",
                "State the cultural-relativist objection in its strongest form."), l.objectives());
        assertEquals(List.of("P3", "P8"), l.sources());
        assertEquals("universality-vs-relativism", l.quiz());
        assertEquals(List.of(new Section("after-the-cold-war", "After the Cold War")), l.sections());
        assertEquals(PATH, l.path());
        assertTrue(l.html().contains("<h2 id=\"after-the-cold-war\">After the Cold War</h2>"), l.html());
        assertFalse(l.html().contains("{#"), l.html());
        assertTrue(l.html().contains("<a class=\"cite\" href=\"/source#p3\">[P3]</a>"), l.html());
        assertTrue(l.html().contains("<aside class=\"callout callout-note\" role=\"note\">"), l.html());
    }

    @Test
    void defaults() {
        Lesson l = ok("# The title\n\nSome words here.\n\n## First part\n\nMore.\n");
        assertEquals("universality", l.id());
        assertEquals("The title", l.title());
        assertEquals(0, l.order(), "without a position from the loader");
        assertEquals(7, parser.parse(PATH, "Text", 7).value().order());
        assertEquals(1, l.minutes());
        assertEquals(List.of(), l.objectives());
        assertEquals(List.of(), l.sources());
        assertNull(l.quiz());
        assertFalse(l.html().contains("The title"), "the # title heading is not part of html: " + l.html());
        assertTrue(l.html().contains("<h2 id=\"first-part\">First part</h2>"), l.html());
        assertEquals("universality", ok("No heading, no front matter.").title());
    }

    @Test
    void minutesFromTheWordCount() {
        String words200 = "word ".repeat(200);
        assertEquals(1, ok(words200).minutes());
        assertEquals(2, ok(words200 + "one more").minutes());
        assertEquals(3, ok("word ".repeat(401)).minutes());
        assertEquals(1, ok("").minutes(), "at least 1");
    }

    @Test
    void explicitIdAndSingleValues() {
        Lesson l = ok("---\nid: my-lesson\nobjectives: Just one objective\nsources: P9\n---\nText\n");
        assertEquals("my-lesson", l.id());
        assertEquals(List.of("Just one objective"), l.objectives());
        assertEquals(List.of("P9"), l.sources());
    }

    @Test
    void unknownKey() {
        assertOnlyProblem(parse("---\ntitle: T\nminuts: 5\n---\nText\n"), 3, "unknown front-matter key `minuts` (did you mean `minutes`?)");
        Problem p = assertOnlyProblem(parse("---\nauthor: me\n---\nText\n"), 2, "unknown front-matter key `author`");
        assertTrue(p.message().contains("lesson keys: id, kind, lang, minutes, objectives, order, quiz, sources, title"), p.message());
    }

    @Test
    void badValues() {
        assertOnlyProblem(parse("---\norder: 0\n---\nText\n"), 2, "`order` must be a positive whole number, not `0`");
        assertOnlyProblem(parse("---\norder: first\n---\nText\n"), 2, "`order` must be a positive whole number");
        assertOnlyProblem(parse("---\nminutes: -5\n---\nText\n"), 2, "`minutes` must be a positive whole number of minutes");
        assertOnlyProblem(parse("---\nminutes: 2.5\n---\nText\n"), 2, "`minutes` must be");
        assertOnlyProblem(parse("---\nquiz: Quiz One\n---\nText\n"), 2, "`quiz` must be lower-case");
        assertOnlyProblem(parse("---\nobjectives:\n  a: b\n---\nText\n"), 2, "`objectives` must be a list");
        assertOnlyProblem(parse("---\nobjectives:\n  - fine\n  - [nested]\n---\nText\n"), 4,
                "each item of `objectives` must be a text");
    }

    @Test
    void badSources() {
        ParseResult<Lesson> r = parse("---\nsources:\n  - P3\n  - P12\n  - chapter 2\n---\nText\n");
        assertEquals(2, r.problems().size(), TestSupport.describe(r.problems()));
        assertHasProblem(r.problems(), 4, "`sources`: P12 names no paragraph of the essay (P1 to P9)");
        assertHasProblem(r.problems(), 5, "`sources` items name paragraphs of the essay like P3, not `chapter 2`");
    }

    @Test
    void citationOutOfRangeIsReportedAtItsLine() {
        String text = "---\ntitle: T\n---\n\n## Part\n\nFine [P9].\n\nBut this cites [P12] and *[P10]*.\n";
        ParseResult<Lesson> r = parse(text);
        assertEquals(2, r.problems().size(), TestSupport.describe(r.problems()));
        assertHasProblem(r.problems(), 9, "citation [P12] names no paragraph of the essay (P1 to P9)");
        assertHasProblem(r.problems(), 9, "citation [P10]");
        // not in code
        assertTrue(parse("Code `[P12]` is fine.\n").ok());
    }

    @Test
    void sectionIds() {
        String text = """
                ## After the Cold War {#cold-war}

                ## What's *new*?

                ### A detail

                ### Deeper {#deeper}

                ## ???
                """;
        Lesson l = ok(text);
        assertEquals(List.of(new Section("cold-war", "After the Cold War"), new Section("whats-new", "What's new?"),
                new Section("section-3", "???")), l.sections());
        assertTrue(l.html().contains("<h2 id=\"whats-new\">What's <em>new</em>?</h2>"), l.html());
        assertTrue(l.html().contains("<h3>A detail</h3>"), l.html());
        assertTrue(l.html().contains("<h3 id=\"deeper\">Deeper</h3>"), l.html());
    }

    @Test
    void duplicateSectionId() {
        String text = "## Intro\n\nText\n\n## Intro\n";
        assertOnlyProblem(parse(text), 5, "duplicate section id `intro` (first on line 1)");
        assertOnlyProblem(parse("## A {#x}\n\n## B {#x}\n"), 3, "duplicate section id `x`");
    }

    @Test
    void badHeadingAttributes() {
        assertOnlyProblem(parse("Text\n\n## A {#x points=2}\n"), 3, "unknown heading attribute `points=2`: lesson headings take only `{#id}`");
        assertOnlyProblem(parse("## A {#Bad_Id}\n"), 1, "section id `#Bad_Id` must be lower-case");
    }

    @Test
    void linesCountTheFrontMatter() {
        String text = "---\ntitle: T\norder: 1\n---\n\n## Dup\n\n## Dup\n";
        assertOnlyProblem(parse(text), lineOf(text, "## Dup") + 2, "duplicate section id `dup` (first on line 6)");
    }

    @Test
    void rawHtmlIsEscaped() {
        Lesson l = ok("Hello <iframe src=x></iframe>\n");
        assertFalse(l.html().contains("<iframe"), l.html());
        assertTrue(l.html().contains("&lt;iframe"), l.html());
    }

    @Test
    void malformedYaml() {
        assertOnlyProblem(parse("---\norder: 2\ntitle: \"unclosed\nminutes: 2\n---\nText\n"), 3,
                "the front matter is not valid YAML");
    }
}
