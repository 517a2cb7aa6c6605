package com.chipchain.bots;

import com.chipchain.engine.Decision;
import com.chipchain.engine.SeatView;

/** A way to play a seat: reads only the seat's view and returns a decision for the current turn. */
public interface SeatPolicy {
    String name();

    Decision decide(SeatView view);
}
