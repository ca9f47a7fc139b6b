package org.agora.interchange.gift;

/**
 * A piece of GIFT text and the format it is written in: {@code moodle} (the default), {@code html},
 * {@code plain} or {@code markdown}, as a {@code [html]} prefix says. Escapes are already resolved.
 */
public record GiftText(String text, String format) {

    static final String MOODLE = "moodle";
    static final String HTML = "html";
    static final String PLAIN = "plain";
    static final String MARKDOWN = "markdown";

    public boolean isEmpty() {
        return text.isBlank();
    }
}
