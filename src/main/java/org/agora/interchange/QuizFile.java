package org.agora.interchange;

import java.util.List;
import java.util.Map;
import org.agora.content.ParseResult;
import org.agora.content.Problem;
import org.agora.content.Quiz;
import org.agora.content.QuizParser;

/**
 * A quiz file to export, parsed as the server parses it (so an export never carries what the
 * server would refuse), with its lines, which the exporters cut sources from and warn at, and
 * the line of each front-matter key written (for the settings a format cannot hold). {@code quiz}
 * is null when the file has errors.
 */
public record QuizFile(Quiz quiz, List<String> lines, Map<String, Integer> settingLines, List<Problem> errors) {

    public static QuizFile parse(String path, String text) {
        ParseResult<Quiz> parsed = new QuizParser().parse(path, text);
        return new QuizFile(parsed.ok() ? parsed.value() : null, List.of(text.split("\r?\n", -1)), parsed.keyLines(),
                parsed.ok() ? List.of() : parsed.problems());
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
