package org.agora.web;

import java.util.Locale;
import org.agora.language.Language;
import org.agora.language.Pages;

/**
 * An error page's heading in the page's language, by status: plainer words than the problem's
 * title (HTTP's reason phrase). The detail below it is the problem's own, already in that language.
 */
final class ErrorTexts {

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
}
