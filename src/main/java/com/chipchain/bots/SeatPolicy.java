package com.chipchain.bots;

import com.chipchain.engine.DecisionMaker;

/** A way to play a seat: reads only the seat's view and returns a decision for the current turn. */
public interface SeatPolicy extends DecisionMaker {
    String name();
}
