package org.agora.interchange.gift.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.agora.content.ParseResult;
import org.agora.content.Problem;
import org.agora.content.Question;
import org.agora.content.Quiz;
import org.agora.content.QuizParser;
import org.agora.interchange.gift.GiftImport;

/** Agora -> GIFT -> Agora with the importer of branch {@code gift}, compared on the parsed models. */
final class RoundTrip {

    private RoundTrip() {
    }

    static Quiz parse(String path, String markdown) {
        ParseResult<Quiz> parsed = new QuizParser().parse(path, markdown);
        assertEquals(List.of(), parsed.problems(), markdown);
        return parsed.value();
    }

    /** The quiz as GIFT and back; asserts the export and the import succeed. */
    static Quiz back(String path, String markdown, GiftExporter.Export export) {
        assertTrue(export.ok(), export.errors().toString());
        GiftImport.Outcome in = new GiftImport().convert("round-trip.gift", export.gift());
        assertTrue(in.ok(), in.problems() + "\n" + export.gift());
        assertEquals(1, in.files().size());
        return parse("quizzes/round-trip.md", in.files().get(0).markdown());
    }

    /** Asserts that {@code markdown} comes back from GIFT with the same questions, except what a warning named. */
    static GiftExporter.Export check(String path, String markdown) {
        Quiz before = parse(path, markdown);
        GiftExporter.Export export = new GiftExporter().export(path, markdown);
        Quiz after = back(path, markdown, export);
        Set<String> skip = skipped(before, export.warnings());
        assertEquals(QuizModel.of(before, skip), QuizModel.of(after, skip), export.gift());
        return export;
    }

    /** What each warning says is not carried, as {@link QuizModel#of(Quiz, Set)} names it. */
    static Set<String> skipped(Quiz quiz, List<Problem> warnings) {
        Set<String> skip = new HashSet<>();
        for (Problem w : warnings) {
            Question at = null;
            for (Question q : quiz.questions()) {
                if (q.line() <= w.line()) {
                    at = q;
                }
            }
            if (at == null) {
                continue;
            }
            String m = w.message();
            if (m.startsWith("points=")) {
                skip.add(at.id() + ":points");
            } else if (m.startsWith("GIFT has no ordering")) {
                skip.add(at.id() + ":all");
            } else if (m.startsWith("the regex answer")) {
                skip.add(at.id() + ":accepted");
            } else if (m.startsWith("weight")) {
                skip.add(at.id() + ":credits");
            }
        }
        return skip;
    }
}
