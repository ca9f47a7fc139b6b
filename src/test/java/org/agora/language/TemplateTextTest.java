package org.agora.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No template shows English of its own: every text node, every {@code aria-label}, {@code title},
 * {@code placeholder} and {@code alt}, and every button's {@code value} holds no letters outside
 * {@code {...}} expressions (that is, its words come from the {@code msg} bundle or the data).
 * Run alone: {@code ./mvnw -q -o test -Dtest=TemplateTextTest}.
 */
class TemplateTextTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /**
     * Templates not converted yet: they may still hold English. This list only shrinks: a template
     * on it that no longer holds English fails the test until it is taken off, and a template not
     * on it (a new one included) must hold none.
     */
    static final Set<String> NOT_YET_CONVERTED = Set.of();

    /** Names that read the same in every language. */
    private static final Set<String> NAMES = Set.of("Agora");

    private static final Pattern LETTERS = Pattern.compile("\\p{IsLatin}");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s(aria-label|title|placeholder|alt)\\s*=\\s*(\"[^\"]*\"|'[^']*')",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BUTTON_VALUE = Pattern.compile("\\svalue\\s*=\\s*(\"[^\"]*\"|'[^']*')", Pattern.CASE_INSENSITIVE);
    /** An input shown as a button shows its value; a {@code <button>}'s value is only sent (its text is its content). */
    private static final Pattern BUTTON = Pattern.compile("^<input[^>]*type\\s*=\\s*[\"']?(submit|button|reset)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    @Test
    void convertedTemplatesHoldNoEnglish() throws IOException {
        List<String> found = new ArrayList<>();
        for (String template : templates()) {
            if (!NOT_YET_CONVERTED.contains(template)) {
                english(Files.readString(TEMPLATES.resolve(template), StandardCharsets.UTF_8))
                        .forEach(text -> found.add(template + ": " + text));
            }
        }
        assertEquals(List.of(), found, "user-facing English outside {msg:...}; add keys (README, Interface language)");
    }

    @Test
    void theListOfTemplatesNotYetConvertedOnlyShrinks() throws IOException {
        Set<String> stale = new TreeSet<>();
        for (String template : NOT_YET_CONVERTED) {
            Path file = TEMPLATES.resolve(template);
            if (!Files.exists(file) || english(Files.readString(file, StandardCharsets.UTF_8)).isEmpty()) {
                stale.add(template);
            }
        }
        assertEquals(Set.of(), stale, "converted or gone: take these off TemplateTextTest.NOT_YET_CONVERTED");
    }

    @Test
    void theScanSeesEnglishWhereverItHides() {
        assertEquals(List.of("Sign in"), english("<a href=\"/signin\">Sign in</a>"));
        assertEquals(List.of("aria-label=\"Main\""), english("<nav aria-label=\"Main\">{msg:x}</nav>"));
        assertEquals(List.of("value=\"Save\""), english("<input type=\"submit\" value=\"Save\">"));
        assertEquals(List.of(), english("<button type=\"submit\" name=\"action\" value=\"save\">{msg:take_save}</button>"));
        assertEquals(List.of(), english("<button type=\"submit\" name=\"then\" value=\"next\">{msg:x}</button>"));
        assertEquals(List.of("Score: "), english("{#if a > 1}Score: {a}{/if}"));
        assertEquals(List.of(), english("<p class=\"lede\" lang=\"{x}\">{msg:progress_lede(a.name, b)} {! note !}</p>"));
        assertEquals(List.of(), english("<input type=\"hidden\" name=\"t\" value=\"abc\"><b>Agora</b> · {n}% &nbsp;—"));
        assertEquals(List.of(), english("<script>var label = 'English';</script><style>a { color: red }</style>"));
    }

    /** The English a template shows itself: texts and attributes with Latin letters outside expressions. */
    static List<String> english(String template) {
        String s = template.replaceAll("(?s)\\{!.*?!\\}", "")
                .replaceAll("(?is)<(script|style)\\b[^>]*>.*?</\\1>", "");
        // Expressions and section tags, innermost first ({msg:a(b.c)} inside an attribute, {#if x}{/if}).
        String before;
        do {
            before = s;
            s = s.replaceAll("\\{[^{}]*\\}", "");
        } while (!s.equals(before));
        s = s.replaceAll("&[A-Za-z0-9#]+;", " ");
        List<String> out = new ArrayList<>();
        Matcher tags = TAG.matcher(s);
        while (tags.find()) {
            String tag = tags.group();
            Matcher a = ATTRIBUTE.matcher(tag);
            while (a.find()) {
                if (shows(a.group(2))) {
                    out.add(a.group().strip());
                }
            }
            Matcher v = BUTTON_VALUE.matcher(tag);
            if (BUTTON.matcher(tag).find() && v.find() && shows(v.group(1))) {
                out.add(v.group().strip());
            }
        }
        for (String text : TAG.split(s)) {
            if (shows(text)) {
                out.add(text.replaceAll("\\s+", " ").replaceAll("^ ", ""));
            }
        }
        return out;
    }

    private static boolean shows(String text) {
        String words = text;
        for (String name : NAMES) {
            words = words.replace(name, "");
        }
        return LETTERS.matcher(words).find();
    }

    private static List<String> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            List<String> out = files.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> TEMPLATES.relativize(p).toString().replace('\\', '/')).sorted().toList();
            assertTrue(out.contains("layout.html"), "templates found at " + TEMPLATES.toAbsolutePath());
            return out;
        }
    }
}
