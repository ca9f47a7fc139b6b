package org.agora.content;

import java.math.BigDecimal;

/** What every question has, whatever its type: read from its {@code ## } heading. */
public record QuestionHead(String id, String titleHtml, String titleText, int line, BigDecimal points, String see,
        Level level) {
}
