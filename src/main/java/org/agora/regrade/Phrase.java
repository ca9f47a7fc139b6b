package org.agora.regrade;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.agora.language.Formats;
import org.agora.language.Language;
import org.agora.language.Staff;

/**
 * A message of {@link Staff} by its key, with its arguments (words of the quiz, or other phrases):
 * why a question kept its score, or one change between two versions. {@link Regrader} and
 * {@link QuizDiff} decide it without knowing who reads it, and compare phrases as values; the page
 * and the API's report write it in the reader's language.
 */
public record Phrase(String key, List<Object> args) {

    public static Phrase of(String key, Object... args) {
        return new Phrase(key, List.of(args));
    }

    /** The phrase in a language; a key without its message (a bug) shows as the key rather than failing the page. */
    public String in(Locale locale) {
        return in(Language.bundle(Staff.class, locale), locale);
    }

    private String in(Staff texts, Locale locale) {
        Object[] words = args.stream().map(a -> a instanceof Phrase p ? p.in(texts, locale) : String.valueOf(a)).toArray();
        Class<?>[] types = new Class<?>[words.length];
        Arrays.fill(types, String.class);
        try {
            Method message = Staff.class.getMethod(key, types);
            return (String) message.invoke(texts, words);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return key + Arrays.toString(words);
        }
    }

    /** {@code {line.shown}} in a template: the phrase in the page's language. */
    @TemplateExtension
    static String shown(Phrase phrase, @TemplateAttribute("locale") Object locale) {
        return phrase.in(Formats.locale(locale));
    }
}
