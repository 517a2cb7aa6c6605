package com.chipchain.engine;

import java.util.List;

/** What happened in one resolved turn: events applied, end demand, and every seat's figures. */
public record TurnReport(
        int turn,
        List<GameEvent> events,
        long marketDemand,
        long marketDelivered,
        long price,
        List<SeatReport> seats) {

    public TurnReport {
        events = List.copyOf(events);
        seats = List.copyOf(seats);
    }
}
