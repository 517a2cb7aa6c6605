package com.chipchain.play;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Everything the debrief shows, read from what is stored (docs/debrief-guide.md): every chain's
 * story turn by turn, the benchmark chain's on the same seed and events, the events of the game,
 * each score explained and the class ranked by chain and by role.
 *
 * @param labels the labels of the turns played, in order
 * @param finished true once the game has ended
 * @param cooperativeChain the chain score of bots that work together for the chain (the scenario's
 *     {@code cooperative} rule) on the same seed and shocks, or null when the scenario has none; set
 *     beside the benchmark, it is what a chain leaves on the table by not working together
 */
public record Debrief(String sessionId, Label scenarioTitle, String moneyUnit, List<String> labels, boolean finished,
                      List<Event> events, List<ChainStory> chains, ChainStory benchmark, List<ChainRank> byChain,
                      List<RoleRanking> byRole, BigDecimal cooperativeChain) {

    /** Something that happened on a turn, with the news players read. */
    public record Event(int turn, String label, String source, Label news) {}

    /**
     * One chain's game.
     *
     * @param orders units ordered per turn by each stage, per product bought (a stage without
     *     suppliers: its production requests), never summed across products
     * @param endDemand end-customer demand per turn (after the price); {@code referenceDemand} at the reference price
     * @param usContent share of the value delivered to customers that was made in the US, per turn
     * @param fill units delivered ÷ demand at the reference price, per turn
     * @param bullwhip per role id: variance of orders ÷ variance of demand received (null when demand never varied)
     */
    public record ChainStory(int chain, Map<String, String> teamNames, List<Series> orders, List<Long> endDemand,
                             List<Long> referenceDemand, List<RoleSeries> roles, List<SiteSeries> sites,
                             List<Double> usContent, List<Double> fill, Map<String, Double> bullwhip, Score score,
                             List<TurnSnapshot> turns) {}

    /** A named line of whole numbers, one per turn; {@code roleId} says whose it is. */
    public record Series(String roleId, Label name, List<Long> values) {}

    /** One role's books per turn: own product on hand (all sites), units owed, cash and tariffs paid. */
    public record RoleSeries(String roleId, Label roleName, List<Long> inventory, List<Long> backlog, List<BigDecimal> cash,
                             List<BigDecimal> tariffs) {}

    /** One site's capacity per turn: usable, being built, and ordered that turn. */
    public record SiteSeries(String siteId, Label name, String roleId, List<Long> usable, List<Long> building,
                             List<Long> ordered) {}

    /**
     * The chain score explained line by line: team profits (cash earned + what is held at the end)
     * + US-content bonus + service bonus = chain score; and the benchmark bots on the same seed.
     */
    public record Score(List<TeamScore> teams, BigDecimal teamSum, double usContentShare, BigDecimal usContentBonus,
                        double fillRate, BigDecimal serviceBonus, BigDecimal chain, BigDecimal benchmarkChain,
                        Versus versus) {}

    /** A team's profit, what part of it is what it holds at the end, and the bot in its seat. */
    public record TeamScore(String roleId, Label roleName, String teamName, BigDecimal cashEarned, BigDecimal heldAtEnd,
                            BigDecimal profit, BigDecimal botProfit, Versus versus) {}

    /** The books of every seat after one turn, for the turn scrubber. */
    public record TurnSnapshot(int turn, String label, List<SeatLine> seats) {}

    public record SeatLine(String roleId, Label roleName, long inventory, long backlog, BigDecimal cash, long ordered,
                           long shipped) {}

    public record ChainRank(int chain, Map<String, String> teamNames, BigDecimal score, Versus versus) {}

    /** The teams of one role across the class, best against the bot in their seat first. */
    public record RoleRanking(String roleId, Label roleName, List<RankedTeam> teams) {}

    public record RankedTeam(int chain, String teamName, BigDecimal profit, Versus versus) {}
}
