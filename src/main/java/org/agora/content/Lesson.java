package org.agora.content;

import java.util.List;

/**
 * A parsed, valid lesson. {@code quiz} is the resolved id of the quiz that closes the lesson
 * (front matter, else a quiz whose {@code lesson} names this one), or null. {@code reference} marks
 * a reference page ({@code kind: reference}: a glossary, the sources), which is not part of the
 * module's sequence and has no quiz. {@code lang} is the language it is written in ({@code lang:},
 * a language tag; English by default).
 */
public record Lesson(
        String id,
        String title,
        int order,
        int minutes,
        List<String> objectives,
        List<String> sources,
        String quiz,
        String html,
        List<Section> sections,
        String path,
        boolean reference,
        String lang) {

    public boolean hasSection(String sectionId) {
        return sections.stream().anyMatch(s -> s.id().equals(sectionId));
    }
}
