package com.chipchain.bots;

import com.chipchain.engine.GameState;
import com.chipchain.engine.Scenario;
import com.chipchain.engine.Scores;
import com.chipchain.engine.TurnResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Searches the rule family (docs/bots.md) for one seat's best rule, the other seats fixed: random
 * search over the whole family and around the starting rule, then hill climbing from the best one
 * found, on a fixed set of seeds. Every game is a pure function of its seed and the search of its
 * own seed, so the result does not depend on the number of threads. {@code onGame} hears every game
 * played; it may throw {@link java.util.concurrent.CancellationException} to stop the search.
 */
public final class RuleSearch {

    /** What a chain of policies scored on each seed: every team's profit and the chain score. */
    public record Played(long[][] teams, long[] chains) {

        public double teamMean(int role) {
            double sum = 0;
            for (long[] team : teams) {
                sum += team[role];
            }
            return sum / teams.length;
        }

        public double chainMean() {
            double sum = 0;
            for (long chain : chains) {
                sum += chain;
            }
            return sum / chains.length;
        }

        public double mean(int role) {
            return role < 0 ? chainMean() : teamMean(role);
        }
    }

    /** A rule and how its chain played on the search's seeds. */
    public record Found(RuleFamily.Rule rule, Played played, double score) {}

    /** Candidates tried together, so that both cores stay busy while the hill is climbed. */
    private static final int NEIGHBOURS = 8;

    private final Scenario scenario;
    private final long[] seeds;
    private final int threads;
    private final Runnable onGame;

    public RuleSearch(Scenario scenario, long[] seeds, int threads, Runnable onGame) {
        this.scenario = scenario;
        this.seeds = seeds.clone();
        this.threads = threads;
        this.onGame = onGame;
    }

    public int seeds() {
        return seeds.length;
    }

    /** The seeds first..last. */
    public static long[] range(long first, long last) {
        long[] seeds = new long[(int) (last - first + 1)];
        for (int i = 0; i < seeds.length; i++) {
            seeds[i] = first + i;
        }
        return seeds;
    }

    /** Plays the chain on every seed. */
    public Played play(List<SeatPolicy> policies) throws InterruptedException {
        return playAll(List.of(policies)).get(0);
    }

    /** Plays several chains on every seed, all games at once. */
    public List<Played> playAll(List<List<SeatPolicy>> chains) throws InterruptedException {
        int roles = scenario.roles().size();
        int n = seeds.length;
        long[][][] teams = new long[chains.size()][n][];
        long[][] scores = new long[chains.size()][n];
        Parallel.run(chains.size() * n, threads, job -> {
            int chain = job / n;
            int seed = job % n;
            Scores played = Scores.of(TurnResolver.playNew(scenario, seeds[seed], chains.get(chain), false));
            teams[chain][seed] = played.teamProfits().clone();
            scores[chain][seed] = played.chain();
            if (onGame != null) {
                onGame.run();
            }
        });
        List<Played> played = new ArrayList<>();
        for (int chain = 0; chain < chains.size(); chain++) {
            if (teams[chain][0].length != roles) {
                throw new IllegalStateException("a game lost a seat");
            }
            played.add(new Played(teams[chain], scores[chain]));
        }
        return played;
    }

    /**
     * The best rule for {@code role} with the other seats playing {@code chain}: {@code budget}
     * rules are played, half drawn at random (half of those anywhere in the family, half with one
     * to three numbers of {@code start} redrawn), half climbing from the best so far. The score is
     * the seat's own mean team profit, or the chain's mean score when {@code forChain}.
     */
    public Found bestResponse(int role, List<SeatPolicy> chain, RuleFamily.Rule start, int budget, long searchSeed, boolean forChain)
            throws InterruptedException {
        SplittableRandom random = new SplittableRandom(searchSeed * 1_000_003L + role);
        int objective = forChain ? -1 : role;
        List<RuleFamily.Rule> candidates = new ArrayList<>();
        candidates.add(start);
        int drawn = Math.max(1, budget / 2);
        for (int i = 1; i < drawn; i++) {
            candidates.add(i % 2 == 0 ? anywhere(start, random) : near(start, random, 1 + random.nextInt(3)));
        }
        List<Played> results = playAll(chainsWith(role, chain, candidates));
        Found best = null;
        for (int i = 0; i < candidates.size(); i++) {
            double score = results.get(i).mean(objective);
            if (best == null || score > best.score()) {
                best = new Found(candidates.get(i), results.get(i), score);
            }
        }
        int left = budget - candidates.size();
        int span = 3;
        while (left > 0) {
            List<RuleFamily.Rule> neighbours = new ArrayList<>();
            for (int i = 0; i < Math.min(NEIGHBOURS, left); i++) {
                neighbours.add(step(best.rule(), random, span));
            }
            left -= neighbours.size();
            List<Played> tried = playAll(chainsWith(role, chain, neighbours));
            Found before = best;
            for (int i = 0; i < neighbours.size(); i++) {
                double score = tried.get(i).mean(objective);
                if (score > best.score()) {
                    best = new Found(neighbours.get(i), tried.get(i), score);
                }
            }
            if (best == before) {
                span = Math.max(1, span - 1);
            }
        }
        return tidy(role, chain, start, best, objective);
    }

    /**
     * The found rule without the changes that do not matter: each number that differs from the
     * starting rule goes back to it when that scores at least as well (on the same seeds a number
     * that does not matter scores exactly the same). Contract numbers go back to "no contract"
     * (no offer, accept none) when that is as good: an offer nobody takes, or a readiness to accept
     * offers nobody makes, is not part of the rule, and left in it would make the next seat's
     * search answer a move this seat never meant (docs/balance.md).
     */
    private Found tidy(int role, List<SeatPolicy> chain, RuleFamily.Rule start, Found found, int objective)
            throws InterruptedException {
        Found best = found;
        List<RuleFamily.Dimension> dimensions = found.rule().dimensions();
        for (int i = 0; i < dimensions.size(); i++) {
            RuleFamily.Dimension dimension = dimensions.get(i);
            double now = best.rule().values()[i];
            double neutral = switch (dimension.key()) {
                case "contractPremium" -> 0;
                case "acceptPremium" -> dimension.max();
                default -> start.values()[i];
            };
            if (now == neutral) {
                continue;
            }
            RuleFamily.Rule back = best.rule().with(dimension.key(), neutral);
            Played played = playAll(chainsWith(role, chain, List.of(back))).get(0);
            double score = played.mean(objective);
            if (score >= best.score()) {
                best = new Found(back, played, score);
            }
        }
        return best;
    }

    private List<List<SeatPolicy>> chainsWith(int role, List<SeatPolicy> chain, List<RuleFamily.Rule> rules) {
        List<List<SeatPolicy>> chains = new ArrayList<>();
        for (RuleFamily.Rule rule : rules) {
            List<SeatPolicy> changed = new ArrayList<>(chain);
            changed.set(role, rule.policy("search"));
            chains.add(changed);
        }
        return chains;
    }

    private static RuleFamily.Rule anywhere(RuleFamily.Rule start, SplittableRandom random) {
        double[] values = new double[start.values().length];
        for (int i = 0; i < values.length; i++) {
            values[i] = start.dimensions().get(i).sample(random);
        }
        return new RuleFamily.Rule(start.dimensions(), values);
    }

    private static RuleFamily.Rule near(RuleFamily.Rule start, SplittableRandom random, int redrawn) {
        double[] values = start.values();
        for (int k = 0; k < redrawn; k++) {
            int i = random.nextInt(values.length);
            values[i] = start.dimensions().get(i).sample(random);
        }
        return new RuleFamily.Rule(start.dimensions(), values);
    }

    /** One or two numbers moved by up to {@code span} grid steps (a switch flips). */
    private static RuleFamily.Rule step(RuleFamily.Rule from, SplittableRandom random, int span) {
        double[] values = from.values();
        int moves = 1 + random.nextInt(2);
        for (int k = 0; k < moves; k++) {
            int i = random.nextInt(values.length);
            RuleFamily.Dimension dimension = from.dimensions().get(i);
            int by = (1 + random.nextInt(span)) * (random.nextBoolean() ? 1 : -1);
            values[i] = dimension.snap(values[i] + by * dimension.step());
        }
        return new RuleFamily.Rule(from.dimensions(), values);
    }
}
