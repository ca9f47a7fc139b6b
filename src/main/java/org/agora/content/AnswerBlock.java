package org.agora.content;

import java.util.List;

/** A question's answers as its type read them; the lists that do not apply to the type are empty. */
public record AnswerBlock(QuestionType type, List<Option> options, List<MatchPair> pairs, List<String> rights,
        List<Accepted> accepted) {

    public static AnswerBlock ofOptions(QuestionType type, List<Option> options) {
        return new AnswerBlock(type, List.copyOf(options), List.of(), List.of(), List.of());
    }

    public static AnswerBlock ofPairs(List<MatchPair> pairs, List<String> rights) {
        return new AnswerBlock(QuestionType.MATCH, List.of(), List.copyOf(pairs), List.copyOf(rights), List.of());
    }

    public static AnswerBlock ofAccepted(QuestionType type, List<Accepted> accepted) {
        return new AnswerBlock(type, List.of(), List.of(), List.of(), List.copyOf(accepted));
    }
}
