package org.agora.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

/** Predicted lines against the actual ones, in any order, with what is missing and what is extra in the message. */
public final class Predicted {

    private Predicted() {
    }

    public static void assertSameLines(List<String> expected, List<String> actual) {
        List<String> e = new ArrayList<>(expected);
        List<String> a = new ArrayList<>(actual);
        e.sort(null);
        a.sort(null);
        List<String> missing = new ArrayList<>(e);
        missing.removeAll(a);
        List<String> unexpected = new ArrayList<>(a);
        unexpected.removeAll(e);
        assertEquals(e, a, "not given: " + missing + "; not predicted: " + unexpected);
    }
}
