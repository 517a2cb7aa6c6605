package com.chipchain.cli;

import com.chipchain.bots.ExploitHunt;
import com.chipchain.bots.SeedComparison;
import com.chipchain.bots.RuleSearch;
import com.chipchain.bots.Policies;
import com.chipchain.bots.RuleFamily;
import com.chipchain.bots.SeatPolicy;
import com.chipchain.engine.Scenario;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code tune} command (docs/balance.md): iterated best response over the rule family. Each
 * seat in turn takes the rule that maximises its own mean team score on the training seeds, the
 * other seats fixed, until a whole round leaves no seat gaining more than 1 %. With
 * {@code cooperative} every seat is searched for the chain score instead: the best cooperating
 * chain. A final round searches every seat again without changing anything and plays what it
 * found on held-out seeds: the check that the result holds beyond the seeds it was tuned on.
 */
final class Tuning {

    /** How much one seat's search found in one round. */
    record Step(int round, int role, double before, double after, boolean adopted) {
        double gainPercent() {
            return before == 0 ? 0 : 100 * (after - before) / Math.abs(before);
        }
    }

    /** What a rule found in the final round did on the held-out seeds, against the tuned chain on the same seeds. */
    record Check(int role, RuleFamily.Rule rule, double trainGainPercent, SeedComparison heldOut) {}

    record Result(List<RuleFamily.Rule> rules, List<Step> steps, boolean converged, int rounds,
                  RuleSearch.Played start, RuleSearch.Played tuned, List<Check> checks) {}

    static final double CONVERGED_PERCENT = 1.0;
    /** Rounds in a row, each with a fresh search, in which no seat may gain more than 1 %: one lucky round is not enough. */
    static final int QUIET_ROUNDS = 2;

    private final Scenario scenario;
    private final long[] train;
    private final long[] heldOut;
    private final int threads;
    private final int budget;
    private final int maxRounds;
    private final long searchSeed;
    private final PrintStream progress;

    @SuppressWarnings("java:S107")
    Tuning(Scenario scenario, long[] train, long[] heldOut, int threads, int budget, int maxRounds, long searchSeed,
           PrintStream progress) {
        this.scenario = scenario;
        this.train = train.clone();
        this.heldOut = heldOut.clone();
        this.threads = threads;
        this.budget = budget;
        this.maxRounds = maxRounds;
        this.searchSeed = searchSeed;
        this.progress = progress;
    }

    /** Tunes from the rules the scenario's {@code startPolicy} plays (the benchmark, or for the cooperating chain the tuned benchmark). */
    Result run(String startPolicy, boolean cooperative) throws InterruptedException {
        int roles = scenario.roles().size();
        List<RuleFamily.Rule> rules = new ArrayList<>();
        for (int role = 0; role < roles; role++) {
            rules.add(RuleFamily.of(scenario, role, startPolicy));
        }
        List<Step> steps = new ArrayList<>();
        RuleSearch heldOutGames = new RuleSearch(scenario, heldOut, threads, null);
        RuleSearch.Played start = heldOutGames.play(policies(rules));
        boolean converged = false;
        int quiet = 0;
        int round = 0;
        while (round < maxRounds && !converged) {
            round++;
            MonteCarlo.ProgressBar bar = bar("round " + round, roles * budget * train.length);
            RuleSearch search = new RuleSearch(scenario, train, threads, bar::step);
            double largest = 0;
            for (int role = 0; role < roles; role++) {
                int objective = cooperative ? -1 : role;
                double before = search.play(policies(rules)).mean(objective);
                RuleSearch.Found found = search.bestResponse(role, policies(rules), rules.get(role), budget,
                        searchSeed + round, cooperative);
                boolean adopted = found.score() > before;
                if (adopted) {
                    rules.set(role, found.rule());
                }
                Step step = new Step(round, role, before, Math.max(before, found.score()), adopted);
                steps.add(step);
                largest = Math.max(largest, step.gainPercent());
            }
            bar.done();
            quiet = largest <= CONVERGED_PERCENT ? quiet + 1 : 0;
            converged = quiet >= QUIET_ROUNDS;
            say(String.format("round %d: largest gain %.2f %%%s", round, largest, converged ? " (converged)" : ""));
        }
        RuleSearch.Played tuned = heldOutGames.play(policies(rules));
        List<Check> checks = check(rules, cooperative);
        return new Result(List.copyOf(rules), steps, converged, round, start, tuned, checks);
    }

    /** A last search per seat that changes nothing: what each seat could still gain, on training and on held-out seeds. */
    private List<Check> check(List<RuleFamily.Rule> rules, boolean cooperative) throws InterruptedException {
        int roles = scenario.roles().size();
        MonteCarlo.ProgressBar bar = bar("check", roles * (budget * train.length + heldOut.length));
        RuleSearch search = new RuleSearch(scenario, train, threads, bar::step);
        RuleSearch heldOutGames = new RuleSearch(scenario, heldOut, threads, bar::step);
        RuleSearch.Played tunedHeldOut = heldOutGames.play(policies(rules));
        List<Check> checks = new ArrayList<>();
        for (int role = 0; role < roles; role++) {
            int objective = cooperative ? -1 : role;
            double before = search.play(policies(rules)).mean(objective);
            RuleSearch.Found found = search.bestResponse(role, policies(rules), rules.get(role), budget, searchSeed + 1000, cooperative);
            List<SeatPolicy> changed = policies(rules);
            changed.set(role, found.rule().policy("search"));
            RuleSearch.Played played = heldOutGames.play(changed);
            double gain = before == 0 ? 0 : 100 * (found.score() - before) / Math.abs(before);
            checks.add(new Check(role, found.rule(), gain, SeedComparison.of(role, tunedHeldOut, played)));
        }
        bar.done();
        return checks;
    }

    private MonteCarlo.ProgressBar bar(String label, int games) {
        say(label + ": " + String.format("%,d", games) + " games");
        return new MonteCarlo.ProgressBar(progress, games);
    }

    private void say(String line) {
        if (progress != null) {
            progress.println(line);
            progress.flush();
        }
    }

    private static List<SeatPolicy> policies(List<RuleFamily.Rule> rules) {
        List<SeatPolicy> policies = new ArrayList<>();
        for (RuleFamily.Rule rule : rules) {
            policies.add(rule.policy("tuned"));
        }
        return policies;
    }

    /** The tables for people, and the {@code bots:} entry to paste into the scenario. */
    String report(Result result, String policy, boolean cooperative, double seconds) {
        StringBuilder text = new StringBuilder();
        text.append(String.format("%s: %s tuned by %s on training seeds %d..%d (%d rules per seat and round), checked on"
                        + " held-out seeds %d..%d, in %.0f s on %d threads (money in %s)%n", scenario.id(), policy,
                cooperative ? "searching every seat for the chain score" : "iterated best response",
                train[0], train[train.length - 1], budget, heldOut[0], heldOut[heldOut.length - 1], seconds, threads,
                scenario.moneyUnit()));
        text.append(String.format("%nround seat       objective before      after     gain  adopted%n"));
        for (Step step : result.steps()) {
            text.append(String.format("%5d %-10s %16s %,10.0f %6.2f%%  %s%n", step.round(), scenario.role(step.role()).id(),
                    money(step.before()), step.after() / 100, step.gainPercent(), step.adopted() ? "yes" : "no"));
        }
        text.append(result.converged()
                ? String.format("Converged after %d rounds: in the last %d no seat gained more than %.0f %% by changing its own rule.%n",
                        result.rounds(), QUIET_ROUNDS, CONVERGED_PERCENT)
                : String.format("Not converged after %d rounds.%n", result.rounds()));
        text.append(String.format("%nOn held-out seeds (means): before tuning -> tuned%n"));
        text.append(String.format("  chain score %,.0f -> %,.0f%n", result.start().chainMean() / 100, result.tuned().chainMean() / 100));
        for (int role = 0; role < scenario.roles().size(); role++) {
            text.append(String.format("  %-10s %,12.0f -> %,12.0f   (share of team profits %4.1f %% -> %4.1f %%)%n",
                    scenario.role(role).id(), result.start().teamMean(role) / 100, result.tuned().teamMean(role) / 100,
                    share(result.start(), role), share(result.tuned(), role)));
        }
        text.append(String.format("%nCheck: one more search per seat %s, the found rule played on held-out seeds:%n",
                cooperative ? "for the chain score" : "for its own team"));
        text.append(SeedComparison.HEADER);
        for (Check check : result.checks()) {
            text.append(String.format("%-10s %7.2f%% %s%n", scenario.role(check.role()).id(), check.trainGainPercent(),
                    check.heldOut().row()));
        }
        text.append(String.format("%nWhat the check found (what differs from the tuned rule):%n"));
        for (Check check : result.checks()) {
            text.append(String.format("  %-10s %s%n", scenario.role(check.role()).id(),
                    ExploitHunt.difference(result.rules().get(check.role()), check.rule())));
        }
        text.append(String.format("%nThe scenario's bots: entry:%n  %s:%n", policy));
        Map<String, String> parameters = RuleFamily.asBotParameters(scenario, result.rules());
        parameters.forEach((key, value) -> text.append("    ").append(key).append(": ").append(value).append('\n'));
        return text.toString();
    }

    private static String money(double cents) {
        return String.format("%,.0f", cents / 100);
    }

    private static double share(RuleSearch.Played played, int role) {
        double sum = 0;
        for (int r = 0; r < played.teams()[0].length; r++) {
            sum += Math.max(0, played.teamMean(r));
        }
        return sum == 0 ? 0 : 100 * Math.max(0, played.teamMean(role)) / sum;
    }

    static String defaultPolicy(boolean cooperative) {
        return cooperative ? Policies.COOPERATIVE : Policies.BENCHMARK;
    }
}
