package org.agora.content.writing;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.agora.content.MarkdownRenderer;
import org.agora.content.Option;
import org.agora.content.Question;
import org.agora.content.ShortAnswers;

/**
 * What a learner reads, as plain text: the checks compare words, not markup.
 */
final class Texts {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*");
    /** Words too common to tell two stems apart. */
    private static final Set<String> COMMON = Set.of("the", "a", "an", "of", "in", "on", "to", "and", "or", "is", "was",
            "are", "were", "by", "for", "with", "as", "at", "that", "this", "which", "what", "who", "did", "does", "its",
            "it", "be", "from", "how", "why", "when", "whose", "their", "his", "her", "not");

    private Texts() {
    }

    static String plain(String html) {
        return ShortAnswers.normalize(MarkdownRenderer.textOfRendered(html));
    }

    /** The question as a learner sees it before answering: title, stem, options and hint. */
    static String seen(Question q) {
        StringBuilder s = new StringBuilder(q.titleText()).append('\n').append(plain(q.stemHtml())).append('\n');
        for (Option o : q.options()) {
            s.append(o.text()).append('\n');
        }
        q.pairs().forEach(p -> s.append(p.leftText()).append('\n'));
        q.rights().forEach(r -> s.append(plain(r)).append('\n'));
        return s.append(plain(q.hintHtml())).toString();
    }

    /** Whether {@code phrase} occurs in {@code text} as whole words, ignoring case. */
    static boolean containsPhrase(String text, String phrase) {
        String p = ShortAnswers.normalize(phrase);
        if (p.isEmpty()) {
            return false;
        }
        Pattern whole = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(p) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return whole.matcher(text).find();
    }

    /** The distinctive words of a text, lower case. */
    static Set<String> words(String text) {
        return WORD.matcher(text.toLowerCase(Locale.ROOT)).results().map(m -> m.group())
                .filter(w -> !COMMON.contains(w)).collect(Collectors.toSet());
    }
}
