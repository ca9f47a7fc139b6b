package org.agora.interchange;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.agora.content.Problem;

/** What the export commands ({@code export-gift}, {@code export-qti}) share: reading the quiz file, and reporting. */
public final class ExportCommands {

    private ExportCommands() {
    }

    /** The file's text, or null after printing {@code FILE:1: error: cannot read the file (...)}. */
    public static String read(String file, PrintStream err) {
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println(file + ":1: error: cannot read the file (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
            return null;
        }
    }

    /** Prints the errors ({@code FILE:LINE: error: ...}) and the warnings; whether there were no errors. */
    public static boolean report(List<Problem> errors, List<Problem> warnings, PrintStream err) {
        for (Problem p : errors) {
            err.println(p.path() + ":" + p.line() + ": error: " + p.message());
        }
        warnings.forEach(err::println);
        err.flush();
        return errors.isEmpty();
    }
}
