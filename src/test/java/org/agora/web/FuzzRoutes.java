package org.agora.web;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every route the app serves, read from its compiled resources (so a new resource is fuzzed
 * without anyone remembering to list it), plus the routes outside JAX-RS.
 */
final class FuzzRoutes {

    record Route(String method, String template) {
    }

    private FuzzRoutes() {
    }

    static List<Route> all() {
        List<Route> routes = new ArrayList<>();
        java.nio.file.Path classes = java.nio.file.Path.of("target", "classes");
        try (Stream<java.nio.file.Path> files = Files.walk(classes.resolve("org/agora"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                routes.addAll(routesOf(load(name)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (routes.size() < 20) {
            throw new AssertionError("only " + routes.size() + " routes found under " + classes.toAbsolutePath());
        }
        // Served outside the resources: form sign-in, static files, health, and nothing at all.
        routes.add(new Route("POST", "/j_security_check"));
        routes.add(new Route("GET", "/css/agora.css"));
        routes.add(new Route("GET", "/q/health"));
        routes.add(new Route("GET", "/no/such/page"));
        routes.add(new Route("POST", "/api/v1/no-such-call"));
        routes.sort(Comparator.comparing(Route::template).thenComparing(Route::method));
        return routes;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, FuzzRoutes.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new AssertionError("cannot load " + name, e);
        }
    }

    private static List<Route> routesOf(Class<?> resource) {
        Path base = resource.getAnnotation(Path.class);
        if (base == null) {
            return List.of();
        }
        List<Route> routes = new ArrayList<>();
        for (Method m : resource.getDeclaredMethods()) {
            String verb = verb(m);
            if (verb != null) {
                Path sub = m.getAnnotation(Path.class);
                routes.add(new Route(verb, join(base.value(), sub == null ? "" : sub.value())));
            }
        }
        return routes;
    }

    private static String verb(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
