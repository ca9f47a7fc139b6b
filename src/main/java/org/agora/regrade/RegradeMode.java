package org.agora.regrade;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How a regrade treats each chosen question: {@code normal} takes the new score (it may go down),
 * {@code raise-only} never lowers what a question earned, {@code full-credit} gives the chosen
 * questions their full current points whatever the answer.
 */
public enum RegradeMode {
    NORMAL("normal"),
    RAISE_ONLY("raise-only"),
    FULL_CREDIT("full-credit");

    public final String key;

    RegradeMode(String key) {
        this.key = key;
    }

    /** The mode named {@code key}, or null when none is. */
    public static RegradeMode of(String key) {
        return Arrays.stream(values()).filter(m -> m.key.equals(key)).findFirst().orElse(null);
    }

    static String choices() {
        return Arrays.stream(values()).map(m -> m.key).collect(Collectors.joining(", "));
    }
}
