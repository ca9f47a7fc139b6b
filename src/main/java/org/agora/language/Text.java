package org.agora.language;

import java.lang.reflect.InvocationTargetException;
import java.util.Locale;

/**
 * A message of {@link Api} with its arguments, chosen where a refusal arises (a service, which
 * knows why) and written only where the answer is made (which knows the request's language):
 * {@code (t, locale) -> t.content_no_quiz(id)}. The locale is there for the few that hold a date.
 */
@FunctionalInterface
public interface Text {

    String in(Api texts, Locale locale);

    default String in(Locale locale) {
        return in(Language.bundle(Api.class, locale), locale);
    }

    /** In English, the default: for logs and {@code getMessage()}. */
    default String english() {
        return in(Language.DEFAULT);
    }

    /** Words as they came (a framework's message that has no key of ours). */
    static Text verbatim(String words) {
        return (t, locale) -> words;
    }

    /**
     * The message of {@link Api} that a key names, for keys written where no method can be called
     * (a constraint annotation's {@code message}); a key that names none is shown as it is.
     */
    static Text named(String key) {
        return (t, locale) -> {
            try {
                return (String) Api.class.getMethod(key).invoke(t);
            } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException | RuntimeException e) {
                return key;
            }
        };
    }
}
