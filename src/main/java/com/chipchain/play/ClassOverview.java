package com.chipchain.play;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * A class of many chains at a glance, for the facilitator's console: one tile per chain, found by
 * a team's name or the chain's number, narrowed to the chains that need attention and sorted.
 */
@Service
public class ClassOverview {

    private final FacilitatorCommands commands;
    private final Standings standings;
    private final SessionBoard board;

    ClassOverview(FacilitatorCommands commands, Standings standings, SessionBoard board) {
        this.commands = commands;
        this.standings = standings;
        this.board = board;
    }

    /** Every chain of the session, in chain order. */
    public List<ChainTile> tiles(String sessionId) {
        SessionInfo info = board.info(sessionId);
        boolean played = info.turn() > 1;
        List<LeaderboardEntry> ranking = standings.leaderboard(sessionId);
        return tiles(commands.seats(sessionId), ranking, played, info.status() == SessionStatus.FINISHED);
    }

    /** The tiles of these seats (sorted by chain), ranked as the leaderboard ranks them once a turn has resolved. */
    static List<ChainTile> tiles(List<SeatStatus> seats, List<LeaderboardEntry> ranking, boolean played, boolean finished) {
        Map<Integer, Integer> rankOf = new HashMap<>();
        Map<Integer, Versus> versusOf = new HashMap<>();
        for (int i = 0; i < ranking.size(); i++) {
            rankOf.put(ranking.get(i).chain(), i + 1);
            versusOf.put(ranking.get(i).chain(), ranking.get(i).versus());
        }
        Map<Integer, List<SeatStatus>> byChain = new java.util.TreeMap<>();
        seats.forEach(s -> byChain.computeIfAbsent(s.chain(), c -> new ArrayList<>()).add(s));
        List<ChainTile> tiles = new ArrayList<>();
        byChain.forEach((chain, chainSeats) -> {
            int teams = 0;
            int waiting = 0;
            int disconnected = 0;
            int locked = 0;
            int handed = 0;
            for (SeatStatus s : chainSeats) {
                if (s.kind() == SeatStatus.Kind.TEAM) {
                    teams++;
                    if (!finished) {
                        waiting += s.submitted() ? 0 : 1;
                        disconnected += s.connected() ? 0 : 1;
                    }
                    locked += s.pinLocked() ? 1 : 0;
                } else if (s.handedToBot()) {
                    handed++;
                }
            }
            tiles.add(new ChainTile(chain, List.copyOf(chainSeats), teams, waiting, disconnected, locked, handed,
                    played ? rankOf.getOrDefault(chain, 0) : 0, played ? versusOf.get(chain) : null));
        });
        return tiles;
    }

    /** The tiles a search, a filter, a group of chains and an order leave, in that order. */
    public static List<ChainTile> select(List<ChainTile> tiles, String query, ChainTile.Filter filter, ChainGroup group,
                                         ChainTile.Order order) {
        Comparator<ChainTile> byChain = Comparator.comparingInt(ChainTile::chain);
        Comparator<ChainTile> sort = switch (order) {
            case CHAIN -> byChain;
            case ATTENTION -> Comparator.comparingInt(ChainTile::attention).reversed().thenComparing(byChain);
            // chains not ranked yet (before the first turn) keep chain order at the end
            case RANK -> Comparator.comparingInt((ChainTile t) -> t.rank() == 0 ? Integer.MAX_VALUE : t.rank()).thenComparing(byChain);
        };
        return tiles.stream().filter(t -> group.holds(t.chain())).filter(filter::keeps).filter(t -> t.matches(query))
                .sorted(sort).toList();
    }
}
