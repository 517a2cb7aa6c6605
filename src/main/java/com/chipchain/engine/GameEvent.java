package com.chipchain.engine;

/**
 * Something that happens on a turn, with the news text players read about it.
 *
 * @param source where it came from: the scenario timeline, a random shock or the facilitator
 */
public record GameEvent(int turn, EventEffect effect, Text news, Source source) {

    public enum Source { TIMELINE, SHOCK, FACILITATOR }

    public static GameEvent injected(int turn, EventEffect effect, Text news) {
        return new GameEvent(turn, effect, news, Source.FACILITATOR);
    }
}
