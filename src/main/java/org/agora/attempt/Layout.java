package org.agora.attempt;

import java.util.List;

/**
 * How one attempt shows its quiz: the drawn questions in order and, per question, its options
 * (or left and right items) in shown order, each with an opaque id that is random per attempt.
 * Indexes are authoring positions and never leave the server.
 */
public record Layout(List<Slotted> questions) {

    public record Slot(int index, String id) {
    }

    public record Slotted(String question, List<Slot> options, List<Slot> left, List<Slot> right) {

        public Integer optionIndex(String id) {
            return indexOf(options, id);
        }

        public Integer leftIndex(String id) {
            return indexOf(left, id);
        }

        public Integer rightIndex(String id) {
            return indexOf(right, id);
        }

        String optionId(int index) {
            return idOf(options, index);
        }

        String leftId(int index) {
            return idOf(left, index);
        }

        String rightId(int index) {
            return idOf(right, index);
        }

        private static Integer indexOf(List<Slot> slots, String id) {
            return slots.stream().filter(s -> s.id().equals(id)).map(Slot::index).findFirst().orElse(null);
        }

        private static String idOf(List<Slot> slots, int index) {
            return slots.stream().filter(s -> s.index() == index).map(Slot::id).findFirst().orElse(null);
        }
    }

    public Slotted question(String questionId) {
        return questions.stream().filter(q -> q.question().equals(questionId)).findFirst().orElse(null);
    }
}
