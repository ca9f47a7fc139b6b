package org.agora.attempt;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.agora.attempt.Layout.Slot;
import org.agora.attempt.Layout.Slotted;
import org.agora.content.Question;
import org.agora.content.QuestionType;
import org.agora.content.Quiz;

/** Draws an attempt's questions ({@code pick}) and fixes their option order ({@code shuffle}). */
final class Layouts {

    private static final String ID_CHARS = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Layouts() {
    }

    static Layout draw(Quiz quiz) {
        return draw(quiz, RANDOM);
    }

    static Layout draw(Quiz quiz, RandomGenerator random) {
        List<Question> questions = new ArrayList<>(quiz.questions());
        if (quiz.pick() != null && quiz.pick() < questions.size()) {
            List<Question> pool = new ArrayList<>(questions);
            Collections.shuffle(pool, asRandom(random));
            Set<Question> chosen = new HashSet<>(pool.subList(0, quiz.pick()));
            questions.removeIf(q -> !chosen.contains(q)); // the drawn ones keep the author's order
        }
        Set<String> used = new HashSet<>();
        List<Slotted> slotted = questions.stream().map(q -> slot(q, quiz.shuffle(), random, used)).toList();
        return new Layout(slotted);
    }

    private static Slotted slot(Question q, boolean shuffle, RandomGenerator random, Set<String> used) {
        List<Integer> options = indexes(q.options().size());
        List<Integer> left = indexes(q.pairs().size());
        List<Integer> right = indexes(q.rights().size());
        if (q.type() == QuestionType.TRUEFALSE) {
            // True before False, always: shuffled, the pair read "False / True" in half the attempts.
            options = trueFirst(q);
        } else if (shuffle) {
            Collections.shuffle(options, asRandom(random));
        }
        if (shuffle) {
            Collections.shuffle(left, asRandom(random));
        }
        if (q.type() == QuestionType.ORDER) {
            // An ordering is always shown out of order, whatever shuffle says.
            derange(options, q, random);
        }
        // Right-hand choices in the author's order would mirror the pairs: always shuffled.
        Collections.shuffle(right, asRandom(random));
        return new Slotted(q.id(), slots(options, used, random), slots(left, used, random), slots(right, used, random));
    }

    /** The option indexes of a true/false question with True first, whatever order the author wrote. */
    static List<Integer> trueFirst(Question q) {
        List<Integer> options = indexes(q.options().size());
        options.sort(Comparator.comparing(i -> !"true".equalsIgnoreCase(q.options().get(i).text().strip())));
        return options;
    }

    private static void derange(List<Integer> items, Question q, RandomGenerator random) {
        for (int tries = 0; tries < 20 && items.size() > 1 && inAuthoredOrder(items, q); tries++) {
            Collections.shuffle(items, asRandom(random));
        }
    }

    private static boolean inAuthoredOrder(List<Integer> items, Question q) {
        for (int i = 0; i < items.size(); i++) {
            if (q.options().get(items.get(i)).position() != i + 1) {
                return false;
            }
        }
        return true;
    }

    private static List<Integer> indexes(int n) {
        List<Integer> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(i);
        }
        return list;
    }

    private static List<Slot> slots(List<Integer> indexes, Set<String> used, RandomGenerator random) {
        return indexes.stream().map(i -> new Slot(i, freshId(used, random))).toList();
    }

    /** Random ids, unique within the attempt, so that they reveal neither order nor correctness. */
    private static String freshId(Set<String> used, RandomGenerator random) {
        String id;
        do {
            StringBuilder sb = new StringBuilder("o");
            for (int i = 0; i < 6; i++) {
                sb.append(ID_CHARS.charAt(random.nextInt(ID_CHARS.length())));
            }
            id = sb.toString();
        } while (!used.add(id));
        return id;
    }

    private static java.util.Random asRandom(RandomGenerator g) {
        return g instanceof java.util.Random r ? r : new java.util.Random(g.nextLong());
    }
}
