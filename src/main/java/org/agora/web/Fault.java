package org.agora.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import jakarta.ws.rs.core.Response;
import org.agora.language.Api;
import org.agora.language.Language;
import org.agora.language.Text;

/**
 * A problem before its language is known: the status, the detail's message and the fields'.
 * {@link #in(Locale)} writes the {@link Problem} that is sent, title included.
 */
record Fault(int status, Text detail, Map<String, Text> errors) {

    Fault(int status, Text detail) {
        this(status, detail, null);
    }

    Problem in(Locale locale) {
        Api t = Language.bundle(Api.class, locale);
        Map<String, String> fields = null;
        if (errors != null) {
            fields = new LinkedHashMap<>();
            for (var e : errors.entrySet()) {
                fields.put(e.getKey(), e.getValue().in(t, locale));
            }
        }
        return new Problem(status, title(status, t), detail.in(t, locale), fields);
    }

    /** HTTP's reason phrase in the language; for a status without a message of ours, the English one. */
    static String title(int status, Api t) {
        return switch (status) {
            case 400 -> t.title_400();
            case 401 -> t.title_401();
            case 403 -> t.title_403();
            case 404 -> t.title_404();
            case 405 -> t.title_405();
            case 406 -> t.title_406();
            case 408 -> t.title_408();
            case 409 -> t.title_409();
            case 413 -> t.title_413();
            case 415 -> t.title_415();
            case 417 -> t.title_417();
            case 429 -> t.title_429();
            case 500 -> t.title_500();
            case 503 -> t.title_503();
            default -> {
                Response.Status known = Response.Status.fromStatusCode(status);
                yield known != null ? known.getReasonPhrase() : "Error";
            }
        };
    }
}
