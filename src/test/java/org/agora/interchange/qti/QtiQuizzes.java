package org.agora.interchange.qti;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Quiz files the QTI tests export: one with a question of every type, and the shipped module. */
final class QtiQuizzes {

    private QtiQuizzes() {
    }

    static final String EVERY_TYPE = """
            ---
            title: Every type
            attempts: 2
            time-limit: 90s
            shuffle: false
            review: never
            pass: 50
            ---

            Read the <b>essay</b> first.

            ## Capital of France? {#single}

            - (x) Paris
              > Yes: since the tenth century.
            - ( ) Lyon {credit=50%}
            - ( ) Rome

            > Paris is the capital; Lyon is the third city.

            ## The sky is blue. {#tf}

            - ( ) True
            - (x) False

            ## Which are primes? {#multi points=2 level=recall}

            - [x] 2
            - [x] 3
            - [ ] 4
              > 4 is 2 x 2.

            ## Name the author. {#short case=sensitive see=intro}

            = Kofi Annan
            = Annan {credit=50%}
            = /kofi.*/i

            > [!TIP]
            > The UN Secretary-General.

            ## Which year? {#num points=1.5}

            = 1997
            = 3.14 +- 0.01
            = 1995..1998
            = 2000 {credit=50%}

            ## Put them in order. {#order scoring=exact}

            - (2) second
            - (1) first
            - (3) third

            ## Match them. {#match}

            - a -> one
            - b -> two
            - -> three

            ## Give your verdict. {#essay type=essay points=4 words=10..100}

            Use two claims.

            > Marking notes.
            """;

    static List<Path> shipped() {
        try (Stream<Path> files = Files.list(Path.of("quizzes"))) {
            return files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
