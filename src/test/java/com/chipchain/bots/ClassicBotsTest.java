package com.chipchain.bots;

import static org.assertj.core.api.Assertions.assertThat;

import com.chipchain.TestScenarios;
import com.chipchain.engine.GameState;
import com.chipchain.engine.Scenario;
import com.chipchain.engine.Scores;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bots hold the classic beer game to the literature (Sterman 1989; Lee, Padmanabhan and Whang 1997). */
class ClassicBotsTest {

    private final Scenario classic = TestScenarios.classic();

    private GameState play(String policy) {
        List<SeatPolicy> policies = new ArrayList<>();
        for (int role = 0; role < classic.roles().size(); role++) {
            policies.add(Policies.byName(policy, classic));
        }
        return BotGame.play(classic, 1, policies, false).finalState();
    }

    private static double[] orderVariance(GameState state) {
        double[] variance = new double[state.scenario().roles().size()];
        for (int role = 0; role < variance.length; role++) {
            long[] orders = state.ordersPlacedHistory(role);
            double mean = 0;
            for (long o : orders) {
                mean += o;
            }
            mean /= orders.length;
            double sum = 0;
            for (long o : orders) {
                sum += (o - mean) * (o - mean);
            }
            variance[role] = sum / (orders.length - 1);
        }
        return variance;
    }

    private static double teamCost(GameState state) {
        return -Scores.of(state).chain();
    }

    @Test
    void sterman_bots_amplify_order_variance_at_every_stage_going_upstream() {
        double[] variance = orderVariance(play("sterman"));
        // retailer, wholesaler, distributor, factory
        assertThat(variance[1]).isGreaterThan(variance[0]);
        assertThat(variance[2]).isGreaterThan(variance[1]);
        assertThat(variance[3]).isGreaterThan(variance[2]);
        assertThat(variance[3] / variance[0]).isGreaterThan(5);
    }

    @Test
    void sterman_bots_cost_a_multiple_of_base_stock_bots() {
        double sterman = teamCost(play("sterman"));
        double baseStock = teamCost(play("base-stock"));
        assertThat(sterman).isGreaterThan(3 * baseStock);
        assertThat(baseStock).isPositive();
    }

    @Test
    void base_stock_keeps_every_stages_variance_ratio_near_1() {
        GameState state = play("base-stock");
        for (int role = 0; role < classic.roles().size(); role++) {
            assertThat(Scores.bullwhip(state, role)).as(classic.role(role).id()).isBetween(0.9, 1.1);
        }
    }

    @Test
    void naive_bots_show_the_bullwhip_order_variance_grows_upstream() {
        double[] variance = orderVariance(play("naive"));
        assertThat(variance[1]).isGreaterThan(variance[0]);
        assertThat(variance[2]).isGreaterThan(variance[1]);
        assertThat(variance[3]).isGreaterThan(variance[2]);
    }

    @Test
    void sterman_bots_start_from_the_published_mean_estimates() {
        assertThat(StockRule.STERMAN_MEAN.theta()).isEqualTo(0.36);
        assertThat(StockRule.STERMAN_MEAN.alphaS()).isEqualTo(0.26);
        assertThat(StockRule.STERMAN_MEAN.beta()).isEqualTo(0.34);
        // S' = 17 cases at the opening flow of 4 cases a week
        assertThat(StockRule.STERMAN_MEAN.stockTurns() * 4).isEqualTo(17.0);
    }

    @Test
    void a_sterman_retailer_at_the_opening_state_orders_about_what_it_sells() {
        // Sterman's rule at the board's equilibrium: 4 + 0.26 x (17 - 12 - 0.34 x 12) = 4.24, rounded to 4
        assertThat(StockRule.STERMAN_MEAN.order(4, 4, 3, 12, 12, 3)).isEqualTo(4);
    }

    @Test
    void the_scenarios_bot_defaults_apply_unless_the_policy_text_overrides_them() {
        assertThat(Policies.byName("base-stock", classic).name()).isEqualTo("base-stock");
        GameState defaults = play("base-stock");
        GameState overridden = play("base-stock:theta=0.3");
        assertThat(teamCost(overridden)).isNotEqualTo(teamCost(defaults));
    }
}
