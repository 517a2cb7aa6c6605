package com.chipchain.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.chipchain.TestScenarios;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The classic scenario against the board game (Sterman 1989; Edali and Yasarcan 2014), with board
 * states worked out by hand. A Chipchain decision for turn t is the order a board player writes at
 * the end of week t-1; turn 1 plays the slips pre-printed on the board.
 */
class ClassicBeerGameTest {

    private final Scenario classic = TestScenarios.classic();
    private final int beer = classic.productIndex("beer");
    private final int retailer = classic.roleIndex("retailer");
    private final int wholesaler = classic.roleIndex("wholesaler");
    private final int factory = classic.roleIndex("factory");

    /** Everyone orders (and the factory brews) 4 a week: the opening slips, kept for the whole game. */
    private List<Decision> steady(int turn) {
        List<Decision> all = new ArrayList<>();
        for (Decision opening : classic.openingDecisions()) {
            all.add(opening.forTurn(turn));
        }
        return all;
    }

    @Test
    void the_board_starts_with_12_cases_each_and_every_pipeline_full_at_4() {
        GameState start = GameState.start(classic, 0);
        for (int site = 0; site < classic.sites().size(); site++) {
            assertThat(start.inventory(site, beer)).isEqualTo(12);
        }
        assertThat(start.shipments()).hasSize(6).allSatisfy(s -> assertThat(s.quantity()).isEqualTo(4));
        assertThat(start.batches()).hasSize(2).allSatisfy(b -> assertThat(b.quantity()).isEqualTo(4));
        assertThat(start.mail()).hasSize(3).allSatisfy(m -> assertThat(m.line().quantity()).isEqualTo(4));
    }

    @Test
    void customer_demand_is_4_for_four_weeks_then_8() {
        GameState state = GameState.start(classic, 0);
        List<Long> demand = new ArrayList<>();
        for (int turn = 1; turn <= 8; turn++) {
            TurnResult result = TurnResolver.resolve(state, steady(turn));
            demand.add(result.report().marketDemand());
            state = result.next();
        }
        assertThat(demand).containsExactly(4L, 4L, 4L, 4L, 8L, 8L, 8L, 8L);
    }

    @Test
    void in_the_steady_opening_every_stage_holds_12_cases_and_pays_6_dollars_a_week() {
        GameState state = GameState.start(classic, 0);
        for (int turn = 1; turn <= 4; turn++) {
            TurnResult result = TurnResolver.resolve(state, steady(turn));
            for (SeatReport seat : result.report().seats()) {
                assertThat(seat.inventory()).isEqualTo(12);
                assertThat(seat.costs().totalCost()).isEqualTo(6_00);
                assertThat(seat.shipped()).isEqualTo(4);
            }
            state = result.next();
        }
    }

    @Test
    void the_turn_1_decision_is_the_pre_printed_slip_whatever_is_submitted() {
        Decision greedy = Decisions.on(classic, 1).order("beer", "retail-store", 40).get();
        GameState afterTurn1 = TurnResolver.resolve(GameState.start(classic, 0),
                Decisions.only(classic, "retailer", greedy)).next();
        assertThat(afterTurn1.mail()).filteredOn(m -> m.line().buyer() == retailer)
                .extracting(m -> m.line().quantity()).containsExactly(4L);
    }

    @Test
    void an_order_written_after_week_1_is_read_in_week_3_and_delivered_in_week_5() {
        // Retailer orders 8, 8, 0 after weeks 1, 2, 3 (turns 2, 3, 4); everyone else keeps ordering 4.
        long[] retailerOrders = {4, 8, 8, 0, 4, 4, 4};
        long[] retailerInventory = new long[8];
        long[] wholesalerInventory = new long[8];
        long[] wholesalerReceived = new long[8];
        GameState state = GameState.start(classic, 0);
        for (int turn = 1; turn <= 7; turn++) {
            List<Decision> decisions = steady(turn);
            decisions.set(retailer, Decisions.on(classic, turn).order("beer", "retail-store", retailerOrders[turn - 1]).get());
            TurnResult result = TurnResolver.resolve(state, decisions);
            retailerInventory[turn] = result.report().seats().get(retailer).inventory();
            wholesalerInventory[turn] = result.report().seats().get(wholesaler).inventory();
            wholesalerReceived[turn] = result.report().seats().get(wholesaler).demandReceived();
            state = result.next();
        }
        // Worked by hand on the board:
        assertThat(wholesalerReceived).containsExactly(0, 4, 4, 8, 8, 0, 4, 4);
        // the wholesaler ships 8, 8, 0, 4, 4 in weeks 3-7 but keeps receiving 4: it ends 4 cases down
        assertThat(wholesalerInventory).containsExactly(0, 12, 12, 8, 4, 8, 8, 8);
        // the 8s arrive in weeks 5 and 6, just as demand steps up to 8; the 0 leaves week 7 short
        assertThat(retailerInventory).containsExactly(0, 12, 12, 12, 12, 12, 12, 4);
    }

    @Test
    void holding_steady_through_the_demand_step_costs_the_chain_2418_dollars_in_36_weeks() {
        GameState state = GameState.start(classic, 0);
        while (!state.finished()) {
            state = TurnResolver.resolve(state, steady(state.turn())).next();
        }
        // Retailer: 4 x $6 + $4 + $2 + $0, then a backlog growing by 4 a week for 29 weeks: 4 x (1 + ... + 29) = $1,740.
        assertThat(state.cash(retailer)).isEqualTo(-(24_00 + 4_00 + 2_00 + 1_740_00));
        // Upstream stages never see the step: 12 cases x $0.50 for 36 weeks.
        assertThat(state.cash(wholesaler)).isEqualTo(-216_00);
        assertThat(state.cash(factory)).isEqualTo(-216_00);
        assertThat(Scores.of(state).chain()).isEqualTo(-2418_00);
    }

    @Test
    void the_factory_brews_what_it_requests_two_weeks_later() {
        GameState state = GameState.start(classic, 0);
        state = TurnResolver.resolve(state, steady(1)).next();
        List<Decision> decisions = steady(2);
        decisions.set(factory, Decisions.on(classic, 2).produce("brewery", 10).get());
        state = TurnResolver.resolve(state, decisions).next();
        assertThat(state.batches()).extracting(Batch::quantity, Batch::dueTurn)
                .contains(org.assertj.core.groups.Tuple.tuple(10L, 4));
    }
}
