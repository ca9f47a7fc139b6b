package org.agora.content;

import static org.agora.content.TestSupport.assertOk;
import static org.agora.content.TestSupport.assertOnlyProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@code lang:} in a lesson's or quiz's front matter: the language it is written in, English by default. */
class ContentLanguageTest {

    private static final String QUESTION = "\n## Who?\n\n- ( ) Jiang Zemin\n- (x) Kofi Annan\n";

    @Test
    void aLessonDeclaresItsLanguage() {
        assertEquals("ko", assertOk(new LessonParser().parse("lessons/a.md", "---\ntitle: 가\nlang: ko\n---\n\n본문\n")).lang());
        assertEquals("ko-KR", assertOk(new LessonParser().parse("lessons/a.md", "---\nlang: ko-kr\n---\n\nText\n")).lang());
        assertEquals("en", assertOk(new LessonParser().parse("lessons/a.md", "---\ntitle: A\n---\n\nText\n")).lang());
    }

    @Test
    void aQuizDeclaresItsLanguage() {
        assertEquals("ko", assertOk(new QuizParser().parse("quizzes/q.md", "---\nlang: ko\n---\n" + QUESTION)).lang());
        assertEquals("en", assertOk(new QuizParser().parse("quizzes/q.md", QUESTION)).lang());
    }

    @Test
    void aBadTagIsAProblemOnItsLine() {
        for (String bad : new String[] {"korean", "k", "ko_KR", "zz", "ko-", "[ko, en]"}) {
            assertOnlyProblem(new LessonParser().parse("lessons/a.md", "---\ntitle: A\nlang: " + bad + "\n---\n\nText\n"), 3, "`lang`");
            assertOnlyProblem(new QuizParser().parse("quizzes/q.md", "---\ntitle: Q\n\nlang: " + bad + "\n---\n" + QUESTION), 4, "`lang`");
        }
    }
}
