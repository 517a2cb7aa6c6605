package com.chipchain.engine;

import java.util.List;

/**
 * What happened in one resolved turn: events applied, end demand, and every seat's figures.
 *
 * @param marketReferenceDemand end demand as it would have been at the reference price
 * @param marketLost end demand still unmet after shipping that went to competitors this turn
 */
public record TurnReport(
        int turn,
        List<GameEvent> events,
        long marketDemand,
        long marketDelivered,
        long price,
        List<SeatReport> seats,
        long marketReferenceDemand,
        long marketLost) {

    public TurnReport {
        events = List.copyOf(events);
        seats = List.copyOf(seats);
    }
}
