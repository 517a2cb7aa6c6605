package com.chipchain.ui;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.VaadinRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * Where students join: the address of the home page with the join code filled in, and the same
 * address as a QR code (an SVG drawn on the server by ZXing) for phones to scan from the projector.
 */
final class JoinQr {

    private JoinQr() {}

    /** The address a student opens to join, e.g. {@code http://10.0.0.5:8080/?code=AB12CD}. */
    static String address(String joinCode) {
        return base() + "?code=" + joinCode;
    }

    /** The app's own address as the browser reached it (a proxy's, when it forwards its headers). */
    static String base() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request instanceof com.vaadin.flow.server.VaadinServletRequest servlet) {
            var http = servlet.getHttpServletRequest();
            boolean defaultPort = http.getServerPort() == ("https".equals(http.getScheme()) ? 443 : 80);
            return http.getScheme() + "://" + http.getServerName() + (defaultPort ? "" : ":" + http.getServerPort())
                    + http.getContextPath() + "/";
        }
        return "/";
    }

    static Image image(String address, String alt) {
        Image image = new Image("data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg(address).getBytes(StandardCharsets.UTF_8)), alt);
        image.addClassName("join-qr");
        return image;
    }

    /** The QR code of a text as SVG: one square per dark module, four modules of quiet zone. */
    static String svg(String text) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot draw a QR code of " + text.length() + " characters", e);
        }
        int size = matrix.getWidth();
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < size; x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + matrix.getHeight()
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\""
                + path + "\"/></svg>";
    }
}
