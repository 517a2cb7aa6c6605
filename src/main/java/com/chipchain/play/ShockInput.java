package com.chipchain.play;

import java.util.List;

/**
 * A shock a facilitator injects from the menu. It takes effect when the turn being played
 * resolves, in every chain, and players read it as news.
 *
 * @param type tariff (product, origin, percent), demand (percent, turns) or disruption (sites,
 *     percent = capacity kept, turns)
 */
public record ShockInput(String type, String product, String origin, List<String> sites, int percent, int turns,
                         String newsEn, String newsKo) {

    public ShockInput {
        sites = sites == null ? List.of() : List.copyOf(sites);
    }
}
