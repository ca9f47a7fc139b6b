package org.agora.language;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The interface language of this request, {@code inject:language} in templates: the switcher's
 * cookie, else the browser's {@code Accept-Language}, else English. Only the request decides it, so
 * every instance answers alike.
 */
@RequestScoped
@Named("language")
public class Language {

    public static final String COOKIE = "agora-lang";
    public static final Locale DEFAULT = Locale.ENGLISH;
    /** The interface languages, as language tags; a message file per tag. */
    public static final List<String> TAGS = List.of("en", "ko");

    private final CurrentVertxRequest current;
    private Locale locale;

    Language(CurrentVertxRequest current) {
        this.current = current;
    }

    public Locale locale() {
        if (locale == null) {
            RoutingContext http = current.getCurrent();
            locale = http == null ? DEFAULT : of(http.request());
        }
        return locale;
    }

    /** The interface's texts in this request's language, for those that Java writes (a flash message). */
    public Msg msg() {
        return bundle(Msg.class, locale());
    }

    /** The instructors' record and grading pages' texts ({@link Staff}) in this request's language. */
    public Staff staff() {
        return bundle(Staff.class, locale());
    }

    /** The sign-in, sign-up, quiz overview, review, error and class pages' texts ({@link Pages}) in this request's language. */
    public Pages pages() {
        return bundle(Pages.class, locale());
    }

    /** The scoreboard, projector and statistics pages' texts ({@link Board}) in this request's language. */
    public Board board() {
        return bundle(Board.class, locale());
    }

    /** The API's problem texts ({@link Api}), which error pages and refused forms show too, in this request's language. */
    public Api api() {
        return bundle(Api.class, locale());
    }

    /** A refusal's words ({@link Text}) in this request's language. */
    public String say(Text text) {
        return text.in(locale());
    }

    /** A message bundle ({@link Msg}, {@link Staff}, {@link Board}, {@link Pages}, {@link Api}) in a language; English unless it is Korean. */
    public static <T> T bundle(Class<T> bundle, Locale locale) {
        return locale != null && locale.getLanguage().equals("ko")
                ? MessageBundles.get(bundle, Localized.Literal.of("ko"))
                : MessageBundles.get(bundle);
    }

    /** For {@code <html lang>}: "en" or "ko". */
    public String tag() {
        return locale().toLanguageTag();
    }

    /**
     * Whether content written in {@code contentTag} (a lesson's or quiz's {@code lang}) needs its
     * own {@code lang} attribute on this page: when its language is not the interface's.
     */
    public boolean differs(String contentTag) {
        return contentTag != null && !Locale.forLanguageTag(contentTag).getLanguage().equals(locale().getLanguage());
    }

    /** This page's path and query, encoded for the switcher's {@code back} parameter. */
    public String here() {
        RoutingContext http = current.getCurrent();
        String uri = http == null ? "/" : http.request().uri();
        return URLEncoder.encode(uri == null || uri.isEmpty() ? "/" : uri, StandardCharsets.UTF_8);
    }

    /** The language a request asks for: its cookie when it names one of ours, else its Accept-Language. */
    public static Locale of(HttpServerRequest request) {
        Cookie cookie = request.getCookie(COOKIE);
        return of(cookie == null ? null : cookie.getValue(), request.getHeader("Accept-Language"));
    }

    /** The same from the cookie's value and the header, for code that sees the request through JAX-RS. */
    public static Locale of(String cookie, String acceptLanguage) {
        String chosen = supported(cookie);
        return Locale.forLanguageTag(chosen != null ? chosen : accepted(acceptLanguage));
    }

    /** The tag if it is one of ours, else null. */
    public static String supported(String tag) {
        return tag != null && TAGS.contains(tag) ? tag : null;
    }

    /** The best of ours for an Accept-Language header ("ko-KR,ko;q=0.9" gives ko), by its weights. */
    static String accepted(String header) {
        if (header == null || header.isBlank()) {
            return DEFAULT.toLanguageTag();
        }
        try {
            String best = Locale.lookupTag(Locale.LanguageRange.parse(header), TAGS);
            return best != null ? best : DEFAULT.toLanguageTag();
        } catch (IllegalArgumentException malformed) {
            return DEFAULT.toLanguageTag(); // RequestHeaders refuses these first; never fail a page on one
        }
    }
}
