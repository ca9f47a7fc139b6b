package org.agora.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The shared normalisation of short answers and numbers. */
class AnswersTest {

    @Test
    void normalizeTrimsCollapsesAndStraightensQuotes() {
        assertEquals("Kofi Annan", ShortAnswers.normalize("  Kofi \t\n  Annan  "));
        assertEquals("'quoted' \"double\"", ShortAnswers.normalize("‘quoted’ “double”"));
        assertEquals("'''''", ShortAnswers.normalize("‘’‚‛′"));
        assertEquals("\"\"\"\"\"", ShortAnswers.normalize("“”„‟″"));
        assertEquals("a b", ShortAnswers.normalize("a\u00A0\u2003b"), "non-breaking and em spaces are white space");
        assertEquals("", ShortAnswers.normalize(null));
    }

    @Test
    void normalizeAppliesNfkc() {
        assertEquals("KOFI 1997", ShortAnswers.normalize("ＫＯＦＩ　１９９７"));
        assertEquals("fi", ShortAnswers.normalize("\uFB01"), "the fi ligature");
    }

    @Test
    void foldIgnoresCase() {
        assertEquals(ShortAnswers.fold("STRASSE"), ShortAnswers.fold("straße"));
        assertEquals("kofi", ShortAnswers.fold("KoFi"));
    }

    @ParameterizedTest
    @CsvSource({"1997,1997", "3.14,3.14", "'3,14',3.14", "-2,-2", "+5,5", ".5,0.5", "'  12  ',12", "−4,-4",
            "１９９７,1997", "5.,5"})
    void parsesNumbers(String text, String expected) {
        assertEquals(0, new BigDecimal(expected).compareTo(Numbers.parse(text)), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "1 000", "1.2.3", "1,2,3", "12abc", "3.14 +- 0.01", "--1", "1e5"})
    void rejectsNonNumbers(String text) {
        assertNull(Numbers.parse(text), text);
    }

    @Test
    void acceptedNumericLines() {
        assertInstanceOf(Accepted.Exact.class, Numbers.parseAccepted("1997"));
        Accepted.Tolerance t = assertInstanceOf(Accepted.Tolerance.class, Numbers.parseAccepted("3.14 +- 0.01"));
        assertEquals("3.14 +- 0.01", t.display());
        assertInstanceOf(Accepted.Tolerance.class, Numbers.parseAccepted("3,14±0,01"));
        assertInstanceOf(Accepted.Tolerance.class, Numbers.parseAccepted("3.14 +/- 0.01"));
        Accepted.Range r = assertInstanceOf(Accepted.Range.class, Numbers.parseAccepted("1995..1998"));
        assertEquals(0, r.low().compareTo(new BigDecimal("1995")));
        assertInstanceOf(Accepted.Range.class, Numbers.parseAccepted("-1,5 .. 2,5"));
        assertNull(Numbers.parseAccepted("Kofi Annan"));
        assertNull(Numbers.parseAccepted("/1997/"));
        assertThrows(IllegalArgumentException.class, () -> Numbers.parseAccepted("1998..1995"));
        assertThrows(IllegalArgumentException.class, () -> Numbers.parseAccepted("3 +- -1"));
    }

    @Test
    void toleranceIncludesItsBoundsExactly() {
        Accepted a = Numbers.parseAccepted("3.14 +- 0.01");
        assertTrue(Numbers.matches(a, Numbers.parse("3,15")));
        assertTrue(Numbers.matches(a, Numbers.parse("3.13")));
        assertTrue(Numbers.matches(a, Numbers.parse("3.140")));
        assertFalse(Numbers.matches(a, Numbers.parse("3,16")));
        assertFalse(Numbers.matches(a, Numbers.parse("3.1299999")));
        assertFalse(Numbers.matches(a, null));
    }

    @Test
    void rangeIncludesItsEnds() {
        Accepted a = Numbers.parseAccepted("1995..1998");
        assertTrue(Numbers.matches(a, Numbers.parse("1995")));
        assertTrue(Numbers.matches(a, Numbers.parse("1998")));
        assertTrue(Numbers.matches(a, Numbers.parse("1996,5")));
        assertFalse(Numbers.matches(a, Numbers.parse("1994.999")));
        assertFalse(Numbers.matches(a, Numbers.parse("1999")));
    }

    @Test
    void textAndRegexMatching() {
        Accepted.Text kofi = new Accepted.Text("Kofi Annan", ShortAnswers.normalize("Kofi Annan"));
        assertTrue(ShortAnswers.matches(kofi, "  kofi   ANNAN ", false));
        assertFalse(ShortAnswers.matches(kofi, "kofi annan", true));
        assertTrue(ShortAnswers.matches(kofi, "Kofi Annan", true));
        assertFalse(ShortAnswers.matches(kofi, "", false));
    }
}
