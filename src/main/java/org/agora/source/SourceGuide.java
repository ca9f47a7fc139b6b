package org.agora.source;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The source guide: for each paragraph of the essay, its theme and a summary in our own words.
 * It ships inside the app ({@code source-guide.yaml}); the essay itself is not copied into the product.
 */
@ApplicationScoped
public class SourceGuide {

    public record Essay(String title, String author, int year, String about) {
    }

    public record Paragraph(int n, String theme, String summary) {
        public String anchor() {
            return "p" + n;
        }
    }

    private final Essay essay;
    private final List<Paragraph> paragraphs;

    SourceGuide() {
        Map<String, Object> doc = read("/source-guide.yaml");
        @SuppressWarnings("unchecked")
        Map<String, Object> e = (Map<String, Object>) doc.get("essay");
        essay = new Essay(str(e, "title"), str(e, "author"), ((Number) e.get("year")).intValue(), str(e, "about"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> ps = (List<Map<String, Object>>) doc.get("paragraphs");
        paragraphs = ps.stream()
                .map(p -> new Paragraph(((Number) p.get("n")).intValue(), str(p, "theme"), str(p, "summary")))
                .toList();
    }

    public Essay essay() {
        return essay;
    }

    public List<Paragraph> paragraphs() {
        return paragraphs;
    }

    private static Map<String, Object> read(String resource) {
        try (InputStream in = SourceGuide.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String str(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? "" : v.toString().strip();
    }
}
