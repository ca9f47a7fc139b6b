package org.agora.interchange.gift.export;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.agora.content.Problem;

/**
 * {@code export-gift quizzes/FILE.md}: the quiz as GIFT on standard output, its warnings on
 * standard error ({@code FILE:LINE: warning: ...}). Exit status 1, and no GIFT, when the file has
 * errors ({@code FILE:LINE: error: ...}) or cannot be read.
 */
public final class ExportGiftCommand {

    private ExportGiftCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 1 || args.get(0).startsWith("--")) {
            err.println("export-gift: usage: export-gift quizzes/FILE.md");
            return 1;
        }
        String file = args.get(0);
        String text;
        try {
            text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println(file + ":1: error: cannot read the file (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
            return 1;
        }
        GiftExporter.Export export = new GiftExporter().export(file, text);
        for (Problem p : export.errors()) {
            err.println(p.path() + ":" + p.line() + ": error: " + p.message());
        }
        export.warnings().forEach(err::println);
        err.flush();
        if (!export.ok()) {
            return 1;
        }
        out.print(export.gift());
        out.flush();
        return 0;
    }
}
