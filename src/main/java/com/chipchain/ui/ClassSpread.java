package com.chipchain.ui;

import com.chipchain.play.Versus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Objects;

/** The class's spread of chain scores and of bullwhip, with the benchmark marked (projector and debrief). */
final class ClassSpread {

    /** Above this many chains the projector shows the leaders and the spread instead of every chain. */
    static final int FULL_LIST_UP_TO = 6;
    /** Chains the projector names when the class is bigger. */
    static final int TOP = 5;

    private ClassSpread() {}

    /** Every chain's score as screens print it (a cost as a positive amount), with the benchmark chain's. */
    static Component scores(String id, List<Versus> chains) {
        UI ui = UI.getCurrent();
        boolean costs = !chains.isEmpty() && chains.get(0).costs();
        List<Double> values = chains.stream().map(v -> v.shown().doubleValue()).toList();
        // every chain plays the same seed and events, so their benchmark is one chain of bots
        Double mark = chains.stream().map(Versus::benchmarkShown).filter(Objects::nonNull).findFirst()
                .map(java.math.BigDecimal::doubleValue).orElse(null);
        return DistributionSvg.of(id, new DistributionSvg.Spread(values, mark,
                mark == null ? "" : ui.getTranslation("spread.benchmark", Texts.money(java.math.BigDecimal.valueOf(mark))),
                ui.getTranslation(costs ? "spread.costs" : "spread.scores", chains.size()),
                v -> Texts.money(java.math.BigDecimal.valueOf(Math.round(v)))));
    }

    /** Every chain's bullwhip (its largest stage ratio), with the benchmark chain's. */
    static Component bullwhip(String id, List<Double> chains, Double benchmark) {
        UI ui = UI.getCurrent();
        return DistributionSvg.of(id, new DistributionSvg.Spread(chains, benchmark,
                benchmark == null ? "" : ui.getTranslation("spread.benchmark", ratio(benchmark)),
                ui.getTranslation("spread.bullwhip", chains.size()), ClassSpread::ratio));
    }

    static String ratio(double value) {
        return String.format(Texts.locale(), "%.2f", value);
    }
}
