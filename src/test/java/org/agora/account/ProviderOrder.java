package org.agora.account;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.security.identity.IdentityProvider;
import jakarta.enterprise.inject.Instance;
import java.util.List;

/**
 * The identity provider manager asks the providers of a request type by falling priority and breaks
 * ties arbitrarily (build-dependent): Agora's must come strictly first to be the one that answers.
 */
final class ProviderOrder {

    private ProviderOrder() {
    }

    static void assertStrictlyFirst(Instance<IdentityProvider<?>> providers, Class<?> requestType, Class<?> ours) {
        List<IdentityProvider<?>> all = providers.stream().filter(p -> p.getRequestType() == requestType).toList();
        IdentityProvider<?> first = all.stream().filter(ours::isInstance).findFirst().orElseThrow();
        for (IdentityProvider<?> other : all) {
            if (other != first) {
                assertTrue(first.priority() > other.priority(),
                        other.getClass().getName() + " has priority " + other.priority() + ", ours " + first.priority());
            }
        }
        assertTrue(all.size() >= 2, "quarkus-security-jpa's provider is there too: " + all);
    }
}
