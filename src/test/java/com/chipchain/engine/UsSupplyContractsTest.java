package com.chipchain.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.chipchain.TestScenarios;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * US supply contracts (docs/rules.md, "US supply contracts"), on the mini network: the builder
 * buys parts from the maker, which has a Taiwan and a US site. The maker ships to the builder's US
 * site from its US site first.
 */
class UsSupplyContractsTest {

    private final Scenario scenario = TestScenarios.mini();
    private final int maker = scenario.roleIndex("maker");
    private final int builder = scenario.roleIndex("builder");

    /** Turn 1: the builder orders 8 parts and offers 1.00 a US-made part on up to 5 parts a turn for 3 turns. */
    private GameState offered() {
        Decision offer = Decisions.on(scenario, 1).order("part", "builder-us", 8).offerContract("maker", 1_00, 5, 3).get();
        return TurnResolver.resolve(GameState.start(scenario, 1), Decisions.only(scenario, "builder", offer)).next();
    }

    private TurnResult acceptedOnTurn2() {
        Decision accept = Decisions.on(scenario, 2).acceptContract("builder").get();
        return TurnResolver.resolve(offered(), Decisions.only(scenario, "maker", accept));
    }

    @Test
    void an_offer_waits_a_turn_for_the_suppliers_answer_and_both_sides_see_it() {
        GameState state = offered();
        assertThat(state.contracts()).isEmpty();
        assertThat(new SeatView(state, maker, false).offersToMe()).containsExactly(new Contract(builder, maker, 1_00, 5, 2, 4));
        assertThat(new SeatView(state, builder, false).myOffers()).hasSize(1);
        assertThat(new SeatView(state, scenario.roleIndex("seller"), false).offersToMe()).isEmpty();
    }

    @Test
    void once_accepted_the_buyer_pays_the_premium_on_us_made_units_up_to_the_contracts_units() {
        TurnResult turn2 = acceptedOnTurn2();
        // the order of 8 reached the maker this turn; its US site ships all 8, the premium is paid on 5
        SeatReport makerSeat = turn2.report().seats().get(maker);
        SeatReport builderSeat = turn2.report().seats().get(builder);
        assertThat(makerSeat.shipped()).isEqualTo(8);
        assertThat(builderSeat.costs().contracts()).isEqualTo(5_00);
        assertThat(makerSeat.costs().contracts()).isEqualTo(-5_00);
        assertThat(turn2.next().contracts()).containsExactly(new Contract(builder, maker, 1_00, 5, 2, 4));
        assertThat(turn2.next().contractOffers()).isEmpty();
    }

    @Test
    void units_made_abroad_earn_no_premium() {
        // the US site has only 10 parts: an order of 30 takes 10 from it and 20 from Taiwan
        Decision offer = Decisions.on(scenario, 1).order("part", "builder-us", 30).offerContract("maker", 1_00, 50, 3).get();
        GameState state = TurnResolver.resolve(GameState.start(scenario, 1), Decisions.only(scenario, "builder", offer)).next();
        TurnResult turn2 = TurnResolver.resolve(state, Decisions.only(scenario, "maker",
                Decisions.on(scenario, 2).acceptContract("builder").get()));
        assertThat(turn2.report().seats().get(maker).shipped()).isEqualTo(30);
        assertThat(turn2.report().seats().get(builder).costs().contracts()).isEqualTo(10_00);
    }

    @Test
    void an_offer_not_accepted_on_the_next_turn_lapses() {
        TurnResult turn2 = TurnResolver.resolve(offered(), Decisions.idle(scenario, 2));
        assertThat(turn2.report().seats().get(builder).costs().contracts()).isZero();
        assertThat(turn2.next().contracts()).isEmpty();
        assertThat(turn2.next().contractOffers()).isEmpty();
        assertThat(DecisionRules.validate(turn2.next(), maker, Decisions.on(scenario, 3).acceptContract("builder").get()))
                .extracting(Violation::rule).containsExactly("accept_an_open_offer");
    }

    @Test
    void a_contract_ends_after_its_last_turn() {
        GameState state = acceptedOnTurn2().next();
        for (int turn = 3; turn <= 4; turn++) {
            state = TurnResolver.resolve(state, Decisions.idle(scenario, turn)).next();
        }
        assertThat(state.contracts()).hasSize(1);
        GameState turn5 = TurnResolver.resolve(state, Decisions.idle(scenario, 5)).next();
        assertThat(turn5.contracts()).isEmpty();
    }

    @Test
    void the_side_that_ends_a_contract_pays_one_turn_of_the_full_premium_and_no_premium_is_paid_after() {
        GameState state = acceptedOnTurn2().next();
        Decision order = Decisions.on(scenario, 3).order("part", "builder-us", 2).get();
        state = TurnResolver.resolve(state, Decisions.only(scenario, "builder", order)).next();
        TurnResult ended = TurnResolver.resolve(state, Decisions.only(scenario, "maker",
                Decisions.on(scenario, 4).endContract("builder").get()));
        // the order of 2 ships on turn 4 from the US site, after the contract ended: no premium; the maker pays 5 x 1.00
        assertThat(ended.report().seats().get(maker).costs().contracts()).isEqualTo(5_00);
        assertThat(ended.report().seats().get(builder).costs().contracts()).isEqualTo(-5_00);
        assertThat(ended.next().contracts()).isEmpty();
    }

    @Test
    void premiums_and_fees_move_money_between_the_two_sides_and_create_none() {
        TurnResult turn2 = acceptedOnTurn2();
        long net = 0;
        for (SeatReport seat : turn2.report().seats()) {
            net += seat.costs().contracts();
        }
        assertThat(net).isZero();
        GameState before = offered();
        long cashBefore = before.cash(0) + before.cash(1) + before.cash(2);
        GameState after = turn2.next();
        GameState noContract = TurnResolver.resolve(before, Decisions.idle(scenario, 2)).next();
        assertThat(after.cash(0) + after.cash(1) + after.cash(2)).isEqualTo(noContract.cash(0) + noContract.cash(1)
                + noContract.cash(2));
        assertThat(cashBefore).isNotZero();
    }

    @Test
    void a_repeated_decision_does_not_repeat_its_contract_moves() {
        Decision offer = Decisions.on(scenario, 1).offerContract("maker", 1_00, 5, 3).get();
        assertThat(offer.forTurn(2).contracts().isEmpty()).isTrue();
    }

    @Test
    void offers_are_refused_with_reasons_when_they_break_a_rule() {
        GameState start = GameState.start(scenario, 1);
        // the seller buys only from the builder
        assertThat(DecisionRules.validate(start, scenario.roleIndex("seller"),
                Decisions.on(scenario, 1).offerContract("maker", 1_00, 5, 3).get()))
                .extracting(Violation::rule).containsExactly("contracts_go_to_own_suppliers");
        assertThat(DecisionRules.validate(start, builder,
                Decisions.on(scenario, 1).offerContract("maker", 0, 0, 10).get()))
                .extracting(Violation::rule).containsExactly("premium_in_range", "contract_units_in_range", "contract_turns_in_range");
        assertThat(DecisionRules.validate(start, builder,
                Decisions.on(scenario, 1).offerContract("maker", 1_00, 5, 3).offerContract("maker", 2_00, 5, 3).get()))
                .extracting(Violation::rule).containsExactly("one_offer_per_supplier");
        GameState running = acceptedOnTurn2().next();
        assertThat(DecisionRules.validate(running, builder, Decisions.on(scenario, 3).offerContract("maker", 1_00, 5, 3).get()))
                .singleElement().satisfies(v -> {
                    assertThat(v.rule()).isEqualTo("one_contract_per_partner");
                    assertThat(v.field()).isEqualTo("contracts.offers[0].supplier");
                });
        assertThat(DecisionRules.validate(running, maker, Decisions.on(scenario, 3).endContract("seller").get()))
                .extracting(Violation::rule).containsExactly("end_a_running_contract");
    }

    @Test
    void no_offer_on_the_last_turn_because_it_could_never_run() {
        GameState state = GameState.start(scenario, 1);
        for (int turn = 1; turn < scenario.turnCount(); turn++) {
            state = TurnResolver.resolve(state, Decisions.idle(scenario, turn)).next();
        }
        assertThat(DecisionRules.validate(state, builder,
                Decisions.on(scenario, scenario.turnCount()).offerContract("maker", 1_00, 5, 1).get()))
                .extracting(Violation::rule).containsExactly("contract_needs_a_turn_to_run");
    }

    @Test
    void a_supplier_without_a_us_site_cannot_be_offered_a_contract() {
        String usSite = "country: US\n        capacity: 50";
        assertThat(TestScenarios.MINI).contains(usSite);
        Scenario noUs = TestScenarios.parse(TestScenarios.MINI.replace(usSite, "country: JP\n        capacity: 50"));
        assertThat(DecisionRules.validate(GameState.start(noUs, 1), noUs.roleIndex("builder"),
                Decisions.on(noUs, 1).offerContract("maker", 1_00, 5, 3).get()))
                .extracting(Violation::rule).containsExactly("contracts_need_a_us_site");
        assertThat(List.of(noUs.site(noUs.siteIndex("maker-us")).country())).containsExactly("JP");
    }
}
