package org.agora.content;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.SourceSpan;

/**
 * An essay question's rubric, read from its lines as written: one criterion per list item, each
 * {@code (P) what earns P points}; a line indented under an item continues it.
 *
 * <pre>
 * &gt; [!RUBRIC]
 * &gt; - (4) States a clear verdict and the reasons for it.
 * &gt; - (3) Uses two or more of the essay's claims, each cited.
 * </pre>
 */
public final class Rubrics {

    private static final Pattern MARKER = Pattern.compile("^\\s*>?\\s*\\[!RUBRIC\\]\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CRITERION = Pattern.compile("^\\s*>\\s?[-*+]\\s+\\((\\d{1,6}(?:\\.\\d{1,2})?)\\)\\s+(\\S.*?)\\s*$");
    private static final Pattern CONTINUED = Pattern.compile("^\\s*>\\s?\\s{2,}(\\S.*?)\\s*$");
    private static final Pattern BLANK = Pattern.compile("^\\s*>?\\s*$");

    private Rubrics() {
    }

    static boolean isRubric(BlockQuote quote, String source) {
        return Headings.firstLineIs(quote, source, MARKER);
    }

    /** The criteria of a {@code > [!RUBRIC]} block; a line that is none is an error at its line. */
    static List<Essay.Criterion> read(BlockQuote quote, String source, int offset, MarkdownRenderer md,
            BiConsumer<Integer, String> error) {
        List<SourceSpan> spans = quote.getSourceSpans();
        List<Integer> lines = new ArrayList<>();
        List<BigDecimal> points = new ArrayList<>();
        List<StringBuilder> texts = new ArrayList<>();
        for (SourceSpan span : spans.subList(1, spans.size())) {
            String text = Headings.spanText(span, source);
            int at = span.getLineIndex() + offset + 1;
            Matcher c = CRITERION.matcher(text);
            Matcher more = CONTINUED.matcher(text);
            if (c.matches()) {
                BigDecimal p = new BigDecimal(c.group(1));
                if (p.signum() <= 0) {
                    error.accept(at, "a rubric criterion is worth more than 0 points, not " + c.group(1));
                }
                if (Credit.split(c.group(2)).hasCredit()) {
                    error.accept(at, "a credit on an essay's rubric criterion: a criterion is worth its (P) points, "
                            + "and a grader gives them; remove the `{credit=...}`");
                }
                lines.add(at);
                points.add(p);
                texts.add(new StringBuilder(c.group(2)));
            } else if (more.matches() && !texts.isEmpty()) {
                texts.get(texts.size() - 1).append(' ').append(more.group(1));
            } else if (!BLANK.matcher(text).matches()) {
                error.accept(at, "a rubric line is `> - (P) what earns P points`, like `> - (3) Uses two of the essay's "
                        + "claims, each cited.`, not \"" + text.strip() + "\"");
            }
        }
        if (texts.isEmpty()) {
            error.accept(spans.get(0).getLineIndex() + offset + 1,
                    "a `> [!RUBRIC]` block lists no criteria: add lines like `> - (3) what earns 3 points`");
        }
        List<Essay.Criterion> criteria = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String markdown = texts.get(i).toString();
            criteria.add(new Essay.Criterion(points.get(i), md.renderInline(markdown), md.plainTextInline(markdown),
                    lines.get(i)));
        }
        return criteria;
    }

    public static BigDecimal total(List<Essay.Criterion> rubric) {
        return rubric.stream().map(Essay.Criterion::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
