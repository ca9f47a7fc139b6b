package org.agora.account;

import java.security.SecureRandom;
import java.util.List;

/** Friendly generated nicknames ("Quiet Heron 27") for scoreboards that hide real names. */
final class Nicknames {

    private static final List<String> ADJECTIVES = List.of("Bright", "Calm", "Clever", "Curious", "Eager", "Gentle",
            "Brave", "Keen", "Lucky", "Merry", "Nimble", "Patient", "Quiet", "Quick", "Steady", "Swift", "Witty", "Bold");
    private static final List<String> ANIMALS = List.of("Heron", "Otter", "Badger", "Falcon", "Lynx", "Panda", "Crane",
            "Fox", "Marten", "Owl", "Puffin", "Robin", "Seal", "Tiger", "Whale", "Wren", "Yak", "Magpie");
    private static final SecureRandom RANDOM = new SecureRandom();

    private Nicknames() {
    }

    static String generate() {
        return ADJECTIVES.get(RANDOM.nextInt(ADJECTIVES.size())) + " " + ANIMALS.get(RANDOM.nextInt(ANIMALS.size()))
                + " " + (10 + RANDOM.nextInt(90));
    }
}
