package com.chipchain.play;

import java.util.Map;

/**
 * What a facilitator chooses when creating a session.
 *
 * @param botSeats role id -> bot policy for seats bots play in every chain (others are for teams)
 * @param timerSeconds turn timer, or null for none
 * @param seed game seed, or null to draw one
 */
public record SessionSettings(
        String scenarioId,
        int chains,
        Map<String, String> botSeats,
        Integer timerSeconds,
        DefaultRule defaultRule,
        String defaultBotPolicy,
        boolean sharedDemand,
        Long seed) {

    public SessionSettings {
        botSeats = Map.copyOf(botSeats);
    }
}
