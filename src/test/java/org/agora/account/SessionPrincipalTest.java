package org.agora.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SessionPrincipalTest {

    @Test
    void nameAndParseAreInverse() {
        SessionPrincipal p = new SessionPrincipal("min-ji.k_1", 7);
        assertEquals("min-ji.k_1/7", p.name());
        assertEquals(p, SessionPrincipal.parse(p.name()));
    }

    @Test
    void aBareUsernameIsEpochZero() {
        assertEquals(new SessionPrincipal("alice", 0), SessionPrincipal.parse("alice"));
    }

    @Test
    void aDamagedEpochMatchesNoAccount() {
        SessionPrincipal p = SessionPrincipal.parse("alice/x");
        assertEquals("alice", p.username());
        Account a = new Account();
        for (int epoch : new int[] {0, 1, Integer.MAX_VALUE}) {
            a.sessionEpoch = epoch;
            assertFalse(p.current(a), "epoch " + epoch);
        }
    }

    @Test
    void currentOnlyForTheAccountsEpoch() {
        Account a = new Account();
        a.sessionEpoch = 3;
        assertTrue(new SessionPrincipal("alice", 3).current(a));
        assertFalse(new SessionPrincipal("alice", 2).current(a));
        assertFalse(new SessionPrincipal("alice", 4).current(a));
    }
}
