package org.agora.interchange.qti;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.agora.interchange.ExportCommands;

/**
 * {@code export-qti quizzes/FILE.md --out FILE.zip}: the quiz as a QTI package for Canvas, its
 * warnings on standard error ({@code FILE:LINE: warning: ...}). Exit status 1, and no zip, when
 * the file has errors ({@code FILE:LINE: error: ...}), cannot be read, or the zip cannot be
 * written. An existing zip is replaced, as a compiler replaces its output: it is derived from the
 * quiz file and made again from it at any time (unlike {@code import-gift}, which never
 * overwrites a quiz file an author may have edited). The zip is written to a temporary file
 * beside it and then moved into place, so a reader never sees half a zip.
 */
public final class ExportQtiCommand {

    static final String USAGE = "export-qti: usage: export-qti quizzes/FILE.md --out FILE.zip";

    private ExportQtiCommand() {
    }

    public static int run(List<String> args, PrintStream err) {
        if (args.size() != 3 || args.get(0).startsWith("--") || !args.get(1).equals("--out")) {
            err.println(USAGE);
            return 1;
        }
        String file = args.get(0);
        Path out = Path.of(args.get(2));
        String text = ExportCommands.read(file, err);
        if (text == null) {
            return 1;
        }
        QtiExporter.Export export = new QtiExporter().export(file, text);
        if (!ExportCommands.report(export.errors(), export.warnings(), err)) {
            return 1;
        }
        try {
            Path dir = out.toAbsolutePath().getParent();
            Path tmp = Files.createTempFile(dir, ".export-qti-", ".zip");
            try {
                Files.write(tmp, export.zip());
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            err.println(out + ": error: cannot write the zip (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
            return 1;
        }
        return 0;
    }
}
