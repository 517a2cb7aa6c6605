package com.chipchain.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.chipchain.TestScenarios;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Nothing is created or lost: over random decision sequences and random facilitator shocks on
 * every shipped scenario, every unit and every cent is accounted for on every turn.
 */
class ConservationProperties {

    private static final Map<String, Scenario> SCENARIOS = new HashMap<>();

    private static Scenario scenario(String id) {
        synchronized (SCENARIOS) {
            return SCENARIOS.computeIfAbsent(id, TestScenarios::shipped);
        }
    }

    @Provide
    Arbitrary<String> shippedScenarios() {
        return Arbitraries.of(TestScenarios.SHIPPED);
    }

    /** Units on hand, on the way and in production at the start of the game, per product. */
    private static long[] unitsAtStart(Scenario scenario) {
        long[] units = new long[scenario.products().size()];
        GameState start = GameState.start(scenario, 0);
        for (int p = 0; p < units.length; p++) {
            units[p] = start.unitsInChain(p);
        }
        return units;
    }

    @Property(tries = 60)
    void every_unit_is_accounted_for(@ForAll("shippedScenarios") String id, @ForAll long seed) {
        Scenario scenario = scenario(id);
        long[] atStart = unitsAtStart(scenario);
        RandomPlay play = new RandomPlay(seed, true);
        GameState state = GameState.start(scenario, seed);
        while (!state.finished()) {
            state = TurnResolver.resolve(state, play.decisions(state), play.injected(state)).next();
            for (int p = 0; p < atStart.length; p++) {
                // at the start + produced = inventory + in transit + in production + consumed + delivered
                // + sold outside the chain + scrapped + written off
                assertThat(atStart[p] + state.startedUnits(p))
                        .as("%s, product %s, after turn %d", id, scenario.product(p).id(), state.turn() - 1)
                        .isEqualTo(state.unitsInChain(p) + state.consumedUnits(p) + state.deliveredUnits(p)
                                + state.soldOutsideUnits(p) + state.scrappedUnits(p) + state.writtenOffUnits(p));
                assertThat(state.unitsInChain(p)).isNotNegative();
            }
            for (int site = 0; site < scenario.sites().size(); site++) {
                for (int p = 0; p < atStart.length; p++) {
                    assertThat(state.inventory(site, p)).isNotNegative();
                    assertThat(state.usValue(site, p)).isBetween(0L, state.inventory(site, p) * Math.max(1, maxValue(scenario)));
                }
            }
        }
    }

    @Property(tries = 60)
    void every_cent_is_explained(@ForAll("shippedScenarios") String id, @ForAll long seed) {
        Scenario scenario = scenario(id);
        RandomPlay play = new RandomPlay(seed, true);
        GameState state = GameState.start(scenario, seed);
        while (!state.finished()) {
            List<Decision> decisions = play.decisions(state);
            TurnResult result = TurnResolver.resolve(state, decisions, play.injected(state));
            GameState next = result.next();
            TurnReport report = result.report();

            long cashAndFundsChange = 0;
            long contractMoney = 0;
            long externalCosts = 0;
            long outsideRevenue = 0;
            for (SeatReport seat : report.seats()) {
                int role = seat.role();
                CostBreakdown costs = seat.costs();
                // each seat: cash changes by revenue minus the cost breakdown, nothing else
                assertThat(next.cash(role) - state.cash(role)).isEqualTo(costs.cashChange());
                cashAndFundsChange += next.cash(role) - state.cash(role) + next.fundBalance(role) - state.fundBalance(role);

                long production = 0;
                long holding = 0;
                for (SiteReport site : seat.sites()) {
                    production += site.started() * scenario.site(site.site()).productionCost();
                    for (int p = 0; p < site.inventory().length; p++) {
                        holding += site.inventory()[p] * scenario.product(p).holdingCost();
                    }
                }
                long capex = 0;
                for (SiteAmount build : decisions.get(role).investment()) {
                    capex += build.amount() * scenario.site(build.site()).build().capexPerUnit();
                }
                assertThat(costs.production()).isEqualTo(production);
                assertThat(costs.holding()).isEqualTo(holding);
                assertThat(costs.backlog()).isEqualTo(seat.backlog() * scenario.role(role).backlogCost());
                assertThat(costs.capex()).isEqualTo(capex);
                assertThat(costs.subsidy()).isBetween(0L, capex);
                contractMoney += costs.contracts();
                externalCosts += production + holding + costs.backlog() + capex - costs.subsidy() + costs.tariffs()
                        + costs.freight();
                OtherBuyers others = scenario.role(role).otherBuyers();
                if (others != null) {
                    outsideRevenue += seat.otherSold() * others.price();
                    assertThat(seat.otherSold()).isBetween(0L, Math.min(seat.otherDemand(), decisions.get(role).otherSales()));
                }
            }
            // purchases inside the chain are someone's revenue, and fund, prepaid and contract money only move between seats:
            // the chain as a whole gains only what customers pay, less what it pays outside
            long customerRevenue = report.marketDelivered() * report.price() + outsideRevenue;
            assertThat(contractMoney).as("contract premiums and fees, %s turn %d", id, report.turn()).isZero();
            assertThat(cashAndFundsChange).as("%s turn %d", id, report.turn()).isEqualTo(customerRevenue - externalCosts);
            state = next;
        }
    }

    private static long maxValue(Scenario scenario) {
        long max = 0;
        for (Product product : scenario.products()) {
            max = Math.max(max, product.value());
        }
        return max;
    }
}
