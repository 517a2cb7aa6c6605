package com.chipchain.play;

import java.util.List;
import java.util.Locale;

/**
 * One chain of a class as the facilitator's overview shows it: its seats, how many of its teams
 * are still deciding or have lost their screen, and its place on the leaderboard.
 *
 * @param rank 1 for the leading chain; 0 before any turn has resolved
 * @param versus the chain's score beside the benchmark's, or null before any turn has resolved
 */
public record ChainTile(int chain, List<SeatStatus> seats, int teams, int waiting, int disconnected, int pinsLocked,
                        int handedToBots, int rank, Versus versus) {

    /** Whether a team of this chain, or the chain's number, matches what the facilitator typed. */
    public boolean matches(String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return true;
        }
        if (q.chars().allMatch(Character::isDigit)) {
            return q.equals(String.valueOf(chain + 1));
        }
        return seats.stream().anyMatch(s -> s.teamName() != null && s.teamName().toLowerCase(Locale.ROOT).contains(q));
    }

    /** What the overview may be narrowed to. */
    public enum Filter {
        ALL, WAITING, DISCONNECTED, PIN_LOCKED, NO_TEAM;

        public boolean keeps(ChainTile tile) {
            return switch (this) {
                case ALL -> true;
                case WAITING -> tile.waiting() > 0;
                case DISCONNECTED -> tile.disconnected() > 0;
                case PIN_LOCKED -> tile.pinsLocked() > 0;
                case NO_TEAM -> tile.teams() == 0;
            };
        }
    }

    /** The orders the overview can be put in. */
    public enum Order { CHAIN, ATTENTION, RANK }

    /** How much a chain needs the facilitator now: a lost screen first, then a locked PIN, then a team still deciding. */
    int attention() {
        return disconnected * 100 + pinsLocked * 10 + waiting;
    }
}
