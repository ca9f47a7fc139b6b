package org.agora.interchange.gift.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.agora.interchange.gift.GiftImport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped quiz goes Agora -> GIFT -> Agora, and every GIFT fixture of the importer
 * GIFT -> Agora -> GIFT -> Agora, with the same questions, keys, credits and feedback, except
 * what a warning of the export named.
 */
class GiftRoundTripTest {

    static Stream<Path> shippedQuizzes() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("quizzes"))) {
            return s.filter(p -> p.toString().endsWith(".md")).sorted().toList().stream();
        }
    }

    static Stream<Path> giftFixtures() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/gift"))) {
            return s.filter(p -> p.toString().endsWith(".gift")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("shippedQuizzes")
    void shippedQuizComesBackFromGift(Path quiz) throws IOException {
        RoundTrip.check("quizzes/" + quiz.getFileName(), Files.readString(quiz));
    }

    @ParameterizedTest
    @MethodSource("giftFixtures")
    void giftFixtureComesBackFromAgora(Path gift) throws IOException {
        GiftImport.Outcome in = new GiftImport().convert(gift.getFileName().toString(), Files.readString(gift));
        assertTrue(in.ok(), in.problems().toString());
        for (GiftImport.QuizFile f : in.files()) {
            GiftExporter.Export export = RoundTrip.check("quizzes/" + f.fileName(), f.markdown());
            assertTrue(export.gift().contains("::"), export.gift());
        }
    }
}
