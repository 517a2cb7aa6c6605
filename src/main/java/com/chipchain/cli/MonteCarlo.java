package com.chipchain.cli;

import com.chipchain.bots.Parallel;
import com.chipchain.bots.Policies;
import com.chipchain.bots.SeatPolicy;
import com.chipchain.engine.GameState;
import com.chipchain.engine.Scenario;
import com.chipchain.engine.Scores;
import com.chipchain.engine.TurnResolver;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Many bots-only games over a range of seeds, per policy mix: the mean and percentiles of the
 * chain score, fill rate, bullwhip per stage and US-content share, how often each mix beats the
 * others on the same seed, and how each random shock moves the score. Results do not depend on
 * the number of threads: every game is a pure function of its seed.
 */
final class MonteCarlo {

    /** One policy mix: a label and a policy per role. */
    record Mix(String label, List<String> policyPerRole) {}

    /** What one game ended with. */
    record Outcome(long chain, double fill, double usShare, double[] bullwhip, long[] teams, int[] shocks) {}

    private final Scenario scenario;
    private final long firstSeed;
    private final long lastSeed;
    private final int threads;
    private final PrintStream progress;

    MonteCarlo(Scenario scenario, long firstSeed, long lastSeed, int threads, PrintStream progress) {
        this.scenario = scenario;
        this.firstSeed = firstSeed;
        this.lastSeed = lastSeed;
        this.threads = threads;
        this.progress = progress;
    }

    int games() {
        return (int) (lastSeed - firstSeed + 1);
    }

    /** Plays every mix on every seed; outcomes[mix][seed - firstSeed]. */
    Outcome[][] run(List<Mix> mixes) throws InterruptedException {
        int games = games();
        Outcome[][] outcomes = new Outcome[mixes.size()][games];
        ProgressBar bar = new ProgressBar(progress, games * mixes.size());
        try {
            // one job per (mix, seed): results do not depend on which thread plays which game
            Parallel.run(games * mixes.size(), threads, job -> {
                int mix = job / games;
                int g = job % games;
                outcomes[mix][g] = play(mixes.get(mix), firstSeed + g);
                bar.step();
            });
        } finally {
            bar.done();
        }
        return outcomes;
    }

    private Outcome play(Mix mix, long seed) {
        List<SeatPolicy> policies = new ArrayList<>();
        for (String policy : mix.policyPerRole()) {
            policies.add(Policies.byName(policy, scenario));
        }
        GameState end = TurnResolver.playNew(scenario, seed, policies, false);
        Scores scores = Scores.of(end);
        double[] bullwhip = new double[scenario.roles().size()];
        for (int role = 0; role < bullwhip.length; role++) {
            bullwhip[role] = Scores.bullwhip(end, role);
        }
        int[] shocks = new int[scenario.shocks().size()];
        for (int i = 0; i < shocks.length; i++) {
            shocks[i] = end.shockCount(i);
        }
        return new Outcome(scores.chain(), scores.fillRate(), scores.usContentShare(), bullwhip, scores.teamProfits(), shocks);
    }

    ObjectNode summary(List<Mix> mixes, Outcome[][] outcomes, double seconds) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("scenario", scenario.id());
        json.putObject("seeds").put("from", firstSeed).put("to", lastSeed);
        json.put("gamesPerMix", games());
        json.put("threads", threads);
        json.put("seconds", GameReport.ratio(seconds));
        json.put("gamesPerSecond", Math.round(games() * mixes.size() / Math.max(seconds, 1e-9)));
        ArrayNode list = json.putArray("mixes");
        for (int m = 0; m < mixes.size(); m++) {
            list.add(mixSummary(mixes, outcomes, m));
        }
        return json;
    }

    private ObjectNode mixSummary(List<Mix> mixes, Outcome[][] outcomes, int m) {
        Outcome[] games = outcomes[m];
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("mix", mixes.get(m).label());
        long[] chain = Arrays.stream(games).mapToLong(Outcome::chain).sorted().toArray();
        ObjectNode score = json.putObject("chain");
        score.put("mean", GameReport.money(Math.round(Arrays.stream(chain).average().orElse(0))));
        score.put("p10", GameReport.money(percentile(chain, 10)));
        score.put("p50", GameReport.money(percentile(chain, 50)));
        score.put("p90", GameReport.money(percentile(chain, 90)));
        json.put("winShare", GameReport.ratio(winShare(outcomes, m)));
        json.put("fillRate", GameReport.ratio(Arrays.stream(games).mapToDouble(Outcome::fill).average().orElse(0)));
        json.put("usContentShare", GameReport.ratio(Arrays.stream(games).mapToDouble(Outcome::usShare).average().orElse(0)));
        ObjectNode bullwhip = json.putObject("bullwhip");
        ObjectNode teams = json.putObject("teams");
        for (int role = 0; role < scenario.roles().size(); role++) {
            final int r = role;
            double mean = Arrays.stream(games).mapToDouble(o -> o.bullwhip()[r]).filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
            if (Double.isNaN(mean)) {
                bullwhip.putNull(scenario.role(role).id());
            } else {
                bullwhip.put(scenario.role(role).id(), GameReport.ratio(mean));
            }
            teams.put(scenario.role(role).id(), GameReport.money(Math.round(Arrays.stream(games).mapToLong(o -> o.teams()[r]).average().orElse(0))));
        }
        ArrayNode shocks = json.putArray("shocks");
        for (int i = 0; i < scenario.shocks().size(); i++) {
            final int s = i;
            long[] fired = Arrays.stream(games).filter(o -> o.shocks()[s] > 0).mapToLong(Outcome::chain).toArray();
            long[] quiet = Arrays.stream(games).filter(o -> o.shocks()[s] == 0).mapToLong(Outcome::chain).toArray();
            ObjectNode shock = shocks.addObject();
            shock.put("id", scenario.shocks().get(i).id());
            shock.put("firedShare", GameReport.ratio((double) fired.length / games.length));
            putMean(shock, "chainWhenFired", fired);
            putMean(shock, "chainWhenNot", quiet);
            shock.put("winShareWhenFired", GameReport.ratio(winShare(outcomes, m, g -> games[g].shocks()[s] > 0)));
            shock.put("winShareWhenNot", GameReport.ratio(winShare(outcomes, m, g -> games[g].shocks()[s] == 0)));
        }
        return json;
    }

    private static void putMean(ObjectNode json, String field, long[] values) {
        if (values.length == 0) {
            json.putNull(field);
        } else {
            json.put(field, GameReport.money(Math.round(Arrays.stream(values).average().orElse(0))));
        }
    }

    /** Share of seeds on which this mix has the best chain score of all mixes (ties shared). */
    private static double winShare(Outcome[][] outcomes, int m) {
        return winShare(outcomes, m, g -> true);
    }

    /** The same, over only the seeds that pass the filter (0 when none does). */
    private static double winShare(Outcome[][] outcomes, int m, java.util.function.IntPredicate seeds) {
        double wins = 0;
        int games = outcomes[m].length;
        int counted = 0;
        for (int g = 0; g < games; g++) {
            if (!seeds.test(g)) {
                continue;
            }
            counted++;
            long best = Long.MIN_VALUE;
            int tied = 0;
            for (Outcome[] mix : outcomes) {
                if (mix[g].chain() > best) {
                    best = mix[g].chain();
                    tied = 1;
                } else if (mix[g].chain() == best) {
                    tied++;
                }
            }
            if (outcomes[m][g].chain() == best) {
                wins += 1.0 / tied;
            }
        }
        return counted == 0 ? 0 : wins / counted;
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** A text table of the summary, for people. */
    static String table(ObjectNode summary, Scenario scenario) {
        StringBuilder text = new StringBuilder();
        text.append(String.format("%s, seeds %s..%s: %s games per mix on %s threads in %s s (%,d games/s)%n",
                summary.get("scenario").asText(), summary.get("seeds").get("from").asText(), summary.get("seeds").get("to").asText(),
                summary.get("gamesPerMix").asText(), summary.get("threads").asText(), summary.get("seconds").asText(),
                summary.get("gamesPerSecond").asLong()));
        text.append(String.format("%-28s %14s %14s %14s %14s %6s %6s %6s  %s%n", "mix", "chain mean", "p10", "p50", "p90",
                "wins", "fill", "US", "bullwhip by stage"));
        for (var mix : summary.get("mixes")) {
            StringBuilder bullwhip = new StringBuilder();
            mix.get("bullwhip").fields().forEachRemaining(e -> bullwhip.append(e.getKey()).append(' ')
                    .append(e.getValue().isNull() ? "-" : String.format("%.2f", e.getValue().asDouble())).append("  "));
            text.append(String.format("%-28s %,14.0f %,14.0f %,14.0f %,14.0f %5.0f%% %5.0f%% %5.0f%%  %s%n",
                    mix.get("mix").asText(), mix.get("chain").get("mean").asDouble(), mix.get("chain").get("p10").asDouble(),
                    mix.get("chain").get("p50").asDouble(), mix.get("chain").get("p90").asDouble(),
                    100 * mix.get("winShare").asDouble(), 100 * mix.get("fillRate").asDouble(),
                    100 * mix.get("usContentShare").asDouble(), bullwhip.toString().trim()));
        }
        if (!scenario.shocks().isEmpty()) {
            text.append(String.format("%nChain score by random shock (mean when it fired / when it did not; share of seeds won likewise):%n"));
            for (var mix : summary.get("mixes")) {
                text.append("  ").append(mix.get("mix").asText()).append(String.format("%n"));
                for (var shock : mix.get("shocks")) {
                    text.append(String.format("    %-28s fired in %5.1f%%: %s / %s   wins %3.0f%% / %3.0f%%%n",
                            shock.get("id").asText(), 100 * shock.get("firedShare").asDouble(),
                            formatMoney(shock.get("chainWhenFired")), formatMoney(shock.get("chainWhenNot")),
                            100 * shock.get("winShareWhenFired").asDouble(), 100 * shock.get("winShareWhenNot").asDouble()));
                }
            }
        }
        return text.toString();
    }

    private static String formatMoney(com.fasterxml.jackson.databind.JsonNode value) {
        return value.isNull() ? "-" : String.format("%,.0f", value.asDouble());
    }

    /** A progress bar on standard error for long runs: redrawn in place on a terminal, a line per 10 % otherwise. */
    static final class ProgressBar {
        private final PrintStream out;
        private final int total;
        private final AtomicInteger done = new AtomicInteger();
        private final boolean terminal = System.console() != null;
        private volatile int lastShown = 0;

        ProgressBar(PrintStream out, int total) {
            this.out = total >= 200 && out != null ? out : null;
            this.total = total;
        }

        void step() {
            int now = done.incrementAndGet();
            if (out == null) {
                return;
            }
            int tenth = now * 10 / total;
            int percent = now * 100 / total;
            if (terminal ? percent != lastShown : tenth != lastShown) {
                synchronized (this) {
                    int shown = terminal ? percent : tenth;
                    if (shown == lastShown) {
                        return;
                    }
                    lastShown = shown;
                    int bars = now * 30 / total;
                    String line = "[" + "#".repeat(bars) + " ".repeat(30 - bars) + "] " + now + "/" + total + " games";
                    out.print(terminal ? "\r" + line : line + System.lineSeparator());
                    out.flush();
                }
            }
        }

        void done() {
            if (out != null && terminal) {
                out.println();
            }
        }
    }
}
