package com.chipchain.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.chipchain.TestScenarios;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each step of the turn order (docs/rules.md) on the small hand-built network of {@link TestScenarios#mini()}. */
class TurnOrderTest {

    private final Scenario mini = TestScenarios.mini();
    private final int part = mini.productIndex("part");
    private final int widget = mini.productIndex("widget");
    private final int maker = mini.roleIndex("maker");
    private final int builder = mini.roleIndex("builder");
    private final int seller = mini.roleIndex("seller");
    private final int makerTw = mini.siteIndex("maker-tw");
    private final int makerUs = mini.siteIndex("maker-us");
    private final int builderUs = mini.siteIndex("builder-us");
    private final int sellerUs = mini.siteIndex("seller-us");

    private GameState start() {
        return GameState.start(mini, 1);
    }

    private TurnResult play(GameState state, List<Decision> decisions) {
        return TurnResolver.resolve(state, decisions);
    }

    private GameState idleTurns(GameState state, int turns) {
        for (int i = 0; i < turns; i++) {
            state = play(state, Decisions.idle(mini, state.turn())).next();
        }
        return state;
    }

    @Test
    void the_steps_run_in_the_documented_order() {
        assertThat(TurnResolver.STEPS).extracting(step -> step.getClass().getSimpleName()).containsExactly(
                "ApplyEvents", "LandArrivals", "DrawDemand", "ReceiveOrders", "ApplyContracts", "ShipAgainstBacklog",
                "StartProduction", "PlaceOrders", "Invest", "SettleAccounts");
    }

    @Test
    void resolving_a_turn_leaves_the_given_state_unchanged() {
        GameState before = start();
        play(before, Decisions.only(mini, "builder", Decisions.on(mini, 1).order("part", "builder-us", 10).get()));
        assertThat(before.turn()).isEqualTo(1);
        assertThat(before.inventory(sellerUs, widget)).isEqualTo(6);
        assertThat(before.mail()).isEmpty();
        assertThat(before.cash(seller)).isEqualTo(100_00);
    }

    @Nested
    class Demand_and_shipping_to_customers {

        @Test
        void demand_reaches_the_market_role_and_is_shipped_from_stock_the_same_turn() {
            TurnResult turn1 = play(start(), Decisions.idle(mini, 1));
            SeatReport report = turn1.report().seats().get(seller);
            assertThat(turn1.report().marketDemand()).isEqualTo(4);
            assertThat(report.demandReceived()).isEqualTo(4);
            assertThat(report.shipped()).isEqualTo(4);
            assertThat(turn1.next().inventory(sellerUs, widget)).isEqualTo(2);
            assertThat(report.costs().revenue()).isEqualTo(4 * 50_00);
        }

        @Test
        void what_cannot_be_shipped_stays_owed_and_costs_backlog() {
            GameState state = idleTurns(start(), 1);
            TurnResult turn2 = play(state, Decisions.idle(mini, 2));
            SeatReport report = turn2.report().seats().get(seller);
            assertThat(report.shipped()).isEqualTo(2);
            assertThat(report.backlog()).isEqualTo(2);
            assertThat(report.costs().backlog()).isEqualTo(2 * 4_00);
            assertThat(report.costs().holding()).isZero();
            assertThat(report.fillRate()).isEqualTo(0.5);
        }

        @Test
        void demand_answers_the_price_set_this_turn() {
            Decision dearer = Decisions.on(mini, 1).price(55_00).get();
            TurnResult turn1 = play(start(), Decisions.only(mini, "seller", dearer));
            // 10 % above the reference at 100 % elasticity: 4 x 0.9 = 3.6, rounded down
            assertThat(turn1.report().marketDemand()).isEqualTo(3);
            assertThat(turn1.report().seats().get(seller).costs().revenue()).isEqualTo(3 * 55_00);
            assertThat(turn1.next().price()).isEqualTo(55_00);
        }

        @Test
        void a_demand_shift_multiplies_demand_for_its_turns() {
            GameEvent surge = GameEvent.injected(1, new EventEffect.DemandShift(50, 2), new Text("surge", "급증"));
            GameState state = start();
            TurnResult turn1 = TurnResolver.resolve(state, Decisions.idle(mini, 1), List.of(surge));
            TurnResult turn2 = play(turn1.next(), Decisions.idle(mini, 2));
            TurnResult turn3 = play(turn2.next(), Decisions.idle(mini, 3));
            assertThat(turn1.report().marketDemand()).isEqualTo(6);
            assertThat(turn2.report().marketDemand()).isEqualTo(6);
            assertThat(turn3.report().marketDemand()).isEqualTo(4);
        }
    }

    @Nested
    class Orders_and_shipping_between_companies {

        @Test
        void an_order_joins_the_suppliers_backlog_after_the_order_delay() {
            Decision order = Decisions.on(mini, 1).order("part", "builder-us", 5).get();
            GameState afterTurn1 = play(start(), Decisions.only(mini, "builder", order)).next();
            assertThat(afterTurn1.mail()).singleElement().satisfies(m -> {
                assertThat(m.supplier()).isEqualTo(maker);
                assertThat(m.dueTurn()).isEqualTo(2);
            });
            assertThat(afterTurn1.backlog(maker)).isEmpty();

            TurnResult turn2 = play(afterTurn1, Decisions.idle(mini, 2));
            assertThat(turn2.report().seats().get(maker).demandReceived()).isEqualTo(5);
            assertThat(turn2.report().seats().get(maker).shipped()).isEqualTo(5);
            assertThat(turn2.next().mail()).isEmpty();
        }

        @Test
        void a_line_is_filled_from_the_domestic_site_first_then_from_the_others() {
            Decision order = Decisions.on(mini, 1).order("part", "builder-us", 20).get();
            GameState afterTurn1 = play(start(), Decisions.only(mini, "builder", order)).next();
            TurnResult turn2 = play(afterTurn1, Decisions.idle(mini, 2));
            assertThat(turn2.next().shipments())
                    .extracting(Shipment::from, Shipment::quantity, Shipment::dueTurn)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(makerUs, 10L, 4),
                            org.assertj.core.groups.Tuple.tuple(makerTw, 10L, 4));
            // the buyer pays each shipping site's price when the goods leave
            assertThat(turn2.report().seats().get(builder).costs().purchases()).isEqualTo(10 * 6_00 + 10 * 5_00);
            assertThat(turn2.report().seats().get(maker).costs().revenue()).isEqualTo(10 * 6_00 + 10 * 5_00);
        }

        @Test
        void a_us_only_line_is_filled_only_from_us_sites() {
            Decision order = Decisions.on(mini, 1).orderUsOnly("part", "builder-us", 20).get();
            GameState afterTurn1 = play(start(), Decisions.only(mini, "builder", order)).next();
            GameState afterTurn2 = play(afterTurn1, Decisions.idle(mini, 2)).next();
            assertThat(afterTurn2.shipments()).singleElement().satisfies(s -> {
                assertThat(s.from()).isEqualTo(makerUs);
                assertThat(s.quantity()).isEqualTo(10);
            });
            assertThat(afterTurn2.backlog(maker)).singleElement().satisfies(line -> {
                assertThat(line.quantity()).isEqualTo(10);
                assertThat(line.usOnly()).isTrue();
            });
            assertThat(afterTurn2.inventory(makerTw, part)).isEqualTo(20);
        }

        @Test
        void the_oldest_line_is_served_first() {
            GameState state = start();
            state = play(state, Decisions.only(mini, "builder", Decisions.on(mini, 1).order("part", "builder-us", 40).get())).next();
            state = play(state, Decisions.with(mini, 2,
                    "builder", Decisions.on(mini, 2).order("part", "builder-us", 5).get(),
                    "maker", Decisions.on(mini, 2).produce("maker-tw", 12).get())).next();
            assertThat(state.backlog(maker)).extracting(BacklogLine::quantity).containsExactly(10L);
            TurnResult turn3 = play(state, Decisions.idle(mini, 3));
            // 12 new parts: the remaining 10 of the first line, then 2 of the second
            assertThat(turn3.next().backlog(maker)).singleElement().satisfies(line -> {
                assertThat(line.quantity()).isEqualTo(3);
                assertThat(line.placedTurn()).isEqualTo(2);
            });
        }

        @Test
        void goods_that_arrive_this_turn_can_be_shipped_this_turn() {
            Decision order = Decisions.on(mini, 1).order("widget", "seller-us", 5).get();
            GameState state = play(start(), Decisions.only(mini, "seller", order)).next();
            state = play(state, Decisions.idle(mini, 2)).next();
            assertThat(state.backlogUnits(seller)).isEqualTo(2);
            assertThat(state.inventory(sellerUs, widget)).isZero();
            TurnResult turn3 = play(state, Decisions.idle(mini, 3));
            // the 5 widgets shipped on turn 2 land before this turn's 4 + 2 owed are served
            assertThat(turn3.report().seats().get(seller).shipped()).isEqualTo(5);
            assertThat(turn3.next().backlogUnits(seller)).isEqualTo(1);
        }
    }

    @Nested
    class Tariffs {

        private GameState partsOnTheirWay() {
            Decision order = Decisions.on(mini, 1).order("part", "builder-us", 20).get();
            GameState state = play(start(), Decisions.only(mini, "builder", order)).next();
            return play(state, Decisions.idle(mini, 2)).next();
        }

        @Test
        void tariff_is_charged_to_the_buyer_on_arrival_at_a_us_site_for_non_us_goods_only() {
            GameState state = play(partsOnTheirWay(), Decisions.idle(mini, 3)).next();
            TurnResult turn4 = play(state, Decisions.idle(mini, 4));
            // 10 Taiwanese parts worth 50.00 at 10 %; the 10 US parts pay nothing
            assertThat(turn4.report().seats().get(builder).costs().tariffs()).isEqualTo(5_00);
            assertThat(turn4.report().seats().get(maker).costs().tariffs()).isZero();
        }

        @Test
        void the_rate_is_the_one_in_force_when_the_goods_arrive() {
            GameState state = play(partsOnTheirWay(), Decisions.idle(mini, 3)).next();
            GameEvent hike = GameEvent.injected(4, new EventEffect.TariffSet(part, "TW", 3000), new Text("hike", "인상"));
            TurnResult turn4 = TurnResolver.resolve(state, Decisions.idle(mini, 4), List.of(hike));
            assertThat(turn4.report().seats().get(builder).costs().tariffs()).isEqualTo(15_00);
            assertThat(turn4.report().events()).extracting(GameEvent::source).containsExactly(GameEvent.Source.FACILITATOR);
            assertThat(turn4.next().tariffBasisPoints(part, "TW")).isEqualTo(3000);
        }

        @Test
        void a_facilitators_tariff_is_not_undone_by_a_later_scripted_tariff_on_the_same_pair() {
            Scenario scripted = com.chipchain.TestScenarios.mini("""
                    events:
                      - { turn: 3, type: tariff, product: part, origin: TW, percent: 15, news: { en: "scripted 15", ko: "예정 15" } }
                      - { turn: 3, type: tariff, product: part, origin: KR, percent: 5, news: { en: "scripted KR", ko: "예정 KR" } }
                    """);
            int scriptedPart = scripted.productIndex("part");
            GameState start = GameState.start(scripted, 1);
            GameEvent teacher = GameEvent.injected(2, new EventEffect.TariffSet(scriptedPart, "TW", 2500), new Text("25", "25"));
            GameState afterTurn2 = TurnResolver.resolve(TurnResolver.resolve(start, Decisions.idle(scripted, 1)).next(),
                    Decisions.idle(scripted, 2), List.of(teacher)).next();
            assertThat(afterTurn2.tariffBasisPoints(scriptedPart, "TW")).isEqualTo(2500);
            TurnResult turn3 = TurnResolver.resolve(afterTurn2, Decisions.idle(scripted, 3));
            assertThat(turn3.next().tariffBasisPoints(scriptedPart, "TW")).as("the teacher's rate stays").isEqualTo(2500);
            assertThat(turn3.next().tariffBasisPoints(scriptedPart, "KR")).as("other scripted tariffs still apply").isEqualTo(500);
            // without the teacher's shock the script sets its rate as written
            GameState plain = TurnResolver.resolve(TurnResolver.resolve(start, Decisions.idle(scripted, 1)).next(),
                    Decisions.idle(scripted, 2)).next();
            assertThat(TurnResolver.resolve(plain, Decisions.idle(scripted, 3)).next().tariffBasisPoints(scriptedPart, "TW")).isEqualTo(1500);
        }
    }

    @Nested
    class Production {

        @Test
        void starts_are_limited_by_the_inputs_at_the_site() {
            Decision produce = Decisions.on(mini, 1).produce("builder-us", 5).get();
            TurnResult turn1 = play(start(), Decisions.only(mini, "builder", produce));
            // 4 parts make 2 widgets (2 parts each); the parts are consumed at the start
            assertThat(turn1.report().seats().get(builder).productionStarted()).isEqualTo(2);
            assertThat(turn1.next().inventory(builderUs, part)).isZero();
            assertThat(turn1.next().batches()).singleElement().satisfies(b -> {
                assertThat(b.quantity()).isEqualTo(2);
                assertThat(b.dueTurn()).isEqualTo(2);
            });
            assertThat(turn1.report().seats().get(builder).costs().production()).isEqualTo(2 * 3_00);
            GameState afterTurn2 = play(turn1.next(), Decisions.idle(mini, 2)).next();
            assertThat(afterTurn2.inventory(builderUs, widget)).isEqualTo(5 + 2);
        }

        @Test
        void starts_are_limited_by_capacity() {
            Decision produce = Decisions.on(mini, 1).produce("maker-tw", 150).produce("maker-us", 80).get();
            TurnResult turn1 = play(start(), Decisions.only(mini, "maker", produce));
            assertThat(turn1.report().seats().get(maker).productionStarted()).isEqualTo(100 + 50);
            assertThat(turn1.next().batches()).extracting(Batch::site, Batch::dueTurn)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(makerTw, 2),
                            org.assertj.core.groups.Tuple.tuple(makerUs, 3));
        }

        @Test
        void only_the_yield_comes_out_good_and_a_new_site_learns_with_volume() {
            // Phoenix learns: yield = 100 - (100 - 88) x 600 / (600 + units started before)
            Scenario flagship = TestScenarios.flagship();
            Decision produce = Decisions.on(flagship, 1).produce("phoenix-fab", 100).get();
            TurnResult turn1 = TurnResolver.resolve(GameState.start(flagship, 1), Decisions.only(flagship, "foundry", produce));
            SeatReport foundry = turn1.report().seats().get(flagship.roleIndex("foundry"));
            assertThat(foundry.productionStarted()).isEqualTo(100);
            assertThat(foundry.scrapped()).isEqualTo(12);
            assertThat(turn1.next().batches()).filteredOn(b -> b.site() == flagship.siteIndex("phoenix-fab"))
                    .extracting(Batch::quantity).containsExactly(88L);
            assertThat(turn1.next().startedAt(flagship.siteIndex("phoenix-fab"))).isEqualTo(100);
            // after 100 units the gap is 12 x 600 / 700 = 10.3, counted whole: 10, so the yield is 90 %
            Decision again = Decisions.on(flagship, 2).produce("phoenix-fab", 100).get();
            TurnResult turn2 = TurnResolver.resolve(turn1.next(), Decisions.only(flagship, "foundry", again));
            assertThat(turn2.report().seats().get(flagship.roleIndex("foundry")).scrapped()).isEqualTo(10);
        }
    }

    @Nested
    class Investment {

        @Test
        void capacity_ordered_now_is_usable_after_the_build_lead_time() {
            Decision build = Decisions.on(mini, 1).build("maker-us", 10).get();
            GameState state = play(start(), Decisions.only(mini, "maker", build)).next();
            assertThat(state.building(makerUs)).isEqualTo(10);
            state = play(state, Decisions.idle(mini, 2)).next();
            assertThat(state.capacity(makerUs)).isEqualTo(50);
            state = play(state, Decisions.idle(mini, 3)).next();
            assertThat(state.capacity(makerUs)).isEqualTo(60);
            assertThat(state.building(makerUs)).isZero();
        }

        @Test
        void capex_is_paid_now_less_the_subsidy_and_the_partner_fund() {
            List<Decision> decisions = Decisions.with(mini, 1,
                    "maker", Decisions.on(mini, 1).build("maker-us", 10).get(),
                    "seller", Decisions.on(mini, 1).fund("maker", 30_00).get());
            TurnResult turn1 = play(start(), decisions);
            CostBreakdown makerCosts = turn1.report().seats().get(maker).costs();
            assertThat(makerCosts.capex()).isEqualTo(100_00);
            assertThat(makerCosts.subsidy()).isEqualTo(20_00);
            assertThat(makerCosts.fundUsed()).isEqualTo(30_00);
            assertThat(turn1.report().seats().get(seller).costs().fundPaid()).isEqualTo(30_00);
            assertThat(turn1.next().fundBalance(maker)).isZero();
        }
    }

    @Nested
    class Events {

        @Test
        void a_disruption_cuts_capacity_and_delays_shipments_for_its_turns() {
            GameState state = play(start(), Decisions.only(mini, "builder",
                    Decisions.on(mini, 1).order("part", "builder-us", 20).get())).next();
            GameEvent quake = GameEvent.injected(2,
                    new EventEffect.Disruption(List.of(makerTw), 50, 1, 1), new Text("quake", "지진"));
            TurnResult turn2 = TurnResolver.resolve(state,
                    Decisions.only(mini, "maker", Decisions.on(mini, 2).produce("maker-tw", 100).get()), List.of(quake));
            assertThat(turn2.report().seats().get(maker).productionStarted()).isEqualTo(50);
            assertThat(turn2.next().shipments()).filteredOn(s -> s.from() == makerTw)
                    .extracting(Shipment::dueTurn).containsExactly(2 + 2 + 1);
            assertThat(turn2.next().shipments()).filteredOn(s -> s.from() == makerUs)
                    .extracting(Shipment::dueTurn).containsExactly(2 + 2);
            GameState afterTurn3 = play(turn2.next(), Decisions.idle(mini, 3)).next();
            assertThat(afterTurn3.usableCapacity(makerTw)).isEqualTo(100);
        }

        @Test
        void a_capacity_change_opens_a_site_for_good() {
            GameEvent opening = GameEvent.injected(1, new EventEffect.CapacityChange(builderUs, 15), new Text("open", "개장"));
            GameState state = TurnResolver.resolve(start(), Decisions.idle(mini, 1), List.of(opening)).next();
            state = idleTurns(state, 3);
            assertThat(state.capacity(builderUs)).isEqualTo(25);
        }

        @Test
        void a_subsidy_change_applies_to_capex_ordered_from_then_on() {
            GameEvent cut = GameEvent.injected(1, new EventEffect.SubsidySet("US", 0), new Text("cut", "삭감"));
            TurnResult turn1 = TurnResolver.resolve(start(),
                    Decisions.only(mini, "maker", Decisions.on(mini, 1).build("maker-us", 10).get()), List.of(cut));
            assertThat(turn1.report().seats().get(maker).costs().subsidy()).isZero();
        }
    }

    @Nested
    class Costs {

        @Test
        void holding_cost_is_charged_on_what_is_left_at_the_end_of_the_turn_and_cash_follows() {
            TurnResult turn1 = play(start(), Decisions.idle(mini, 1));
            SeatReport builderReport = turn1.report().seats().get(builder);
            // 5 widgets at 1.00 and 4 parts at 0.10
            assertThat(builderReport.costs().holding()).isEqualTo(5_00 + 40);
            assertThat(builderReport.cash()).isEqualTo(100_00 - 5_40);
            SeatReport sellerReport = turn1.report().seats().get(seller);
            assertThat(sellerReport.cash()).isEqualTo(100_00 + 4 * 50_00 - 2 * 1_00);
        }
    }
}
