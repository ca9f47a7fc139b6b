package org.agora.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.SourceSpan;

/**
 * A short-answer question's coverage list: the forms its accepted lines must accept and the ones
 * they must refuse, written after the answer block and checked by the parser (a mismatch is an
 * error at the form's line). Never shown to learners.
 *
 * <pre>
 * = Kofi Annan
 * = /(kofi )?annan/i
 *
 * &gt; [!CHECK]
 * &gt; accepts: Annan
 * &gt; accepts: kofi annan.
 * &gt; refuses: Ban Ki-moon
 * </pre>
 */
final class ShortAnswerChecks {

    /** One listed form, at its line. */
    record Form(int line, boolean accept, String text) {
    }

    private static final Pattern MARKER = Pattern.compile("^\\s*>?\\s*\\[!CHECK\\]\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern FORM = Pattern.compile("^\\s*>\\s*(accepts|refuses):\\s*(.*?)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BLANK = Pattern.compile("^\\s*>?\\s*$");

    private ShortAnswerChecks() {
    }

    static boolean isCheck(BlockQuote quote, String source) {
        return Headings.firstLineIs(quote, source, MARKER);
    }

    /** The forms of a {@code > [!CHECK]} block; a line that is not one is an error. */
    static List<Form> read(BlockQuote quote, String source, int offset, BiConsumer<Integer, String> error) {
        List<Form> forms = new ArrayList<>();
        List<SourceSpan> spans = quote.getSourceSpans();
        for (SourceSpan span : spans.subList(1, spans.size())) {
            String text = Headings.spanText(span, source);
            int at = span.getLineIndex() + offset + 1;
            Matcher m = FORM.matcher(text);
            if (m.matches() && !m.group(2).isEmpty()) {
                forms.add(new Form(at, m.group(1).toLowerCase(Locale.ROOT).equals("accepts"), m.group(2)));
            } else if (!BLANK.matcher(text).matches()) {
                error.accept(at, "a `> [!CHECK]` line is `> accepts: an answer` or `> refuses: an answer`, not \""
                        + text.strip() + "\"");
            }
        }
        if (forms.isEmpty()) {
            error.accept(spans.get(0).getLineIndex() + offset + 1, "a `> [!CHECK]` block lists no `accepts:` or `refuses:` line");
        }
        return forms;
    }

    /** Every listed form against the accepted lines, as a learner's answer would be scored. */
    static void verify(List<Form> forms, List<Accepted> accepted, boolean caseSensitive, BiConsumer<Integer, String> error) {
        for (Form form : forms) {
            Accepted match = accepted.stream().filter(a -> ShortAnswers.matches(a, form.text(), caseSensitive)).findFirst()
                    .orElse(null);
            if (form.accept() && match == null) {
                error.accept(form.line(), "\"" + form.text() + "\" must be accepted, but no `=` line accepts it");
            } else if (!form.accept() && match != null) {
                error.accept(form.line(), "\"" + form.text() + "\" must be refused, but `= " + match.display() + "` accepts it");
            }
        }
    }
}
