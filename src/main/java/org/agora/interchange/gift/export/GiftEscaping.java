package org.agora.interchange.gift.export;

/**
 * Text as GIFT writes it, as Moodle's {@code qformat_gift::repchar} does: a backslash before each
 * of {@code \ ~ = # { } :}, and line breaks as {@code \n}, so that every question stays on the
 * lines Moodle expects and no text is read as answer syntax.
 */
final class GiftEscaping {

    private GiftEscaping() {
    }

    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                continue;
            }
            if (c == '\n') {
                sb.append("\\n");
                continue;
            }
            if ("\\~=#{}:".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
