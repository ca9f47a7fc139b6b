package org.agora;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.agora.interchange.qti.ExportQtiCommand;
import org.agora.interchange.qti.QtiExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar agora.jar export-qti quizzes/FILE.md --out FILE.zip}, without starting Quarkus. */
class AgoraMainExportQtiTest {

    @TempDir
    Path dir;

    private record Run(int code, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ExportQtiCommand.run(List.of(args), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, err.toString(StandardCharsets.UTF_8));
    }

    private Path quiz(String text) throws IOException {
        Path p = dir.resolve("q.md");
        Files.writeString(p, text);
        return p;
    }

    @Test
    void writesTheZipPrintsWarningsAndExitsZero() throws IOException {
        Path q = quiz("## Which? {#w level=recall}\n\n- (x) a\n- ( ) b\n");
        Path zip = dir.resolve("q.zip");
        Run run = run(q.toString(), "--out", zip.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals(q + ":1: warning: level= is not carried: Canvas has no cognitive level for a question\n", run.err());
        assertArrayEquals(new QtiExporter().export(q.toString(), Files.readString(q)).zip(), Files.readAllBytes(zip));
        try (var files = Files.list(dir)) {
            assertEquals(List.of("q.md", "q.zip"), files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary file left");
        }
    }

    @Test
    void anExistingZipIsReplaced() throws IOException {
        Path zip = dir.resolve("q.zip");
        Files.writeString(zip, "old");
        assertEquals(0, run(quiz("## Q {#q}\n\n- (x) a\n- ( ) b\n").toString(), "--out", zip.toString()).code());
        assertTrue(Files.size(zip) > 100);
    }

    @Test
    void aFileWithErrorsWritesNothingAndExitsOne() throws IOException {
        Path q = quiz("## No answers here {#x}\n");
        Path zip = dir.resolve("q.zip");
        Run run = run(q.toString(), "--out", zip.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().startsWith(q + ":1: error: "), run.err());
        assertFalse(Files.exists(zip));
    }

    @Test
    void anUnreadableFileExitsOne() {
        Path missing = dir.resolve("missing.md");
        Run run = run(missing.toString(), "--out", dir.resolve("m.zip").toString());
        assertEquals(1, run.code());
        assertTrue(run.err().startsWith(missing + ":1: error: cannot read the file"), run.err());
    }

    @Test
    void aUsageErrorPrintsTheUsageAndExitsOne() {
        String usage = "export-qti: usage: export-qti quizzes/FILE.md --out FILE.zip\n";
        assertEquals(new Run(1, usage), run());
        assertEquals(new Run(1, usage), run("quizzes/a.md"));
        assertEquals(new Run(1, usage), run("quizzes/a.md", "--to", "a.zip"));
        assertEquals(new Run(1, usage), run("--out", "a.zip", "quizzes/a.md"));
    }
}
