package org.agora.content.writing;

import java.util.ArrayList;
import java.util.List;
import org.agora.content.Accepted;
import org.agora.content.Option;
import org.agora.content.Question;
import org.agora.content.QuestionType;

/** A question's key as text a learner could read elsewhere: what the cue and duplicate checks look for. */
final class Keys {

    private Keys() {
    }

    /**
     * The literal accepted lines of a short answer; the numbers of a numeric one as written (a
     * range's ends, a tolerance's centre); the correct options' texts of a single or multiple
     * choice. Nothing for true/false (True and False are everywhere), ordering, matching or regexes.
     */
    static List<String> of(Question q) {
        List<String> keys = new ArrayList<>();
        if (q.type() == QuestionType.SINGLE || q.type() == QuestionType.MULTIPLE) {
            q.options().stream().filter(Option::correct).map(Option::text).forEach(keys::add);
        }
        for (Accepted a : q.accepted()) {
            if (a instanceof Accepted.Text t) {
                keys.add(t.display());
            } else if (a instanceof Accepted.Exact e) {
                keys.add(e.display());
            } else if (a instanceof Accepted.Tolerance t) {
                keys.add(t.value().toPlainString());
            } else if (a instanceof Accepted.Range r) {
                keys.add(r.low().toPlainString());
                keys.add(r.high().toPlainString());
            } // a regex is no text a learner could see
        }
        return keys;
    }
}
