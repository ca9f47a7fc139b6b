package org.agora.interchange.gift;

import java.util.Comparator;

/**
 * An error (the GIFT file cannot be converted: nothing is written) or a warning (something was not
 * carried over exactly), at a line of the GIFT file; shown as {@code FILE.gift:LINE: warning: ...}.
 */
public record ImportProblem(int line, String message, boolean error) {

    static final Comparator<ImportProblem> ORDER = Comparator.comparingInt(ImportProblem::line);

    static ImportProblem error(int line, String message) {
        return new ImportProblem(line, message, true);
    }

    static ImportProblem warning(int line, String message) {
        return new ImportProblem(line, message, false);
    }

    /** {@code path:LINE: error: message} or {@code path:LINE: warning: message}. */
    public String shown(String path) {
        return path + ":" + line + ": " + (error ? "error: " : "warning: ") + message;
    }
}
