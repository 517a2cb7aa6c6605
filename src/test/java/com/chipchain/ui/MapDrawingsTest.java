package com.chipchain.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A chain-map drawing a page fetches: found under the address it was published at, and under no guessable one. */
class MapDrawingsTest {

    @Test
    void a_drawing_is_found_under_its_own_address_and_two_drawings_never_share_one() {
        String first = MapDrawings.publish("<svg><text>Chain 1, turn 3</text></svg>");
        String second = MapDrawings.publish("<svg><text>Chain 2, turn 3</text></svg>");
        assertThat(first).matches("chain-map/[0-9a-f]{40}\\.svg").isNotEqualTo(second);
        // the five seats of a chain publish the same drawing: one address, kept once
        assertThat(MapDrawings.publish("<svg><text>Chain 1, turn 3</text></svg>")).isEqualTo(first);
        String key = first.substring(MapDrawings.PATH.length(), first.length() - ".svg".length());
        assertThat(MapDrawings.find(key)).contains("<svg><text>Chain 1, turn 3</text></svg>");
        assertThat(MapDrawings.find("0".repeat(40))).isEmpty();
    }
}
