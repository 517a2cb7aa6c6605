package com.chipchain.ui;

import java.nio.charset.StandardCharsets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the chain-map drawings pages fetch ({@link MapDrawings}): a drawing never changes under its
 * key, so the browser may keep it; an unknown key (a guess, or a server restarted since) is a 404.
 */
@RestController
@ConditionalOnWebApplication
class MapDrawingEndpoint {

    @GetMapping("/" + MapDrawings.PATH + "{key:[0-9a-f]{40}}.svg")
    ResponseEntity<byte[]> drawing(@PathVariable String key) {
        return MapDrawings.find(key)
                .map(svg -> ResponseEntity.ok()
                        .contentType(new MediaType("image", "svg+xml", StandardCharsets.UTF_8))
                        .cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(1)).cachePrivate().immutable())
                        .body(svg.getBytes(StandardCharsets.UTF_8)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
