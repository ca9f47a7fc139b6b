package org.agora.attempt;

import io.quarkus.qute.TemplateExtension;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Derived values for the quiz page's templates. */
@TemplateExtension
public class QuizViewExtensions {

    /** A {@code [P3]} link as the Markdown renderer writes it (see MarkdownRenderer's citations). */
    private static final Pattern CITATION = Pattern.compile("<a class=\"cite\" href=\"(/source#p\\d+)\">([^<]*)</a>");

    /**
     * Rendered HTML whose {@code [P3]} citations open the source in a new tab, so that following one
     * never leaves the quiz (and its unsaved answers); {@code hint} ("opens in a new tab") is said
     * to screen readers.
     */
    static String citesBeside(String html, String hint) {
        if (html == null || !html.contains("class=\"cite\"")) {
            return html;
        }
        String extra = "<span class=\"visually-hidden\"> (" + Reviews.escape(hint) + ")</span>";
        return CITATION.matcher(html).replaceAll(m -> Matcher.quoteReplacement("<a class=\"cite\" href=\"" + m.group(1)
                + "\" target=\"_blank\" rel=\"noopener\">" + m.group(2) + extra + "</a>"));
    }
}
