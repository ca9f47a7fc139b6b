package org.agora.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The outcome of parsing one file: the model object when the file has no problem, else every
 * problem of the file (sorted by line). The package-private fields carry what the loader's
 * cross-file checks need even when the file is broken.
 */
public final class ParseResult<T> {

    /** A reference to a lesson (and optionally a section) made on a line: a quiz's {@code lesson} or a {@code see=}. */
    record Ref(String lesson, String section, int line, String what) {
    }

    private final T value;
    private final List<Problem> problems;

    final String id;
    final Map<String, Integer> keyLines;
    final Set<String> sectionIds;
    final List<Ref> refs;
    final String quizRef;

    ParseResult(T value, List<Problem> problems, String id, Map<String, Integer> keyLines, Set<String> sectionIds,
            List<Ref> refs, String quizRef) {
        this.problems = problems.stream().sorted(Problems.ORDER).toList();
        this.value = this.problems.isEmpty() ? value : null;
        this.id = id;
        this.keyLines = Map.copyOf(keyLines);
        this.sectionIds = Set.copyOf(sectionIds);
        this.refs = List.copyOf(refs);
        this.quizRef = quizRef;
    }

    /** The parsed object, or null when the file has problems. */
    public T value() {
        return value;
    }

    public Optional<T> optional() {
        return Optional.ofNullable(value);
    }

    /** Every problem of the file, by line; empty when the file is valid. */
    public List<Problem> problems() {
        return problems;
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** Each front-matter key written, at its line. */
    public Map<String, Integer> keyLines() {
        return keyLines;
    }

    /** The line of a front-matter key, or 1 when the key is absent. */
    int keyLine(String key) {
        return keyLines.getOrDefault(key, 1);
    }
}
