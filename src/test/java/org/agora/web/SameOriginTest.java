package org.agora.web;

import static org.agora.web.SameOrigin.foreign;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SameOriginTest {

    @Test
    void fetchMetadataDecidesWhenPresent() {
        assertFalse(foreign("same-origin", "https://evil.example", "https", "agora.school", -1), "the header a browser sets wins");
        assertFalse(foreign("none", null, "https", "agora.school", -1));
        assertTrue(foreign("cross-site", "https://agora.school", "https", "agora.school", -1));
        assertTrue(foreign("same-site", null, "https", "agora.school", -1), "a neighbouring subdomain is another app");
    }

    @Test
    void otherwiseTheOriginMustBeThisServer() {
        assertFalse(foreign(null, "https://agora.school", "https", "agora.school", -1));
        assertFalse(foreign(null, "https://Agora.School:443", "HTTPS", "agora.school", -1), "default port, any case");
        assertFalse(foreign(null, "http://localhost:8081", "http", "localhost", 8081));
        assertTrue(foreign(null, "http://localhost:8082", "http", "localhost", 8081));
        assertTrue(foreign(null, "https://evil.example", "https", "agora.school", -1));
        assertTrue(foreign(null, "http://agora.school", "https", "agora.school", -1), "a downgrade is another origin");
        assertTrue(foreign(null, "null", "https", "agora.school", -1), "sandboxed pages send Origin: null");
        assertTrue(foreign(null, "::not a url", "https", "agora.school", -1));
    }

    @Test
    void clientsThatAreNotBrowsersPass() {
        assertFalse(foreign(null, null, "https", "agora.school", -1));
    }
}
