package org.agora.scoreboard;

import io.nayuki.qrcodegen.QrCode;

/** A QR code as inline SVG, drawn on the server: the projector shows the sign-up address with no outside service. */
final class QrSvg {

    /** Light modules around the code, as the QR standard asks, so that phones find its edges. */
    static final int QUIET_ZONE = 4;

    private QrSvg() {
    }

    /** The code of {@code text}; {@code label} is the image's text alternative (the address itself, say). */
    static String of(String text, String label) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int size = qr.size + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size + "\" role=\"img\" aria-label=\""
                + Histogram.escape(label)
                + "\" class=\"qr\" shape-rendering=\"crispEdges\"><rect width=\"" + size + "\" height=\"" + size
                + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }
}
