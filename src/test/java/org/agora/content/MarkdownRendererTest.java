package org.agora.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer md = MarkdownRenderer.instance();

    @Test
    void rendersCommonMark() {
        assertEquals("<p>Hello <strong>world</strong></p>\n", md.render("Hello **world**"));
    }

    @Test
    void rendersUntrustedAnswersWithoutHtmlScriptsOrImages() {
        String html = md.renderUntrusted("My **verdict** <script>alert(1)</script> <img src=x onerror=y>\n\n"
                + "![a map](https://evil.example/track.png) [see](javascript:alert(1)) [ok](https://example.org)\n\n"
                + "<iframe src=\"https://evil.example\"></iframe>\n");
        assertTrue(html.contains("<strong>verdict</strong>"), html);
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("<iframe"), html);
        assertFalse(html.contains("evil.example/track"), html);
        assertFalse(html.contains("javascript:"), html);
        assertTrue(html.contains("[image: a map]"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
        assertTrue(html.contains("<a rel=\"nofollow ugc noopener noreferrer\" href=\"https://example.org\">ok</a>"), html);
    }

    @Test
    void escapesRawHtml() {
        String html = md.render("Hi <script>alert(1)</script> and <b>bold</b>\n\n<div onclick=\"x()\">block</div>\n");
        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("<b>"), html);
        assertFalse(html.contains("<div"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertTrue(html.contains("&lt;div onclick=&quot;x()&quot;&gt;block&lt;/div&gt;"), html);
    }

    @Test
    void dropsHtmlComments() {
        String html = md.render("<!-- note to self -->\n\nText <!-- inline --> here");
        assertFalse(html.contains("note to self"), html);
        assertFalse(html.contains("inline"), html);
        assertTrue(html.contains("<p>Text  here</p>"), html);
    }

    @Test
    void sanitisesUrls() {
        String html = md.render("[click](javascript:alert(1)) and [ok](https://example.org/x)");
        assertFalse(html.contains("javascript:"), html);
        assertTrue(html.contains("href=\"https://example.org/x\""), html);
    }

    @Test
    void linksAndImagesKeepOnlyWebMailAndRelativeUrls() {
        String hostile = String.join("\n\n", "[a](data:text/html;base64,PHNjcmlwdD4=)", "[b](DaTa:text/html,x)",
                "[c]( data:text/html,x)", "[d](&#100;ata:text/html,x)", "[e](vbscript:msgbox)", "[f](file:///etc/passwd)",
                "[g](<java\tscript:alert(1)>)", "[h][ref]", "<data:text/html,x>", "![i](data:image/svg+xml,x)",
                "[ref]: data:text/html,x");
        String html = md.render(hostile);
        // (The autolink's text stays as text; only the URL attributes matter.)
        assertFalse(html.matches("(?s).*(href|src)=\"[^\"].*"), "a hostile URL survived in " + html);
        assertEquals(9, html.split("href=\"\"", -1).length - 1, "every hostile link is left without a target: " + html);
        assertTrue(html.contains("<img src=\"\" alt=\"i\" />"), html);

        String fine = md.render("[w](https://example.org/x) [m](mailto:a@example.org) [r](/lessons/basics#two) "
                + "[f](#part) [s](other) ![p](https://example.org/p.png)");
        for (String url : List.of("https://example.org/x", "mailto:a@example.org", "/lessons/basics#two", "#part", "other")) {
            assertTrue(fine.contains("href=\"" + url + "\""), url + " in " + fine);
        }
        assertTrue(fine.contains("src=\"https://example.org/p.png\""), "remote images stay as before: " + fine);
    }

    @Test
    void rendersGfmTables() {
        String html = md.render("| a | b |\n|---|---|\n| 1 | 2 |\n");
        assertTrue(html.contains("<table>"), html);
        assertTrue(html.contains("<td>2</td>"), html);
    }

    @Test
    void noteAlertBecomesCallout() {
        String html = md.render("> [!NOTE]\n> Context the essay does not give.\n");
        assertEquals("<aside class=\"callout callout-note\" role=\"note\">\n<p class=\"callout-title\">Note</p>\n"
                + "<p>Context the essay does not give.</p>\n</aside>\n", html);
        assertFalse(html.contains("blockquote"), html);
        assertFalse(html.contains("[!NOTE]"), html);
    }

    @ParameterizedTest
    @CsvSource({"TIP,tip,Tip", "IMPORTANT,important,Important", "WARNING,warning,Warning",
            "CAUTION,caution,Caution", "note,note,Note"})
    void everyAlertKind(String marker, String css, String title) {
        String html = md.render("> [!" + marker + "]\n> Body text.\n");
        assertTrue(html.startsWith("<aside class=\"callout callout-" + css + "\" role=\"note\">"), html);
        assertTrue(html.contains("<p class=\"callout-title\">" + title + "</p>"), html);
        assertTrue(html.contains("<p>Body text.</p>"), html);
    }

    @Test
    void alertWithSeveralParagraphs() {
        String html = md.render("> [!WARNING]\n>\n> First.\n>\n> Second.\n");
        assertTrue(html.contains("<p class=\"callout-title\">Warning</p>\n<p>First.</p>\n<p>Second.</p>"), html);
    }

    @Test
    void plainQuoteAndUnknownAlertStayBlockquotes() {
        assertEquals("<blockquote>\n<p>Just a quote.</p>\n</blockquote>\n", md.render("> Just a quote.\n"));
        String html = md.render("> [!DANGER]\n> x\n");
        assertTrue(html.startsWith("<blockquote>"), html);
        // a marker followed by text on the same line is not an alert (as on GitHub)
        assertTrue(md.render("> [!NOTE] inline\n").startsWith("<blockquote>"));
    }

    @Test
    void citationsBecomeLinks() {
        assertEquals("<p>As the essay says <a class=\"cite\" href=\"/source#p3\">[P3]</a>.</p>\n",
                md.render("As the essay says [P3]."));
        String html = md.render("[P1][P9] and **[P2]**");
        assertTrue(html.contains("<a class=\"cite\" href=\"/source#p1\">[P1]</a><a class=\"cite\" href=\"/source#p9\">[P9]</a>"),
                html);
        assertTrue(html.contains("<strong><a class=\"cite\" href=\"/source#p2\">[P2]</a></strong>"), html);
    }

    @Test
    void citationsOutOfRangeStayText() {
        String html = md.render("See [P12] and [P0].");
        assertEquals("<p>See [P12] and [P0].</p>\n", html);
    }

    @Test
    void noCitationLinksInCode() {
        String html = md.render("Inline `[P3]` code\n\n```\n[P4]\n```\n");
        assertFalse(html.contains("cite"), html);
        assertTrue(html.contains("<code>[P3]</code>"), html);
        assertTrue(html.contains("[P4]"), html);
    }

    @Test
    void citationsInsideAlertsAndLists() {
        String html = md.render("> [!NOTE]\n> Added context [P5].\n\n- item [P6]\n");
        assertTrue(html.contains("<a class=\"cite\" href=\"/source#p5\">[P5]</a>"), html);
        assertTrue(html.contains("<li>item <a class=\"cite\" href=\"/source#p6\">[P6]</a></li>"), html);
    }

    @Test
    void inlineHasNoParagraph() {
        assertEquals("Who is <em>he</em>? <a class=\"cite\" href=\"/source#p3\">[P3]</a>",
                md.renderInline("Who is *he*? [P3]"));
        // block syntax is not recognised in inline text
        assertEquals("1. Introduction", md.renderInline("1. Introduction"));
        assertEquals("# not a heading", md.renderInline("# not a heading"));
        assertEquals("&lt;b&gt;x&lt;/b&gt;", md.renderInline("<b>x</b>"));
    }

    @Test
    void plainTextStripsMarkup() {
        assertEquals("Who is he? [P3]", md.plainText("Who is *he*? [P3]"));
        assertEquals("a b", md.plainText("a\n   b"));
    }

    @Test
    void sourceParagraphsIsNine() {
        assertEquals(9, MarkdownRenderer.SOURCE_PARAGRAPHS);
        assertTrue(MarkdownRenderer.isValidCitation(9));
        assertFalse(MarkdownRenderer.isValidCitation(10));
        assertFalse(MarkdownRenderer.isValidCitation(0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "After the Cold War|after-the-cold-war",
            "What's new in C++?|whats-new-in-c",
            "Étude  des   droits|etude-des-droits",
            "snake_case and kebab-case|snake-case-and-kebab-case",
            "  --Trim--  |trim"})
    void slugs(String text, String slug) {
        assertEquals(slug, Ids.slug(text));
    }

    @Test
    void defaultIdsFromFileNames() {
        assertEquals("universality", Ids.defaultLessonId("lessons/02-universality.md"));
        assertEquals("02-universality", Ids.defaultQuizId("quizzes/02-universality.md"));
        assertEquals("china-quiz", Ids.defaultQuizId("/abs/path/China Quiz.md"));
    }
}
