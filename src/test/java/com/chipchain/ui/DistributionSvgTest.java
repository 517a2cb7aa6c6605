package com.chipchain.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A class's spread as drawn: every chain in one bar, the benchmark on the axis when near, at the edge when far. */
class DistributionSvgTest {

    private static DistributionSvg.Spread spread(List<Double> values, Double mark) {
        return new DistributionSvg.Spread(values, mark, "Benchmark bots", "Chain score", v -> String.valueOf(Math.round(v)));
    }

    private static int chainsInBars(String svg) {
        Matcher m = Pattern.compile("data-count=\"(\\d+)\"").matcher(svg);
        int sum = 0;
        while (m.find()) {
            sum += Integer.parseInt(m.group(1));
        }
        return sum;
    }

    private static double markX(String svg) {
        Matcher m = Pattern.compile("<line class=\"mark\" x1=\"([0-9.]+)\"").matcher(svg);
        return m.find() ? Double.parseDouble(m.group(1)) : -1;
    }

    @Test
    void every_chain_stands_in_one_bar_and_the_benchmark_is_a_line_where_its_score_is() {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            values.add(100.0 + i);
        }
        String svg = DistributionSvg.markup(spread(values, 120.0));
        assertThat(chainsInBars(svg)).isEqualTo(40);
        assertThat(svg).contains("Benchmark bots").doesNotContain("→");
        // 120 is just past the middle of 100..139: the line stands just past the middle of the plot
        assertThat(markX(svg)).isBetween(DistributionSvg.WIDTH * 0.45, DistributionSvg.WIDTH * 0.6);
        assertThat(DistributionSvg.bins(40)).isEqualTo(7);
    }

    @Test
    void a_benchmark_far_from_the_class_is_an_arrow_at_its_edge_so_the_bars_keep_their_spread() {
        String svg = DistributionSvg.markup(spread(List.of(10.0, 11.0, 12.0, 13.0), 500.0));
        assertThat(markX(svg)).isEqualTo(-1);
        assertThat(svg).contains("Benchmark bots →");
        assertThat(svg.split("class=\"bar\"").length - 1).isGreaterThan(1);
        assertThat(DistributionSvg.markup(spread(List.of(10.0, 11.0, 12.0, 13.0), -500.0))).contains("← Benchmark bots");
    }

    @Test
    void a_class_whose_chains_all_scored_the_same_still_draws_its_bar_and_nothing_unsafe() {
        String svg = DistributionSvg.markup(new DistributionSvg.Spread(List.of(5.0, 5.0, 5.0), null, "", "<Score & more>",
                v -> String.valueOf(v)));
        assertThat(chainsInBars(svg)).isEqualTo(3);
        assertThat(svg).contains("&lt;Score &amp; more&gt;").doesNotContain("<Score");
    }
}
