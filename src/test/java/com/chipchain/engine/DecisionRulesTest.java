package com.chipchain.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chipchain.TestScenarios;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every way a decision can be refused, each with a reason that names the field and what is allowed. */
class DecisionRulesTest {

    private final Scenario mini = TestScenarios.mini();
    private final GameState start = GameState.start(mini, 1);

    private List<Violation> check(String role, Decision decision) {
        return DecisionRules.validate(start, mini.roleIndex(role), decision);
    }

    @Test
    void the_opening_decisions_of_every_shipped_scenario_are_valid() {
        for (Scenario scenario : TestScenarios.allShipped()) {
            GameState state = GameState.start(scenario, 1);
            for (int role = 0; role < scenario.roles().size(); role++) {
                assertThat(DecisionRules.validate(state, role, scenario.openingDecisions().get(role)))
                        .as(scenario.id() + " role " + role).isEmpty();
            }
        }
    }

    @Test
    void a_decision_for_another_turn_is_stale() {
        assertThat(check("seller", Decision.empty(2))).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("turn");
            assertThat(v.message()).contains("made for turn 2 but turn 1 is being played");
        });
    }

    @Test
    void the_resolver_refuses_a_broken_decision_and_changes_nothing() {
        List<Decision> decisions = Decisions.only(mini, "seller", Decisions.on(mini, 1).order("widget", "seller-us", -1).get());
        assertThatThrownBy(() -> TurnResolver.resolve(start, decisions))
                .isInstanceOf(InvalidDecisionException.class)
                .satisfies(e -> assertThat(((InvalidDecisionException) e).violations())
                        .extracting(Violation::field).containsExactly("orders[0].quantity"));
        assertThat(start.turn()).isEqualTo(1);
    }

    @Nested
    class Orders {

        @Test
        void only_products_the_seat_buys_can_be_ordered() {
            assertThat(check("seller", Decisions.on(mini, 1).order("part", "seller-us", 1).get()))
                    .singleElement().satisfies(v -> {
                        assertThat(v.field()).isEqualTo("orders[0].product");
                        assertThat(v.value()).isEqualTo("part");
                        assertThat(v.message()).isEqualTo("this seat can only order: widget");
                    });
            assertThat(check("maker", Decisions.on(mini, 1).order("part", "maker-tw", 1).get()))
                    .extracting(Violation::message).contains("this seat buys nothing; leave orders empty");
        }

        @Test
        void goods_go_only_to_the_seats_own_sites() {
            assertThat(check("seller", Decisions.on(mini, 1).order("widget", "builder-us", 1).get()))
                    .singleElement().satisfies(v -> {
                        assertThat(v.field()).isEqualTo("orders[0].site");
                        assertThat(v.message()).contains("seller-us");
                    });
        }

        @Test
        void quantities_are_whole_numbers_within_the_scenario_limit() {
            assertThat(check("seller", Decisions.on(mini, 1).order("widget", "seller-us", 1001).get()))
                    .singleElement().satisfies(v -> {
                        assertThat(v.field()).isEqualTo("orders[0].quantity");
                        assertThat(v.value()).isEqualTo("1001");
                        assertThat(v.message()).isEqualTo("must be a whole number from 0 to 1000");
                    });
            assertThat(check("seller", Decisions.on(mini, 1).order("widget", "seller-us", -5).get()))
                    .extracting(Violation::field).containsExactly("orders[0].quantity");
        }

        @Test
        void a_us_only_line_needs_a_supplier_with_a_us_site() {
            Scenario noUsMaker = TestScenarios.parse(TestScenarios.MINI
                    .replace("id: maker-us", "id: maker-ca")
                    .replace("country: US\n        capacity: 50", "country: CA\n        capacity: 50"));
            GameState state = GameState.start(noUsMaker, 1);
            Decision usOnly = Decisions.on(noUsMaker, 1).orderUsOnly("part", "builder-us", 5).get();
            assertThat(DecisionRules.validate(state, noUsMaker.roleIndex("builder"), usOnly))
                    .singleElement().satisfies(v -> {
                        assertThat(v.field()).isEqualTo("orders[0].usOnly");
                        assertThat(v.message()).contains("maker has no US site");
                    });
        }

        @Test
        void an_unknown_product_index_is_named() {
            Decision bad = new Decision(1, List.of(new OrderLine(99, mini.siteIndex("seller-us"), 1, false)),
                    List.of(), List.of(), Decision.KEEP_PRICE, List.of());
            assertThat(check("seller", bad)).extracting(Violation::value).containsExactly("#99");
        }
    }

    @Nested
    class Production {

        @Test
        void only_producing_roles_produce() {
            assertThat(check("seller", Decisions.on(mini, 1).produce("seller-us", 1).get()))
                    .extracting(Violation::rule).containsExactly("production_only_by_producing_roles");
        }

        @Test
        void production_happens_only_at_own_sites_once_per_site_within_limits() {
            assertThat(check("maker", Decisions.on(mini, 1).produce("builder-us", 1).get()))
                    .extracting(Violation::rule).containsExactly("production_only_at_own_sites");
            assertThat(check("maker", Decisions.on(mini, 1).produce("maker-tw", 1).produce("maker-tw", 2).get()))
                    .extracting(Violation::field).containsExactly("production[1].site");
            assertThat(check("maker", Decisions.on(mini, 1).produce("maker-tw", 5000).get()))
                    .extracting(Violation::field).containsExactly("production[0].amount");
        }
    }

    @Nested
    class Investment {

        @Test
        void capacity_is_built_only_where_the_scenario_allows_it() {
            assertThat(check("maker", Decisions.on(mini, 1).build("maker-tw", 5).get()))
                    .singleElement().satisfies(v -> assertThat(v.message()).isEqualTo("capacity cannot be built at maker-tw"));
            assertThat(check("maker", Decisions.on(mini, 1).build("builder-us", 5).get()))
                    .extracting(Violation::rule).containsExactly("investment_only_at_own_sites");
            assertThat(check("maker", Decisions.on(mini, 1).build("maker-us", 101).get()))
                    .singleElement().satisfies(v -> assertThat(v.message()).isEqualTo("must be a whole number from 0 to 100"));
            assertThat(check("maker", Decisions.on(mini, 1).build("maker-us", 5).build("maker-us", 5).get()))
                    .extracting(Violation::rule).containsExactly("one_investment_entry_per_site");
        }

        @Test
        void a_site_that_opens_later_cannot_be_built_before_it_opens() {
            Scenario flagship = TestScenarios.flagship();
            Decision early = Decisions.on(flagship, 1).build("amkor-arizona", 100).get();
            assertThat(DecisionRules.validate(GameState.start(flagship, 1), flagship.roleIndex("packager"), early))
                    .singleElement().satisfies(v -> assertThat(v.message()).isEqualTo("building at amkor-arizona is possible from turn 8"));
        }
    }

    @Nested
    class Price_and_partner_fund {

        @Test
        void only_the_market_role_sets_the_price_within_the_band() {
            assertThat(check("maker", Decisions.on(mini, 1).price(50_00).get()))
                    .extracting(Violation::rule).containsExactly("only_the_market_role_sets_the_price");
            assertThat(check("seller", Decisions.on(mini, 1).price(61_00).get()))
                    .singleElement().satisfies(v -> {
                        assertThat(v.value()).isEqualTo("61.00");
                        assertThat(v.message()).isEqualTo("the price must be from 40.00 to 60.00");
                    });
            assertThat(check("seller", Decisions.on(mini, 1).price(60_00).get())).isEmpty();
        }

        @Test
        void only_the_market_role_funds_other_roles_with_money_it_has() {
            assertThat(check("maker", Decisions.on(mini, 1).fund("builder", 1_00).get()))
                    .extracting(Violation::rule).containsExactly("only_the_market_role_funds_partners");
            assertThat(check("seller", Decisions.on(mini, 1).fund("seller", 1_00).get()))
                    .extracting(Violation::rule).containsExactly("fund_goes_to_a_partner");
            assertThat(check("seller", Decisions.on(mini, 1).fund("maker", -1).get()))
                    .extracting(Violation::rule).containsExactly("amount_not_negative");
            assertThat(check("seller", Decisions.on(mini, 1).fund("maker", 60_00).fund("builder", 50_00).get()))
                    .singleElement().satisfies(v -> assertThat(v.message()).isEqualTo("you can pay at most your cash, 100.00"));
        }
    }
}
