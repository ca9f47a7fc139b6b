package org.agora;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.agora.content.Linter;
import org.agora.content.live.ContentPreload;
import org.agora.interchange.gift.ImportGiftCommand;
import org.agora.interchange.gift.export.ExportGiftCommand;
import org.agora.interchange.qti.ExportQtiCommand;

/**
 * Entry point of the packaged app. {@code lint} checks the content folders, {@code import-gift}
 * converts Moodle GIFT files into quiz files, {@code export-gift} a quiz file into GIFT and
 * {@code export-qti} into a QTI package for Canvas; all
 * exit without starting Quarkus, so they open no port and no database and can run beside a live server.
 */
@QuarkusMain
public class AgoraMain {

    public static void main(String... args) {
        if (args.length > 0 && args[0].equals("lint")) {
            System.exit(lint(args));
        }
        if (args.length > 0 && args[0].equals("import-gift")) {
            System.exit(importGift(args));
        }
        if (args.length > 0 && args[0].equals("export-gift")) {
            System.exit(ExportGiftCommand.run(Arrays.asList(args).subList(1, args.length), System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("export-qti")) {
            System.exit(ExportQtiCommand.run(Arrays.asList(args).subList(1, args.length), System.err));
        }
        // A best guess at the folders (application.properties is not read yet); see ContentPreload.
        ContentPreload.start(lessonsDir(), quizzesDir());
        Quarkus.run(args);
    }

    /**
     * {@code lint [--strict] [LESSONS_DIR QUIZZES_DIR]}; without folders, the same settings as the
     * server. {@code --strict} fails on warnings too.
     */
    static int lint(String... args) {
        List<String> rest = new ArrayList<>(Arrays.asList(args).subList(1, args.length));
        boolean strict = rest.remove("--strict");
        Path lessons = rest.size() >= 2 ? Path.of(rest.get(0)) : lessonsDir();
        Path quizzes = rest.size() >= 2 ? Path.of(rest.get(1)) : quizzesDir();
        return new Linter().run(lessons, quizzes, strict, System.out);
    }

    /** {@code import-gift FILE.gift... [--out FOLDER] [--force]}: see {@link ImportGiftCommand}. */
    static int importGift(String... args) {
        return ImportGiftCommand.run(Arrays.asList(args).subList(1, args.length), System.out);
    }

    private static Path lessonsDir() {
        return Path.of(setting("agora.lessons-dir", "AGORA_LESSONS_DIR", "lessons"));
    }

    private static Path quizzesDir() {
        return Path.of(setting("agora.quizzes-dir", "AGORA_QUIZZES_DIR", "quizzes"));
    }

    // Quarkus config is not running here: read the system property, then the environment, as Quarkus would.
    private static String setting(String property, String env, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
