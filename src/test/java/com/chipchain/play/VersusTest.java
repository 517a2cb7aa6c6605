package com.chipchain.play;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A score against the benchmark reads the way docs/rules.md ("Scoring") says. */
class VersusTest {

    @Nested
    class In_a_scenario_scored_by_costs {

        @Test
        void costs_are_shown_as_positive_amounts_and_compared_in_money() {
            Versus versus = Versus.of(-54_050, -149_550L, true, false);
            assertThat(versus.reading()).isEqualTo(Versus.Reading.MONEY);
            assertThat(versus.shown()).isEqualByComparingTo("540.50");
            assertThat(versus.benchmarkShown()).isEqualByComparingTo("1495.50");
            assertThat(versus.better()).isTrue();
            assertThat(versus.gap()).isEqualByComparingTo("955.00");
            assertThat(versus.percent()).isNull();
        }

        @Test
        void a_higher_cost_is_worse() {
            Versus versus = Versus.of(-149_550, -54_050L, true, false);
            assertThat(versus.better()).isFalse();
            assertThat(versus.gap()).isEqualByComparingTo("955.00");
            assertThat(versus.standing()).isLessThan(Versus.of(-54_050, -149_550L, true, false).standing());
        }
    }

    @Nested
    class In_a_profit_scenario {

        @Test
        void a_difference_within_the_size_of_a_positive_benchmark_is_a_percentage() {
            Versus versus = Versus.of(110_000, 100_000L, false, false);
            assertThat(versus.reading()).isEqualTo(Versus.Reading.PERCENT);
            assertThat(versus.percent()).isEqualTo(10.0);
        }

        @Test
        void a_small_or_negative_base_gives_money_not_a_percentage() {
            assertThat(Versus.of(3_000, 500L, false, false).reading()).isEqualTo(Versus.Reading.MONEY);
            assertThat(Versus.of(3_000, -500L, false, false).reading()).isEqualTo(Versus.Reading.MONEY);
            assertThat(Versus.of(3_000, 0L, false, false).reading()).isEqualTo(Versus.Reading.MONEY);
            assertThat(Versus.of(3_000, 500L, false, false).percent()).isNull();
        }
    }

    @Test
    void the_same_score_is_the_same_as_the_benchmark_and_the_benchmark_bot_is_named() {
        assertThat(Versus.of(-1_000, -1_000L, true, false).reading()).isEqualTo(Versus.Reading.SAME);
        assertThat(Versus.of(-1_000, -5_000L, true, true).reading()).isEqualTo(Versus.Reading.BENCHMARK_BOT);
        assertThat(Versus.of(-1_000, null, true, false).reading()).isEqualTo(Versus.Reading.NONE);
        assertThat(Versus.of(1, null, false, false).gap()).isEqualTo(BigDecimal.ZERO);
    }
}
