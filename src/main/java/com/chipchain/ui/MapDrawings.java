package com.chipchain.ui;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Chain-map drawings a page fetches instead of receiving them in its UIDL: a drawing is 14,000
 * characters, the same for the five seats of a chain in one language and one turn, and was 70 % of
 * what a new turn sent each screen (docs/performance.md). Each drawing is kept under a key no one can
 * guess without having been sent it (an HMAC of the drawing under a secret of this server), so a
 * team can fetch its own chain's map and nobody else's.
 */
final class MapDrawings {

    /** Where a page fetches a drawing, relative to the app's root. */
    static final String PATH = "chain-map/";
    /** Drawings kept: every chain of a workshop in two languages for a few turns. */
    private static final int KEPT = 512;

    private static final byte[] SECRET = new byte[32];

    static {
        new SecureRandom().nextBytes(SECRET);
    }

    private static final Map<String, String> KEPT_DRAWINGS = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                    return size() > KEPT;
                }
            });

    private MapDrawings() {}

    /** Keeps the drawing and says where a page finds it. */
    static String publish(String drawing) {
        String key = key(drawing);
        KEPT_DRAWINGS.putIfAbsent(key, drawing);
        return PATH + key + ".svg";
    }

    static Optional<String> find(String key) {
        return Optional.ofNullable(KEPT_DRAWINGS.get(key));
    }

    private static String key(String drawing) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(drawing.getBytes(StandardCharsets.UTF_8)), 0, 20);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
