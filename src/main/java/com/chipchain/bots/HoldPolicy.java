package com.chipchain.bots;

import com.chipchain.engine.Decision;
import com.chipchain.engine.SeatView;

/** Repeats the scenario's opening decision every turn: the "do nothing new" baseline. */
public final class HoldPolicy implements SeatPolicy {

    @Override
    public String name() {
        return "hold";
    }

    @Override
    public Decision decide(SeatView view) {
        return view.scenario().openingDecisionOn(view.role(), view.turn());
    }
}
