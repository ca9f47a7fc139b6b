package org.agora.grading;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.agora.attempt.AnswerBody;

/** The text of a saved essay answer (the stored {@code {"text": ...}}), empty when there is none. */
final class EssayText {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EssayText() {
    }

    static String of(String storedResponse) {
        if (storedResponse == null) {
            return "";
        }
        try {
            AnswerBody body = JSON.readValue(storedResponse, AnswerBody.class);
            return body.text() == null ? "" : body.text();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Corrupt saved answer", e);
        }
    }
}
