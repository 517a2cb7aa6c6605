package com.chipchain.play;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Closes every turn whose timer ran out; deadlines live in the database, so a restart keeps them. */
@Component
class TurnClock {

    private final TurnCloser sessions;

    TurnClock(TurnCloser sessions) {
        this.sessions = sessions;
    }

    @Scheduled(fixedDelayString = "${chipchain.turn-clock-ms:500}")
    void tick() {
        sessions.closeExpiredTurns();
    }
}
