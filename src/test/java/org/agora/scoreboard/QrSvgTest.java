package org.agora.scoreboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nayuki.qrcodegen.QrCode;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The QR code drawn on the server: every dark module of the library's code, inside its quiet zone. */
class QrSvgTest {

    @Test
    void theSvgDrawsEveryDarkModuleOfTheCode() {
        String address = "https://agora.example/signup?code=KQ7M-4821";
        QrCode qr = QrCode.encodeText(address, QrCode.Ecc.MEDIUM);
        int dark = 0;
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                dark += qr.getModule(x, y) ? 1 : 0;
            }
        }
        String svg = QrSvg.of(address, "QR code of " + address);
        int side = qr.size + 2 * QrSvg.QUIET_ZONE;
        assertTrue(svg.startsWith("<svg "), svg);
        assertTrue(svg.contains("viewBox=\"0 0 " + side + " " + side + "\""), svg);
        assertEquals(dark, Pattern.compile("M\\d+,\\d+h1v1h-1z").matcher(svg).results().count(), "one square per dark module");
        assertTrue(svg.contains("role=\"img\" aria-label=\"QR code of " + address + "\""), svg);
        // the top-left finder pattern starts at the quiet zone's edge
        assertTrue(svg.contains("M4,4h1v1h-1z"), svg);
        assertTrue(!svg.contains("M3,"), "nothing drawn in the quiet zone");
    }

    @Test
    void aLabelCannotBreakOutOfItsAttribute() {
        String svg = QrSvg.of("x", "a \"quoted\" <label>");
        assertTrue(svg.contains("aria-label=\"a &quot;quoted&quot; &lt;label&gt;\""), svg);
    }
}
