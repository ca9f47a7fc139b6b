package org.agora.content;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A rough size of a regex once its counted repetitions are expanded, as RE2 compiles them:
 * {@code (ab){3}c} is 2 x 3 + 1 = 7 atoms. It is known before compiling, which matters because RE2/J
 * expands {@code ((a{1000}){1000}){1000}} into a billion instructions and runs out of memory. Only
 * a guard: the exact rule is the compiled program's size; this scan just has to stay within a small
 * factor of it (it counts atoms, not instructions), so that what it refuses would be refused anyway.
 */
final class RegexSize {

    /** Any larger value means "far too large"; keeps the multiplications from overflowing. */
    private static final long CAP = 1_000_000_000_000L;

    private RegexSize() {
    }

    static long estimate(String s) {
        Deque<Long> open = new ArrayDeque<>(); // the size before each open group
        long size = 0; // of the group being read
        long last = 0; // of the atom or group just read, which a count repeats
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                open.push(size);
                size = 0;
                continue;
            }
            if (c == ')' && !open.isEmpty()) {
                last = size;
                size = Math.min(CAP, open.pop() + size);
                continue;
            }
            int countEnd = c == '{' ? countEnd(s, i) : -1;
            if (countEnd > 0) {
                long count = count(s.substring(i + 1, countEnd));
                size = Math.min(CAP, size + times(last, count - 1));
                last = times(last, count);
                i = countEnd;
                continue;
            }
            int atoms = 1;
            if (c == '[') {
                i = classEnd(s, i);
            } else if (s.startsWith("\\Q", i)) {
                int quoted = s.indexOf("\\E", i + 2);
                int end = quoted < 0 ? s.length() - 1 : quoted + 1;
                atoms = Math.max(1, end - i - 3); // one per quoted character; a count repeats the last one
                i = end;
            } else if (c == '\\') {
                i = escapeEnd(s, i);
            }
            last = 1;
            size = Math.min(CAP, size + atoms);
        }
        while (!open.isEmpty()) {
            size = Math.min(CAP, open.pop() + size);
        }
        return size;
    }

    /** The index of the {@code }} of a count {@code {n}}, {@code {n,}} or {@code {n,m}} at i, else -1. */
    private static int countEnd(String s, int i) {
        int j = i + 1;
        int digits = 0;
        while (j < s.length() && (Character.isDigit(s.charAt(j)) || (s.charAt(j) == ',' && digits > 0))) {
            digits++;
            j++;
        }
        return digits > 0 && j < s.length() && s.charAt(j) == '}' ? j : -1;
    }

    /** The copies a count makes: its upper bound, or its lower one when it has none. */
    private static long count(String inside) {
        String[] bounds = inside.split(",", -1);
        String upper = bounds.length > 1 && !bounds[1].isEmpty() ? bounds[1] : bounds[0];
        return upper.length() > 6 ? CAP : Math.max(1, Long.parseLong(upper));
    }

    private static long times(long a, long b) {
        return b != 0 && a > CAP / b ? CAP : a * b;
    }

    /** The last index of the character class starting at i ({@code []a]} and {@code [[:alpha:]]} included). */
    private static int classEnd(String s, int i) {
        int j = i + 1;
        if (j < s.length() && s.charAt(j) == '^') {
            j++;
        }
        if (j < s.length() && s.charAt(j) == ']') {
            j++;
        }
        for (; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '\\') {
                j = escapeEnd(s, j);
            } else if (c == '[' && s.startsWith("[:", j) && s.indexOf(":]", j + 2) > 0) {
                j = s.indexOf(":]", j + 2) + 1;
            } else if (c == ']') {
                return j;
            }
        }
        return s.length() - 1;
    }

    /** The last index of the escape at i: {@code \x{41}} and {@code \p{Greek}} are one atom. */
    private static int escapeEnd(String s, int i) {
        if (i + 1 >= s.length()) {
            return i;
        }
        char e = s.charAt(i + 1);
        if ((e == 'x' || e == 'p' || e == 'P') && i + 2 < s.length() && s.charAt(i + 2) == '{') {
            int close = s.indexOf('}', i + 3);
            return close < 0 ? s.length() - 1 : close;
        }
        return i + 1;
    }
}
