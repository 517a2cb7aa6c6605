package com.chipchain.engine;

/** One step of the fixed turn order (docs/rules.md, GAME.md section 3). */
interface TurnStep {
    void apply(TurnWork work);
}
