package org.agora.interchange.gift.export;

import java.io.PrintStream;
import java.util.List;
import org.agora.interchange.ExportCommands;

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
        String text = ExportCommands.read(file, err);
        if (text == null) {
            return 1;
        }
        GiftExporter.Export export = new GiftExporter().export(file, text);
        if (!ExportCommands.report(export.errors(), export.warnings(), err)) {
            return 1;
        }
        out.print(export.gift());
        out.flush();
        return 0;
    }
}
