package com.chipchain.ui;

import com.chipchain.play.SeatStatus;
import com.vaadin.flow.component.Component;

/** How the facilitator's screens name a seat's player and its state, the same words on a chain's tile and in its dialog. */
final class SeatWords {

    private SeatWords() {}

    /** Who plays the seat: the team, the bot (and whose seat it was when handed to one), or that it is open. */
    static String who(Component screen, SeatStatus seat) {
        return switch (seat.kind()) {
            case BOT -> seat.handedToBot() ? screen.getTranslation("console.handed", seat.teamName())
                    : screen.getTranslation("console.bot", seat.botPolicy());
            case OPEN -> screen.getTranslation("console.open");
            case TEAM -> seat.teamName();
        };
    }

    /** The key of a team's state in the turn being played: submitted, still deciding, or its screen lost. */
    static String stateKey(SeatStatus seat) {
        return seat.submitted() ? "console.state.submitted" : seat.connected() ? "console.state.waiting" : "console.state.disconnected";
    }
}
