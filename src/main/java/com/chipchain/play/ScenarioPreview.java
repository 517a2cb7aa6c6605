package com.chipchain.play;

import com.chipchain.bots.BenchmarkChain;
import com.chipchain.engine.GameState;
import com.chipchain.engine.Scenario;
import com.chipchain.engine.Scores;
import com.chipchain.scenario.InvalidScenarioException;
import com.chipchain.scenario.ScenarioLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * "Check it before class" (docs/scenario-library.md, "The preview"): the benchmark chain, the tuned
 * bots of each scenario's own {@code bots:} section, plays the same seeds on a draft and on the
 * scenario it started from, and the two are set side by side: the spread of chain scores and fill
 * rates, each team's mean score, each stage's bullwhip, and on which turns each stage's capacity binds.
 */
public final class ScenarioPreview {

    /** Most seeds one preview plays. */
    public static final int MAX_SEEDS = 2_000;

    private ScenarioPreview() {}

    /** One scenario's results over the seeds. Money in the scenario's unit (not hundredths). */
    public record Side(List<String> roles, double[] chainPercentiles, double[] fillPercentiles, double[] meanTeamScores,
                       double[] meanBullwhip, double meanChain, double meanFill, double[][] bindingShare) {

        /** True when the stage has capacity to bind at all (a producing role). */
        public boolean hasCapacity(int role) {
            for (double share : bindingShare[role]) {
                if (share >= 0) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * A stage binds on a turn when it starts at least this share of its usable capacity: it could not
     * have made more that turn, whatever its orders (docs/scenario-library.md, "The preview").
     */
    public static final double BINDS_AT = 0.98;

    /** Both sides, over the same seeds; {@code seeds} is how many were played before the end or a cancel. */
    public record Result(Side draft, Side start, int seeds, boolean cancelled, long millis) {}

    /** The percentiles reported for the spreads: 0, 5, 10, ..., 100. */
    public static final int PERCENTILE_STEP = 5;

    /**
     * Plays seeds 1..{@code seeds} on both texts, reporting the seeds done to {@code progress} and
     * stopping early when {@code cancelled} says so. Refused when the draft does not load.
     */
    public static Result run(String draftYaml, String startYaml, int seeds, IntConsumer progress, BooleanSupplier cancelled) {
        if (seeds < 1 || seeds > MAX_SEEDS) {
            throw new PlayException(PlayException.Reason.INVALID_INPUT, "Play from 1 to " + MAX_SEEDS + " seeds.")
                    .keyed("preview-seeds", MAX_SEEDS);
        }
        Scenario draft = parse(draftYaml);
        Scenario start = parse(startYaml);
        long began = System.nanoTime();
        Collector onDraft = new Collector(draft, seeds);
        Collector onStart = new Collector(start, seeds);
        int done = 0;
        boolean stopped = false;
        for (long seed = 1; seed <= seeds; seed++) {
            if (cancelled.getAsBoolean()) {
                stopped = true;
                break;
            }
            onDraft.add(BenchmarkChain.playWithReports(draft, seed, turn -> List.of(), draft.turnCount()).turns());
            onStart.add(BenchmarkChain.playWithReports(start, seed, turn -> List.of(), start.turnCount()).turns());
            done++;
            if (done % 10 == 0 || done == seeds) {
                progress.accept(done);
            }
        }
        return new Result(onDraft.side(), onStart.side(), done, stopped, (System.nanoTime() - began) / 1_000_000);
    }

    private static Scenario parse(String yaml) {
        try {
            return ScenarioLoader.parse("preview", yaml);
        } catch (InvalidScenarioException e) {
            throw new PlayException(PlayException.Reason.INVALID_INPUT, "Fix the problems listed under Check first: "
                    + e.problems().get(0)).keyed("preview-problems");
        }
    }

    /** The results of one scenario, seed by seed. */
    private static final class Collector {
        private final Scenario scenario;
        private final double[] chain;
        private final double[] fill;
        private final double[] teams;
        private final double[] bullwhip;
        private final int[] bullwhipCounted;
        /** Games in which each stage bound on each turn; -1 when the stage has no capacity that turn in any game. */
        private final int[][] binding;
        private final boolean[][] hasCapacity;
        private int games;

        Collector(Scenario scenario, int seeds) {
            this.scenario = scenario;
            int roles = scenario.roles().size();
            chain = new double[seeds];
            fill = new double[seeds];
            teams = new double[roles];
            bullwhip = new double[roles];
            bullwhipCounted = new int[roles];
            binding = new int[roles][scenario.turnCount()];
            hasCapacity = new boolean[roles][scenario.turnCount()];
        }

        void add(List<com.chipchain.engine.TurnResult> turns) {
            for (com.chipchain.engine.TurnResult turn : turns) {
                int t = turn.report().turn() - 1;
                for (com.chipchain.engine.SeatReport seat : turn.report().seats()) {
                    long usable = 0;
                    long started = 0;
                    for (com.chipchain.engine.SiteReport site : seat.sites()) {
                        usable += site.usableCapacity();
                        started += site.started();
                    }
                    if (usable > 0 && t >= 0 && t < binding[seat.role()].length) {
                        hasCapacity[seat.role()][t] = true;
                        if (started >= BINDS_AT * usable) {
                            binding[seat.role()][t]++;
                        }
                    }
                }
            }
            add(turns.get(turns.size() - 1).next());
        }

        void add(GameState end) {
            Scores scores = Scores.of(end);
            chain[games] = scores.chain() / 100.0;
            fill[games] = scores.fillRate();
            for (int role = 0; role < teams.length; role++) {
                teams[role] += scores.teamProfits()[role] / 100.0;
                double ratio = Scores.bullwhip(end, role);
                if (!Double.isNaN(ratio) && !Double.isInfinite(ratio)) {
                    bullwhip[role] += ratio;
                    bullwhipCounted[role]++;
                }
            }
            games++;
        }

        Side side() {
            List<String> roles = new ArrayList<>();
            scenario.roles().forEach(r -> roles.add(r.id()));
            double[] meanTeams = new double[teams.length];
            double[] meanBullwhip = new double[teams.length];
            for (int role = 0; role < teams.length; role++) {
                meanTeams[role] = games == 0 ? 0 : teams[role] / games;
                meanBullwhip[role] = bullwhipCounted[role] == 0 ? Double.NaN : bullwhip[role] / bullwhipCounted[role];
            }
            double[] chainSorted = Arrays.copyOf(chain, games);
            double[] fillSorted = Arrays.copyOf(fill, games);
            Arrays.sort(chainSorted);
            Arrays.sort(fillSorted);
            double[][] bindingShare = new double[teams.length][];
            for (int role = 0; role < teams.length; role++) {
                bindingShare[role] = new double[binding[role].length];
                for (int t = 0; t < binding[role].length; t++) {
                    bindingShare[role][t] = !hasCapacity[role][t] ? -1 : games == 0 ? 0 : binding[role][t] / (double) games;
                }
            }
            return new Side(List.copyOf(roles), percentiles(chainSorted), percentiles(fillSorted), meanTeams, meanBullwhip,
                    mean(chainSorted), mean(fillSorted), bindingShare);
        }

        private static double[] percentiles(double[] sorted) {
            double[] out = new double[100 / PERCENTILE_STEP + 1];
            for (int i = 0; i < out.length && sorted.length > 0; i++) {
                int index = (int) Math.round((sorted.length - 1) * (i * PERCENTILE_STEP / 100.0));
                out[i] = sorted[index];
            }
            return out;
        }

        private static double mean(double[] values) {
            double sum = 0;
            for (double v : values) {
                sum += v;
            }
            return values.length == 0 ? 0 : sum / values.length;
        }
    }
}
