package com.chipchain.bots;

/**
 * One seat's rule against the benchmark on the same seeds: the mean change of that seat's team
 * score and of the chain score, in money and in percent of the benchmark's mean, and the share of
 * seeds on which each rose by more than 5 % of the benchmark's own score on that seed.
 */
public record SeedComparison(int seeds, double teamChange, double teamPercent, double teamBigWinShare, double chainChange,
                      double chainPercent, double chainBigWinShare) {

    public static final String HEADER = String.format("%-10s %8s %12s %8s %8s %12s %8s %8s%n", "seat", "train", "team change",
            "team %", ">5%", "chain change", "chain %", ">5%");

    public static SeedComparison of(int role, RuleSearch.Played benchmark, RuleSearch.Played changed) {
        int n = benchmark.chains().length;
        double team = 0;
        double teamBase = 0;
        double chain = 0;
        double chainBase = 0;
        int teamBig = 0;
        int chainBig = 0;
        for (int seed = 0; seed < n; seed++) {
            long baseTeam = benchmark.teams()[seed][role];
            long newTeam = changed.teams()[seed][role];
            long baseChain = benchmark.chains()[seed];
            long newChain = changed.chains()[seed];
            team += newTeam - baseTeam;
            teamBase += baseTeam;
            chain += newChain - baseChain;
            chainBase += baseChain;
            teamBig += newTeam - baseTeam > 0.05 * Math.abs(baseTeam) ? 1 : 0;
            chainBig += newChain - baseChain > 0.05 * Math.abs(baseChain) ? 1 : 0;
        }
        return new SeedComparison(n, team / n, percent(team, teamBase), (double) teamBig / n, chain / n,
                percent(chain, chainBase), (double) chainBig / n);
    }

    /** True when the rule raises its team or the chain by more than 5 % on more than 60 % of seeds. */
    public boolean breaksTheGame() {
        return teamBigWinShare > 0.6 || chainBigWinShare > 0.6;
    }

    /** The columns after the seat and training gain, money in major units. */
    public String row() {
        return String.format("%,12.0f %7.1f%% %7.0f%% %,12.0f %7.1f%% %7.0f%%%s", teamChange / 100 + 0.0, teamPercent + 0.0,
                100 * teamBigWinShare, chainChange / 100 + 0.0, chainPercent + 0.0, 100 * chainBigWinShare,
                breaksTheGame() ? "   <- wins alone" : "");
    }

    private static double percent(double change, double base) {
        return base == 0 ? 0 : 100 * change / Math.abs(base);
    }
}
