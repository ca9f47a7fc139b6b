package org.agora.web;

import io.quarkus.qute.RawString;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * Which entry of the site's navigation the request is on, worked out on the server from its path so
 * that the marker is there without JavaScript: {@code aria-current="page"} on the link to this very
 * page, {@code aria-current="true"} on the entry whose part of the site the page belongs to (a
 * lesson under "Lessons", a class's page under "Classes").
 */
@RequestScoped
@Named("nav")
public class Navigation {

    private static final RawString PAGE = new RawString(" aria-current=\"page\"");
    private static final RawString SECTION = new RawString(" aria-current=\"true\"");
    private static final RawString NONE = new RawString("");

    /** The paths that belong to an entry besides its own (and those below it). */
    private static final Map<String, List<String>> SECTIONS = Map.of(
            "/", List.of("/lessons/", "/quizzes/", "/attempts/"),
            // An instructor reaches a class's scoreboard from "Classes"; a student from "My classes".
            "/instructor", List.of("/classes/"),
            "/classes", List.of("/classes/"));

    private final String path;

    Navigation(CurrentVertxRequest request) {
        String p = request.getCurrent() == null ? "" : request.getCurrent().normalizedPath();
        this.path = p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    /** The attribute for the navigation link to {@code href}: where the request is, or nothing. */
    public RawString current(String href) {
        if (path.equals(href)) {
            return PAGE;
        }
        boolean below = !"/".equals(href) && path.startsWith(href + "/") && !belowALongerEntry(href);
        return below || SECTIONS.getOrDefault(href, List.of()).stream().anyMatch(path::startsWith) ? SECTION : NONE;
    }

    /** "/instructor/content/x" belongs to "Content", not to "Classes" ("/instructor"). */
    private boolean belowALongerEntry(String href) {
        return href.equals("/instructor") && path.startsWith("/instructor/content");
    }
}
