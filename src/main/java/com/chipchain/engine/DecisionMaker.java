package com.chipchain.engine;

/** Anything that can decide for a seat from what the seat may see: a bot policy, a scripted test player. */
public interface DecisionMaker {
    Decision decide(SeatView view);
}
