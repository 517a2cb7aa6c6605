package com.chipchain.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.chipchain.TestScenarios;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The rules that make the flagship a game worth playing (docs/rules.md): lost sales, price steps,
 * fill at the reference price, what is left at the end, buyers outside the chain, prepayments,
 * tariffs on chip content, relief for US investment, imported content, freight and write-offs.
 */
class MarketAndContractsTest {

    private static Scenario mini(String from, String to) {
        String yaml = TestScenarios.MINI;
        assertThat(yaml).contains(from);
        return TestScenarios.parse(yaml.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)));
    }

    private static GameState idle(GameState state) {
        return TurnResolver.resolve(state, Decisions.idle(state.scenario(), state.turn())).next();
    }

    @Nested
    class The_market {

        @Test
        void a_share_of_the_unmet_end_demand_is_lost_each_turn_rounded_half_up() {
            Scenario scenario = mini("  role: seller\n", "  role: seller\n  lostSalesPercent: 50\n");
            GameState state = idle(GameState.start(scenario, 1));              // demand 4, 4 shipped from 6
            TurnResult turn2 = TurnResolver.resolve(state, Decisions.idle(scenario, 2));
            // demand 4, 2 shipped, 2 unmet: half (1) is lost, 1 waits
            assertThat(turn2.report().marketLost()).isEqualTo(1);
            assertThat(turn2.next().backlogUnits(scenario.roleIndex("seller"))).isEqualTo(1);
            TurnResult turn3 = TurnResolver.resolve(turn2.next(), Decisions.idle(scenario, 3));
            // nothing to ship: of the old line of 1, 1 is lost (0.5 rounds up); of the new line of 4, 2
            assertThat(turn3.report().marketLost()).isEqualTo(3);
            assertThat(turn3.next().backlogUnits(scenario.roleIndex("seller"))).isEqualTo(2);
            assertThat(turn3.next().marketLostTotal()).isEqualTo(4);
        }

        @Test
        void the_price_moves_at_most_one_step_a_turn() {
            Scenario scenario = mini("elasticityPercent: 100 }", "elasticityPercent: 100, maxStep: 2.00 }");
            GameState start = GameState.start(scenario, 1);
            int seller = scenario.roleIndex("seller");
            assertThat(DecisionRules.validate(start, seller, Decisions.on(scenario, 1).price(55_00).get()))
                    .singleElement().satisfies(v -> {
                        assertThat(v.rule()).isEqualTo("price_moves_at_most_one_step");
                        assertThat(v.message()).isEqualTo("the price may move at most 2.00 a turn: from 48.00 to 52.00");
                    });
            assertThat(DecisionRules.validate(start, seller, Decisions.on(scenario, 1).price(52_00).get())).isEmpty();
        }

        @Test
        void fill_is_measured_against_demand_at_the_reference_price() {
            Scenario scenario = TestScenarios.mini();
            // 20 % above the reference at elasticity 100 %: demand 4 x 0.8 = 3.2, rounded down to 3
            Decision dear = Decisions.on(scenario, 1).price(60_00).get();
            GameState after = TurnResolver.resolve(GameState.start(scenario, 1), Decisions.only(scenario, "seller", dear)).next();
            assertThat(after.marketDemandTotal()).isEqualTo(3);
            assertThat(after.marketReferenceDemandTotal()).isEqualTo(4);
            assertThat(after.marketDeliveredTotal()).isEqualTo(3);
            assertThat(Scores.of(after).fillRate()).isEqualTo(0.75);
        }
    }

    @Nested
    class What_is_left_at_the_end {

        @Test
        void capacity_counts_at_the_part_of_its_capex_not_yet_written_off() {
            Scenario scenario = TestScenarios.parse(TestScenarios.MINI + "scoring: { capacityLifeTurns: 4 }\n");
            int maker = scenario.roleIndex("maker");
            Decision build = Decisions.on(scenario, 1).build("maker-us", 10).get();
            GameState after1 = TurnResolver.resolve(GameState.start(scenario, 1), Decisions.only(scenario, "maker", build)).next();
            // capex 10 x 10.00 = 100.00 less the 20 % US subsidy = 80.00; one turn of four written off
            assertThat(after1.investedOn(maker, 1)).isEqualTo(80_00);
            Scores scores = Scores.of(after1);
            assertThat(scores.endValues()[maker]).isEqualTo(60_00);
            assertThat(scores.teamProfits()[maker]).isEqualTo(after1.cash(maker) - 100_00 + 60_00);
            GameState after4 = idle(idle(idle(after1)));
            assertThat(Scores.of(after4).endValues()[maker]).isZero();
        }

        @Test
        void goods_held_count_at_what_they_cost_their_holder() {
            Scenario scenario = TestScenarios.parse(TestScenarios.MINI + "scoring: { stockValuePercent: 100 }\n");
            Scores scores = Scores.of(GameState.start(scenario, 1));
            // maker makes its parts: 20 at Taiwan's 1.00 and 10 at the US site's 2.00
            // builder: 5 widgets at 3.00 + 2 parts x 5.00 each, and 4 parts bought at 5.00
            // seller: 6 widgets bought at their reference value 30.00
            assertThat(scores.endValues()).containsExactly(40_00, 85_00, 180_00);
            Scenario half = TestScenarios.parse(TestScenarios.MINI + "scoring: { stockValuePercent: 50 }\n");
            assertThat(Scores.of(GameState.start(half, 1)).endValues()).containsExactly(20_00, 42_50, 90_00);
        }

        @Test
        void without_end_values_the_classic_scores_only_cash() {
            Scenario classic = TestScenarios.classic();
            assertThat(Scores.of(GameState.start(classic, 1)).endValues()).containsOnly(0L);
        }
    }

    @Nested
    class Buyers_outside_the_chain_and_prepayments {

        private final Scenario scenario = mini("    cash: 100.00\n", "    cash: 100.00\n    otherBuyers: { demand: [20], price: 7.00 }\n");
        private final int maker = scenario.roleIndex("maker");
        private final int builder = scenario.roleIndex("builder");

        @Test
        void outside_buyers_take_what_is_offered_up_to_their_demand_at_their_price() {
            TurnResult offered3 = TurnResolver.resolve(GameState.start(scenario, 1),
                    Decisions.only(scenario, "maker", Decisions.on(scenario, 1).sellOutside(3).get()));
            SeatReport seat = offered3.report().seats().get(maker);
            assertThat(seat.otherDemand()).isEqualTo(20);
            assertThat(seat.otherSold()).isEqualTo(3);
            assertThat(seat.costs().revenue()).isEqualTo(21_00);
            TurnResult offered9 = TurnResolver.resolve(GameState.start(scenario, 1),
                    Decisions.only(scenario, "maker", Decisions.on(scenario, 1).sellOutside(25).get()));
            // 25 offered, 20 wanted: 20 sold from Taiwan's 20 parts (sites in scenario order)
            assertThat(offered9.report().seats().get(maker).otherSold()).isEqualTo(20);
            assertThat(offered9.next().soldOutsideUnits(scenario.productIndex("part"))).isEqualTo(20);
        }

        @Test
        void only_a_seat_with_outside_buyers_can_offer_them_goods() {
            assertThat(DecisionRules.validate(GameState.start(scenario, 1), builder,
                    Decisions.on(scenario, 1).sellOutside(1).get()))
                    .extracting(Violation::rule).containsExactly("other_sales_only_where_there_are_other_buyers");
        }

        @Test
        void outside_sales_ship_before_the_chains_orders() {
            GameState state = TurnResolver.resolve(GameState.start(scenario, 1),
                    Decisions.only(scenario, "builder", Decisions.on(scenario, 1).order("part", "builder-us", 30).get())).next();
            TurnResult turn2 = TurnResolver.resolve(state,
                    Decisions.only(scenario, "maker", Decisions.on(scenario, 2).sellOutside(20).get()));
            // 30 parts on hand: Taiwan's 20 to outside buyers first, then the 10 in the US of the builder's 30
            assertThat(turn2.report().seats().get(maker).otherSold()).isEqualTo(20);
            assertThat(turn2.report().seats().get(maker).shipped()).isEqualTo(10);
            assertThat(turn2.next().backlogUnits(maker)).isEqualTo(20);
        }

        @Test
        void a_prepaid_buyer_is_served_first_and_pays_from_its_credit() {
            Decision orderAndPrepay = Decisions.on(scenario, 1).order("part", "builder-us", 30).prepay("maker", 95_00).get();
            TurnResult turn1 = TurnResolver.resolve(GameState.start(scenario, 1), Decisions.only(scenario, "builder", orderAndPrepay));
            assertThat(turn1.report().seats().get(builder).costs().prepaidNet()).isEqualTo(95_00);
            assertThat(turn1.report().seats().get(maker).costs().prepaidNet()).isEqualTo(-95_00);
            assertThat(turn1.next().credit(builder, maker)).isEqualTo(95_00);

            TurnResult turn2 = TurnResolver.resolve(turn1.next(),
                    Decisions.only(scenario, "maker", Decisions.on(scenario, 2).sellOutside(20).get()));
            // the credited part ships first: 10 from maker-us at 6.00 (60.00), then 7 from maker-tw at 5.00
            // (35.00, all the credit); then the outside buyers get Taiwan's other 13; 13 stay owed
            SeatReport makerSeat = turn2.report().seats().get(maker);
            assertThat(makerSeat.shipped()).isEqualTo(17);
            assertThat(makerSeat.otherSold()).isEqualTo(13);
            assertThat(turn2.next().backlogUnits(maker)).isEqualTo(13);
            assertThat(turn2.report().seats().get(builder).costs().purchases()).isEqualTo(95_00);
            assertThat(turn2.report().seats().get(builder).costs().prepaidNet()).isEqualTo(-95_00);
            assertThat(turn2.next().credit(builder, maker)).isZero();
        }

        @Test
        void credit_left_at_the_end_is_owed_back_to_the_buyer() {
            Decision prepay = Decisions.on(scenario, 1).prepay("maker", 40_00).get();
            GameState after = TurnResolver.resolve(GameState.start(scenario, 1), Decisions.only(scenario, "builder", prepay)).next();
            Scores scores = Scores.of(after);
            assertThat(scores.endValues()[builder]).isEqualTo(40_00);
            assertThat(scores.endValues()[maker]).isEqualTo(-40_00);
            // a prepayment moves money between seats: the chain's score does not change with it
            Scores without = Scores.of(TurnResolver.resolve(GameState.start(scenario, 1), Decisions.idle(scenario, 1)).next());
            assertThat(scores.chain()).isEqualTo(without.chain());
        }

        @Test
        void prepayments_go_only_to_the_seats_own_suppliers() {
            assertThat(DecisionRules.validate(GameState.start(scenario, 1), scenario.roleIndex("seller"),
                    Decisions.on(scenario, 1).prepay("maker", 10_00).get()))
                    .extracting(Violation::rule).containsExactly("prepayments_go_to_own_suppliers");
        }
    }

    @Nested
    class Tariffs_as_policy {

        private final Scenario flagship = TestScenarios.flagship();
        private final int system = flagship.productIndex("system");
        private final int nvidia = flagship.roleIndex("nvidia");

        private long nvidiaTariffsOnTurn1(EventEffect... effects) {
            List<GameEvent> injected = java.util.Arrays.stream(effects)
                    .map(e -> GameEvent.injected(1, e, new Text("x", "x"))).toList();
            TurnResult turn1 = TurnResolver.resolve(GameState.start(flagship, 1), Decisions.idle(flagship, 1), injected);
            return turn1.report().seats().get(nvidia).costs().tariffs();
        }

        @Test
        void a_content_tariff_charges_the_non_us_chips_inside_an_imported_system() {
            // 1,500 Mexican systems land at NVIDIA on turn 1, each with a 9.00 module made outside the US
            assertThat(nvidiaTariffsOnTurn1(new EventEffect.TariffSet(system, "MX", 25_00, true))).isEqualTo(3_375_00);
            // a tariff on the value is on what NVIDIA paid: 1,500 x 20.00
            assertThat(nvidiaTariffsOnTurn1(new EventEffect.TariffSet(system, "MX", 10_00, false))).isEqualTo(3_000_00);
        }

        @Test
        void building_in_the_us_relieves_the_tariffs_on_what_a_company_ships_in() {
            // Texas as large as Guadalajara: half the assembler's capacity is in the US, so half its tariffs go
            EventEffect texas = new EventEffect.CapacityChange(flagship.siteIndex("texas"), 3000);
            assertThat(nvidiaTariffsOnTurn1(texas, new EventEffect.TariffSet(system, "MX", 25_00, true))).isEqualTo(1_687_50);
        }

        @Test
        void korean_dram_inside_indiana_hbm_pays_its_tariff_and_is_not_us_content() {
            int indiana = flagship.siteIndex("indiana-fab");
            int hbm = flagship.productIndex("hbm");
            List<GameEvent> injected = List.of(
                    GameEvent.injected(1, new EventEffect.CapacityChange(indiana, 100), new Text("x", "x")),
                    GameEvent.injected(1, new EventEffect.TariffSet(hbm, "KR", 25_00), new Text("x", "x")));
            Decision produce = Decisions.on(flagship, 1).produce("indiana-fab", 100).get();
            TurnResult turn1 = TurnResolver.resolve(GameState.start(flagship, 1), Decisions.only(flagship, "memory", produce), injected);
            // 60 % of 100 x 3.50 is Korean: 210.00 at 25 % less the relief for 100 of 3,200 units in the US
            // (312 bp of share, so 24.22 %): 50.86
            assertThat(turn1.report().seats().get(flagship.roleIndex("memory")).costs().tariffs()).isEqualTo(50_86);
            // the 80 good units (learning starts at 80 %) carry only the US-made 40 %: 140.00 x 80 / 100
            assertThat(turn1.next().batches()).filteredOn(b -> b.site() == indiana).singleElement().satisfies(b -> {
                assertThat(b.quantity()).isEqualTo(80);
                assertThat(b.usValue()).isEqualTo(112_00);
            });
        }
    }

    @Nested
    class Freight_and_write_offs {

        @Test
        void the_shipping_seat_pays_a_lanes_freight() {
            Scenario scenario = TestScenarios.parse(TestScenarios.MINI
                    + "lanes:\n  - { from: maker-us, to: builder-us, transit: 2, freight: 0.50 }\n");
            GameState state = TurnResolver.resolve(GameState.start(scenario, 1),
                    Decisions.only(scenario, "builder", Decisions.on(scenario, 1).order("part", "builder-us", 10).get())).next();
            TurnResult turn2 = TurnResolver.resolve(state, Decisions.idle(scenario, 2));
            assertThat(turn2.report().seats().get(scenario.roleIndex("maker")).costs().freight()).isEqualTo(5_00);
        }

        @Test
        void a_write_off_scraps_a_share_of_the_stock_a_role_holds() {
            Scenario scenario = TestScenarios.parse(TestScenarios.MINI + """
                    events:
                      - { turn: 1, type: writeOff, role: seller, percent: 50, news: { en: Licence needed, ko: 허가 필요 } }
                    """);
            TurnResult turn1 = TurnResolver.resolve(GameState.start(scenario, 1), Decisions.idle(scenario, 1));
            // 3 of the 6 widgets are written off before customers come: 3 of the 4 demanded ship
            assertThat(turn1.next().writtenOffUnits(scenario.productIndex("widget"))).isEqualTo(3);
            assertThat(turn1.report().marketDelivered()).isEqualTo(3);
        }
    }
}
