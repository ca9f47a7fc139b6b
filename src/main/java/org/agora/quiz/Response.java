package org.agora.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A learner's answer to one question, in authoring indexes ({@code Option.index},
 * {@code MatchPair.index}, indexes into {@code Question.rights}); the attempt layer maps the opaque
 * ids it shows to these. Null elements are dropped; the collections are immutable.
 */
public sealed interface Response {

    /** Single choice, true/false, multiple answer: the chosen options. */
    record Choices(Set<Integer> optionIndexes) implements Response {
        public Choices {
            Set<Integer> s = new HashSet<>();
            if (optionIndexes != null) {
                optionIndexes.stream().filter(Objects::nonNull).forEach(s::add);
            }
            optionIndexes = Collections.unmodifiableSet(s);
        }

        public static Choices of(Integer... indexes) {
            return new Choices(new HashSet<>(List.of(indexes)));
        }
    }

    /** Short answer and numeric: the text typed. */
    record Text(String text) implements Response {
    }

    /** Ordering: the items' option indexes in the order the learner put them. */
    record Order(List<Integer> optionIndexesInLearnerOrder) implements Response {
        public Order {
            List<Integer> l = new ArrayList<>();
            if (optionIndexesInLearnerOrder != null) {
                l.addAll(optionIndexesInLearnerOrder);
            }
            optionIndexesInLearnerOrder = Collections.unmodifiableList(l);
        }

        public static Order of(Integer... indexes) {
            return new Order(List.of(indexes));
        }
    }

    /** Matching: for each left item (pair index), the chosen right-hand choice (index into rights). */
    record Pairs(Map<Integer, Integer> rightIndexByPairIndex) implements Response {
        public Pairs {
            Map<Integer, Integer> m = new HashMap<>();
            if (rightIndexByPairIndex != null) {
                rightIndexByPairIndex.forEach((k, v) -> {
                    if (k != null && v != null) {
                        m.put(k, v);
                    }
                });
            }
            rightIndexByPairIndex = Collections.unmodifiableMap(m);
        }
    }
}
