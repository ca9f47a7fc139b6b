package org.agora.interchange.gift;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code import-gift FILE.gift... [--out FOLDER] [--force]}: writes the Agora quiz files of each
 * GIFT file into FOLDER (default: the current folder), printing every problem as
 * {@code FILE.gift:LINE: warning: ...} or {@code ...: error: ...}. An existing file is never
 * overwritten without {@code --force}. Exit status 0 when files were written and nothing failed, else 1.
 */
public final class ImportGiftCommand {

    private ImportGiftCommand() {
    }

    public static int run(List<String> args, PrintStream out) {
        List<String> files = new ArrayList<>();
        Path folder = Path.of(".");
        boolean force = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--force")) {
                force = true;
            } else if (a.equals("--out") && i + 1 < args.size()) {
                folder = Path.of(args.get(++i));
            } else if (a.startsWith("--")) {
                out.println("import-gift: unknown option " + a + "; usage: import-gift FILE.gift... [--out FOLDER] [--force]");
                return 1;
            } else {
                files.add(a);
            }
        }
        if (files.isEmpty()) {
            out.println("import-gift: no GIFT file given; usage: import-gift FILE.gift... [--out FOLDER] [--force]");
            return 1;
        }
        final Path dir = folder;
        int errors = 0;
        int warnings = 0;
        int written = 0;
        for (String file : files) {
            String source;
            try {
                source = GiftFiles.utf8(Files.readAllBytes(Path.of(file)));
            } catch (CharacterCodingException e) {
                out.println(file + ":1: error: not UTF-8 text; save the file as UTF-8 and import it again");
                errors++;
                continue;
            } catch (IOException e) {
                out.println(file + ":1: error: cannot read the file (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
                errors++;
                continue;
            }
            GiftImport.Outcome outcome = new GiftImport().convert(file, source, dir.toString());
            for (ImportProblem p : outcome.problems()) {
                out.println(p.shown(file));
                errors += p.error() ? 1 : 0;
                warnings += p.error() ? 0 : 1;
            }
            if (!outcome.ok()) {
                continue;
            }
            List<String> taken = outcome.files().stream().map(f -> dir.resolve(f.fileName()))
                    .filter(Files::exists).map(Path::toString).toList();
            if (!force && !taken.isEmpty()) {
                taken.forEach(t -> out.println(file + ":1: error: " + t + " exists already: nothing of " + file
                        + " is written (--force overwrites)"));
                errors += taken.size();
                continue;
            }
            for (GiftImport.QuizFile f : outcome.files()) {
                Path target = folder.resolve(f.fileName());
                try {
                    GiftFiles.write(target, f.markdown(), force);
                } catch (FileAlreadyExistsException e) {
                    out.println(file + ":1: error: " + target + " exists already: not overwritten (--force overwrites)");
                    errors++;
                    continue;
                } catch (IOException e) {
                    out.println(file + ":1: error: cannot write " + target + " (" + e.getMessage() + ")");
                    errors++;
                    continue;
                }
                written++;
                out.println("import-gift: wrote " + target + " (" + f.questions() + (f.questions() == 1 ? " question)" : " questions)"));
                f.lint().forEach(out::println);
            }
        }
        out.println("import-gift: " + written + (written == 1 ? " file" : " files") + " written, " + errors
                + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings"));
        out.flush();
        return errors == 0 && written > 0 ? 0 : 1;
    }
}
