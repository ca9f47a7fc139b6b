package org.agora.content;

import java.util.List;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Node;

/**
 * What the quiz parser lends a question type that reads the question's blocks itself (an essay:
 * its stem, rubric, hint and marking notes), beyond {@link Authoring}.
 */
public interface QuestionBlocks extends Authoring {

    /** The file line a block starts on. */
    int line(Node n);

    boolean isRubric(BlockQuote q);

    /** The criteria of a {@code > [!RUBRIC]} block, each error reported at its line. */
    List<Essay.Criterion> rubric(BlockQuote q);

    boolean isCheck(BlockQuote q);

    /**
     * A block that may end a question: a {@code > [!TIP]} hint (added to {@code hints}), a {@code > }
     * explanation (added to {@code explanations}), or what renders as nothing; false for anything else.
     */
    boolean trailing(Node b, List<String> hints, List<String> explanations);

    /** How many problems the file has so far: a type compares it to see whether its own reading went wrong. */
    int errors();

    /** A block as the linter's messages name it ("list", "code block"). */
    static String describe(Node b) {
        return QuizParser.describe(b);
    }
}
