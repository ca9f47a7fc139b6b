package org.agora.interchange.gift;

import java.math.BigDecimal;

/**
 * One answer of a GIFT question. {@code weight} is Moodle's fraction in percent (100 for {@code =},
 * 0 for a plain {@code ~}, N for {@code %N%}). {@code text} is the option, accepted answer or
 * left-hand item (empty for a matching distractor); {@code right} is a matching item's right-hand
 * text (null otherwise); {@code number} is a numerical answer (null otherwise).
 */
public record GiftAnswer(int line, GiftText text, BigDecimal weight, GiftText feedback, String right, Number number) {

    /**
     * A numerical answer: {@code value} within {@code tolerance} ({@code 1822:2}, tolerance 0 for
     * {@code 1822}), or {@code low..high}; {@code any} for Moodle's {@code *}, which accepts every number.
     */
    public record Number(BigDecimal value, BigDecimal tolerance, BigDecimal low, BigDecimal high, boolean any) {
    }
}
