package org.agora.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The size guard counts atoms as RE2 expands them: within a small factor of the compiled program. */
class RegexSizeTest {

    @Test
    void countsMultiplyWhatTheyRepeat() {
        assertEquals(7, RegexSize.estimate("(ab){3}c"));
        assertEquals(1 + 2 * 10 * 10, RegexSize.estimate("((ab){10}){10}x"));
        assertEquals(51, RegexSize.estimate("a{2,50}b"), "b once, a up to 50 times");
        assertEquals(5, RegexSize.estimate("a{5,}"), "an open count makes its lower bound of copies, then a star");
    }

    @Test
    void escapesClassesAndQuotesAreAtoms() {
        assertEquals(2, RegexSize.estimate("\\x{41}{2}"), "\\x{41} is one character, not a count");
        assertEquals(1, RegexSize.estimate("[a{5}(]"), "a class is one atom, whatever is inside");
        assertEquals(1, RegexSize.estimate("[]{9}]"));
        assertEquals(3, RegexSize.estimate("[[:alpha:]]\\p{Greek}\\d"));
        assertEquals(4, RegexSize.estimate("\\Qa{9}\\E"), "quoted text counts one atom a character");
    }

    @Test
    void hugeNestingSaturatesInsteadOfOverflowing() {
        long size = RegexSize.estimate("((((((a{1000}){1000}){1000}){1000}){1000}){1000}){99999999999}");
        assertTrue(size >= 1_000_000_000_000L, "saturated: " + size);
    }
}
