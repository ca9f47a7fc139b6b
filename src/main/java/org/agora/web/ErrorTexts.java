package org.agora.web;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.agora.language.Language;
import org.agora.language.Pages;

/**
 * What an error page says in the page's language: its heading by status, and its detail when that
 * is one of the fixed texts of {@link ErrorResponses} and {@link RoutingErrors} (found by their
 * English, which the problem JSON of the API keeps). Other details are shown as they came.
 */
final class ErrorTexts {

    private static final List<Function<Pages, String>> DETAILS = List.of(Pages::error_detail_400, Pages::error_detail_403,
            Pages::error_detail_404, Pages::error_detail_405, Pages::error_detail_408, Pages::error_detail_413,
            Pages::error_detail_417, Pages::error_detail_sign_in_form, Pages::error_detail_500, Pages::error_detail_503,
            Pages::error_detail_form_refused);

    private ErrorTexts() {
    }

    static String heading(Problem problem, Locale locale) {
        Pages t = Language.bundle(Pages.class, locale);
        return switch (problem.status()) {
            case 400 -> t.error_heading_400();
            case 403 -> t.error_heading_403();
            case 404 -> t.error_heading_404();
            case 405 -> t.error_heading_405();
            case 408 -> t.error_heading_408();
            case 409 -> t.error_heading_409();
            case 413 -> t.error_heading_413();
            case 429 -> t.error_heading_429();
            case 500 -> t.error_heading_500();
            case 503 -> t.error_heading_503();
            default -> problem.title();
        };
    }

    static String detail(Problem problem, Locale locale) {
        String detail = problem.detail();
        if (detail == null) {
            return null;
        }
        Pages english = Language.bundle(Pages.class, Locale.ENGLISH);
        Pages shown = Language.bundle(Pages.class, locale);
        for (Function<Pages, String> text : DETAILS) {
            if (detail.equals(text.apply(english))) {
                return text.apply(shown);
            }
        }
        if (problem.title() != null && detail.equals(english.error_detail_refused(problem.title()))) {
            return shown.error_detail_refused(problem.title());
        }
        return detail;
    }
}
