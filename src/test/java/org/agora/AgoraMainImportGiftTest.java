package org.agora;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.agora.content.QuizParser;
import org.agora.support.StdOut;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar agora.jar import-gift FILE.gift [--out FOLDER] [--force]}, without starting Quarkus. */
class AgoraMainImportGiftTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final StdOut stdout = new StdOut();

    private String output() {
        return stdout.text();
    }

    private Path gift(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void writesTheQuizPrintsWarningsAndExitsZero() throws IOException {
        Path g = gift("week-1.gift", "// [tag:x]\n::q1::Is the sky blue?{T}\n\nJust text.\n");
        Path out = dir.resolve("quizzes");
        assertEquals(0, AgoraMain.importGift("import-gift", g.toString(), "--out", out.toString()), this::output);
        String[] lines = output().strip().split("\n");
        assertEquals(g + ":2: warning: tags [tag:x] are not carried over: Agora questions have no tags", lines[0]);
        assertTrue(lines[1].startsWith(g + ":4: warning: a description"), output());
        assertEquals("import-gift: wrote " + out.resolve("week-1.md") + " (1 question)", lines[2]);
        assertEquals("import-gift: 1 file written, 0 errors, 2 warnings", lines[lines.length - 1]);
        String md = Files.readString(out.resolve("week-1.md"));
        assertTrue(new QuizParser().parse("quizzes/week-1.md", md).ok());
        assertTrue(md.startsWith("---\nid: week-1\ntitle: \"week 1\"\n---\n"), md);
    }

    @Test
    void neverOverwritesWithoutForce() throws IOException {
        Path g = gift("q.gift", "Q?{T}");
        Files.writeString(dir.resolve("q.md"), "mine");
        assertEquals(1, AgoraMain.importGift("import-gift", g.toString(), "--out", dir.toString()));
        assertTrue(output().contains(g + ":1: error: " + dir.resolve("q.md") + " exists already"), output());
        assertEquals("mine", Files.readString(dir.resolve("q.md")));
        assertEquals(0, AgoraMain.importGift("import-gift", g.toString(), "--out", dir.toString(), "--force"), this::output);
        assertTrue(Files.readString(dir.resolve("q.md")).contains("## Q? {#q}"));
    }

    @Test
    void syntaxErrorExitsOneAndWritesNothing() throws IOException {
        Path g = gift("bad.gift", "Good?{T}\n\nBad {=a\n");
        assertEquals(1, AgoraMain.importGift("import-gift", g.toString(), "--out", dir.toString()));
        assertTrue(output().contains(g + ":3: error: no matching `}` around the answers"), output());
        assertTrue(output().strip().endsWith("import-gift: 0 files written, 1 error, 0 warnings"), output());
        assertFalse(Files.exists(dir.resolve("bad.md")));
    }

    @Test
    void unreadableOrEmptyFilesExitOne() throws IOException {
        assertEquals(1, AgoraMain.importGift("import-gift", dir.resolve("missing.gift").toString(), "--out", dir.toString()));
        assertTrue(output().contains("missing.gift:1: error: cannot read the file"), output());
        Path latin = dir.resolve("latin.gift");
        Files.write(latin, new byte[] {'Q', (byte) 0xE9, '{', 'T', '}'});
        assertEquals(1, AgoraMain.importGift("import-gift", latin.toString(), "--out", dir.toString()));
        assertTrue(output().contains(latin + ":1: error: not UTF-8 text"), output());
        Path empty = gift("empty.gift", "// nothing\n");
        assertEquals(1, AgoraMain.importGift("import-gift", empty.toString(), "--out", dir.toString()));
        assertTrue(output().contains(empty + ":1: error: no question to import"), output());
        assertEquals(1, AgoraMain.importGift("import-gift"));
        assertTrue(output().contains("import-gift: no GIFT file given"), output());
    }

    @Test
    void categoriesBecomeOneQuizEach() throws IOException {
        Path g = gift("course.gift", "$CATEGORY: $course$/top/Week 1\n\nA?{T}\n\n$CATEGORY: $course$/top/Week 2\n\nB?{F}\n");
        assertEquals(0, AgoraMain.importGift("import-gift", g.toString(), "--out", dir.toString()), this::output);
        assertTrue(Files.readString(dir.resolve("course-week-1.md")).contains("title: \"Week 1\"\n"));
        assertTrue(Files.readString(dir.resolve("course-week-2.md")).contains("## B? {#b}"));
    }
}
