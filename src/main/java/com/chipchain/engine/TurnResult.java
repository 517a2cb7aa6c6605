package com.chipchain.engine;

/** The state after a turn and the report of that turn. */
public record TurnResult(GameState next, TurnReport report) {}
