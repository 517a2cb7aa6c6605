package com.chipchain.cli;

import com.chipchain.bots.ExploitHunt;
import com.chipchain.bots.Policies;
import com.chipchain.bots.SeatPolicy;
import com.chipchain.engine.EventEffect;
import com.chipchain.engine.GameState;
import com.chipchain.engine.Scenario;
import com.chipchain.engine.Scores;
import com.chipchain.engine.Site;
import com.chipchain.engine.SupplyLink;
import com.chipchain.engine.TurnResolver;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reshoring by tariff path, for each team that decides it (docs/balance.md): a seat with a US site
 * it can build reshores (US sites first, US capacity for all it sells), alone or under a US supply
 * contract its customer offers at a premium, against the benchmark on the same seed. The table
 * splits the seeds by the random tariff shocks on what that seat sells, and gives the deciding
 * team's own change with its standard error, and its customer's.
 */
final class ReshoringByPath {

    /** One way of reshoring: alone (premium 0) or under a contract at this premium (share of the good's value). */
    record Deal(double premium) {
        String label() {
            return premium == 0 ? "alone" : "contract " + java.math.BigDecimal.valueOf(100 * premium).stripTrailingZeros()
                    .toPlainString() + " %";
        }
    }

    /** A deciding seat and the customer that would pay for it. */
    record Decider(int role, int customer, List<Integer> tariffShocks) {}

    /** One seed: the benchmark's and each deal's scores, per decider, and which shocks fired. */
    record SeedRow(Scores benchmark, Scores[][] deals, int[] shocks) {}

    /** The mean change of a team's score on the seeds of one path, with its standard error. */
    record Change(int seeds, double mean, double standardError, double winShare) {
        boolean beyondNoise() {
            return Math.abs(mean) > standardError;
        }
    }

    static final List<Deal> DEALS = List.of(new Deal(0), new Deal(0.10), new Deal(0.15), new Deal(0.20), new Deal(0.25));

    private final Scenario scenario;
    private final List<Decider> deciders = new ArrayList<>();

    ReshoringByPath(Scenario scenario) {
        this.scenario = scenario;
        for (int role = 0; role < scenario.roles().size(); role++) {
            int customer = customerOf(role);
            if (customer >= 0 && buildsInUs(role)) {
                deciders.add(new Decider(role, customer, tariffShocksOn(scenario.role(role).product())));
            }
        }
    }

    List<Decider> deciders() {
        return deciders;
    }

    int gamesPerSeed() {
        return 1 + deciders.size() * DEALS.size();
    }

    SeedRow play(long seed) {
        GameState benchmark = play(seed, ExploitHunt.benchmark(scenario));
        Scores[][] deals = new Scores[deciders.size()][DEALS.size()];
        for (int d = 0; d < deciders.size(); d++) {
            Decider decider = deciders.get(d);
            for (int k = 0; k < DEALS.size(); k++) {
                deals[d][k] = Scores.of(play(seed, chain(decider, DEALS.get(k))));
            }
        }
        int[] shocks = new int[scenario.shocks().size()];
        for (int i = 0; i < shocks.length; i++) {
            shocks[i] = benchmark.shockCount(i);
        }
        return new SeedRow(Scores.of(benchmark), deals, shocks);
    }

    /**
     * The benchmark chain with the decider reshoring: alone it plays the reshoring site strategy
     * with all its capacity target in the US; under a deal its customer offers the premium on all
     * it needs and the decider accepts any offer (and reshores while the contract runs).
     */
    List<SeatPolicy> chain(Decider decider, Deal deal) {
        List<SeatPolicy> chain = ExploitHunt.benchmark(scenario);
        String id = scenario.role(decider.role()).id();
        if (deal.premium() == 0) {
            chain.set(decider.role(), Policies.byName(Policies.BENCHMARK + ":" + id + ".site=1," + id + ".usCapacity=1," + id
                    + ".capexFrom=1," + id + ".capexUntil=" + scenario.turnCount(), scenario));
        } else {
            String customer = scenario.role(decider.customer()).id();
            chain.set(decider.role(), Policies.byName(Policies.BENCHMARK + ":" + id + ".acceptPremium=0", scenario));
            chain.set(decider.customer(), Policies.byName(Policies.BENCHMARK + ":" + customer + ".contractPremium="
                    + deal.premium() + "," + customer + ".contractUnits=1", scenario));
        }
        return chain;
    }

    private GameState play(long seed, List<SeatPolicy> policies) {
        return TurnResolver.playNew(scenario, seed, policies, false);
    }

    /** The change of one team's score under a deal against the benchmark, on the seeds a filter keeps. */
    static Change change(SeedRow[] rows, int decider, int deal, int team, Predicate<SeedRow> filter) {
        double[] differences = Arrays.stream(rows).filter(filter)
                .mapToDouble(r -> r.deals()[decider][deal].teamProfits()[team] - r.benchmark().teamProfits()[team]).toArray();
        int n = differences.length;
        if (n == 0) {
            return new Change(0, 0, 0, 0);
        }
        double mean = Arrays.stream(differences).average().orElse(0);
        double variance = n < 2 ? 0 : Arrays.stream(differences).map(d -> (d - mean) * (d - mean)).sum() / (n - 1);
        return new Change(n, mean, Math.sqrt(variance / n), (double) Arrays.stream(differences).filter(d -> d > 0).count() / n);
    }

    /** The tariff paths of one decider: every combination of its tariff shocks (up to three), then each alone. */
    List<String> pathLabels(Decider decider) {
        List<String> labels = new ArrayList<>();
        labels.add("all seeds");
        List<Integer> shocks = decider.tariffShocks();
        if (shocks.size() >= 2 && shocks.size() <= 3) {
            for (int mask = 0; mask < (1 << shocks.size()); mask++) {
                StringBuilder label = new StringBuilder();
                for (int k = 0; k < shocks.size(); k++) {
                    label.append(k == 0 ? "" : " & ").append((mask >> k & 1) == 1 ? "" : "no ")
                            .append(scenario.shocks().get(shocks.get(k)).id());
                }
                labels.add(label.toString());
            }
        }
        for (int shock : shocks) {
            labels.add(scenario.shocks().get(shock).id() + " fired");
            labels.add(scenario.shocks().get(shock).id() + " not fired");
        }
        return labels;
    }

    Predicate<SeedRow> path(Decider decider, String label) {
        if (label.equals("all seeds")) {
            return r -> true;
        }
        for (int shock : decider.tariffShocks()) {
            String id = scenario.shocks().get(shock).id();
            if (label.equals(id + " fired")) {
                return r -> r.shocks()[shock] > 0;
            }
            if (label.equals(id + " not fired")) {
                return r -> r.shocks()[shock] == 0;
            }
        }
        List<Integer> shocks = decider.tariffShocks();
        return r -> {
            String[] parts = label.split(" & ");
            for (int k = 0; k < shocks.size(); k++) {
                boolean wanted = !parts[k].startsWith("no ");
                if ((r.shocks()[shocks.get(k)] > 0) != wanted) {
                    return false;
                }
            }
            return true;
        };
    }

    String table(SeedRow[] rows) {
        StringBuilder text = new StringBuilder();
        text.append(String.format("%nReshoring by tariff path, per deciding team (team score change against the benchmark on the same"
                + " seed, mean ± standard error; the customer pays under a contract; money in %s):%n", scenario.moneyUnit()));
        for (int d = 0; d < deciders.size(); d++) {
            Decider decider = deciders.get(d);
            String id = scenario.role(decider.role()).id();
            for (int team : new int[] {decider.role(), decider.customer()}) {
                text.append(String.format("%n%s reshores: %s's team score change%n", id, scenario.role(team).id()));
                text.append(String.format("%-58s %5s", "seeds", "n"));
                for (Deal deal : DEALS) {
                    text.append(String.format(" %20s", deal.label()));
                }
                text.append('\n');
                for (String label : pathLabels(decider)) {
                    Predicate<SeedRow> filter = path(decider, label);
                    text.append(String.format("%-58s %5d", label, change(rows, d, 0, team, filter).seeds()));
                    for (int k = 0; k < DEALS.size(); k++) {
                        Change c = change(rows, d, k, team, filter);
                        text.append(String.format(" %,10.0f ± %,6.0f%s", c.mean() / 100, c.standardError() / 100,
                                c.beyondNoise() ? "*" : " "));
                    }
                    text.append('\n');
                }
            }
        }
        text.append("(* beyond one standard error)\n");
        return text.toString();
    }

    private int customerOf(int role) {
        for (SupplyLink link : scenario.links()) {
            if (link.supplier() == role) {
                return link.buyer();
            }
        }
        return -1;
    }

    private boolean buildsInUs(int role) {
        for (int site : scenario.sitesOf(role)) {
            Site where = scenario.site(site);
            if (where.inUs() && where.build() != null) {
                return true;
            }
        }
        return false;
    }

    private List<Integer> tariffShocksOn(int product) {
        List<Integer> shocks = new ArrayList<>();
        for (int i = 0; i < scenario.shocks().size(); i++) {
            if (scenario.shocks().get(i).effect() instanceof EventEffect.TariffSet tariff && tariff.product() == product) {
                shocks.add(i);
            }
        }
        return shocks;
    }
}
