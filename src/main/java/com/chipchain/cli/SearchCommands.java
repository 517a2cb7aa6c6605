package com.chipchain.cli;

import com.chipchain.bots.RuleSearch;
import com.chipchain.bots.ExploitHunt;
import com.chipchain.engine.Scenario;
import com.chipchain.scenario.InvalidScenarioException;
import com.chipchain.scenario.ScenarioFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/** The command line of the rule searches: {@code tune} and {@code balance --search N} (docs/balance.md). */
final class SearchCommands {

    static final Set<String> BALANCE_OPTIONS = Set.of("scenario", "seeds", "threads", "out", "search", "train", "held-out",
            "search-seed");
    static final Set<String> TUNE_OPTIONS = Set.of("scenario", "threads", "out", "budget", "rounds", "train", "held-out",
            "search-seed");

    private SearchCommands() {}

    /** balance --search N: the best rule per seat against the benchmark, confirmed on held-out seeds. */
    static String hunt(Arguments arguments, PrintStream progress) throws UsageException, InvalidScenarioException, IOException {
        Scenario scenario = ScenarioFiles.fileOrId(arguments.required("scenario"));
        int budget = budget(arguments, "search", 0);
        ExploitHunt hunt = new ExploitHunt(scenario, seeds(arguments, "train", "1..200"), seeds(arguments, "held-out", "1001..1200"),
                arguments.threads(), budget, arguments.number("search-seed", 1));
        long start = System.nanoTime();
        MonteCarlo.ProgressBar bar = new MonteCarlo.ProgressBar(progress, hunt.games());
        try {
            List<ExploitHunt.Finding> findings = hunt.run(bar::step);
            return hunt.table(findings, (System.nanoTime() - start) / 1e9);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        } finally {
            bar.done();
        }
    }

    /** tune: iterated best response (or, with --cooperative, the best chain), printed with the scenario's bots: entry. */
    static String tune(Arguments arguments, PrintStream progress) throws UsageException, InvalidScenarioException, IOException {
        Scenario scenario = ScenarioFiles.fileOrId(arguments.required("scenario"));
        boolean cooperative = arguments.flag("cooperative");
        int budget = budget(arguments, "budget", 200);
        long rounds = arguments.number("rounds", 8);
        if (rounds < 1 || rounds > 100) {
            throw new UsageException("--rounds must be from 1 to 100");
        }
        Tuning tuning = new Tuning(scenario, seeds(arguments, "train", "1..100"), seeds(arguments, "held-out", "1001..1200"),
                arguments.threads(), budget, (int) rounds, arguments.number("search-seed", 1), progress);
        String policy = Tuning.defaultPolicy(cooperative);
        long start = System.nanoTime();
        try {
            Tuning.Result result = tuning.run(policy, cooperative);
            return tuning.report(result, policy, cooperative, (System.nanoTime() - start) / 1e9);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
    }

    private static int budget(Arguments arguments, String option, long fallback) throws UsageException {
        long budget = arguments.number(option, fallback);
        if (budget < 2 || budget > 100_000) {
            throw new UsageException("--" + option + " must be from 2 to 100,000 rules per seat, not " + budget);
        }
        return (int) budget;
    }

    private static long[] seeds(Arguments arguments, String option, String fallback) throws UsageException {
        long[] range = arguments.seedRange(option, arguments.one(option, fallback));
        if (range[1] - range[0] >= 100_000) {
            throw new UsageException("--" + option + ": at most 100,000 seeds");
        }
        return RuleSearch.range(range[0], range[1]);
    }
}
