package com.chipchain.ui;

import com.chipchain.play.Debrief;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The debrief's charts of one chain, each with the benchmark bots' line dashed in the same colour
 * and the game's events numbered on the time axis.
 */
final class DebriefCharts {

    /** One colour per seat, in role order; the end customers are black. */
    private static final String[] COLORS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#17becf"};
    static final String END_DEMAND = "#222222";

    private final Debrief debrief;
    private final List<LineChart.Marker> markers;
    private final List<LineChart> charts = new ArrayList<>();

    DebriefCharts(Debrief debrief) {
        this.debrief = debrief;
        this.markers = markers(debrief);
    }

    /** The events as numbered markers, one per turn that had news. */
    static List<LineChart.Marker> markers(Debrief debrief) {
        List<LineChart.Marker> markers = new ArrayList<>();
        int number = 0;
        int lastTurn = -1;
        for (Debrief.Event event : debrief.events()) {
            if (event.turn() != lastTurn) {
                number++;
                lastTurn = event.turn();
                markers.add(new LineChart.Marker(event.turn() - 1, String.valueOf(number)));
            }
        }
        return markers;
    }

    static String color(int index) {
        return COLORS[Math.floorMod(index, COLORS.length)];
    }

    /** Every chart the chain section shows, in reading order. */
    List<LineChart> forChain(Debrief.ChainStory chain) {
        charts.clear();
        charts.add(orders(chain, false));
        charts.add(perRole(chain, "debrief.chart.inventory", r -> r.inventory(), true));
        charts.add(perRole(chain, "debrief.chart.backlog", r -> r.backlog(), true));
        charts.add(perRole(chain, "debrief.chart.cash", r -> r.cash(), true));
        charts.add(perRole(chain, "debrief.chart.tariffs", r -> r.tariffs(), false));
        charts.add(capacity(chain));
        charts.add(capacityOrdered(chain));
        charts.add(service(chain));
        return List.copyOf(charts);
    }

    /** The classic picture: orders of every stage over time with end demand, bullwhip ratios in the legend. */
    LineChart orders(Debrief.ChainStory chain, boolean compact) {
        List<LineChart.Series> series = new ArrayList<>();
        series.add(new LineChart.Series(text("debrief.end-demand"), chain.endDemand(), END_DEMAND));
        int i = 0;
        for (Debrief.Series orders : chain.orders()) {
            Double bullwhip = chain.bullwhip().get(orders.roleId());
            String name = Texts.of(orders.name()) + (bullwhip == null ? "" : " · " + text("debrief.bullwhip",
                    String.format(Texts.locale(), "%.2f", bullwhip)));
            // one colour per line of orders (the packager's dies and HBM differ); the bots' line is dashed
            series.add(new LineChart.Series(name, orders.values(), color(i)));
            if (!compact) {
                Debrief.Series bots = debrief.benchmark().orders().get(i);
                series.add(new LineChart.Series(text("debrief.bots-suffix", Texts.of(bots.name())), bots.values(), color(i), true));
            }
            i++;
        }
        String title = compact ? text("debrief.chain", chain.chain() + 1) : text("debrief.chart.orders");
        return chart(title, series, text("debrief.units"), compact);
    }

    private LineChart perRole(Debrief.ChainStory chain, String key, Function<Debrief.RoleSeries, List<? extends Number>> values,
                              boolean withBots) {
        List<LineChart.Series> series = new ArrayList<>();
        for (int r = 0; r < chain.roles().size(); r++) {
            Debrief.RoleSeries role = chain.roles().get(r);
            series.add(new LineChart.Series(Texts.of(role.roleName()), values.apply(role), color(r)));
            if (withBots) {
                Debrief.RoleSeries bots = debrief.benchmark().roles().get(r);
                series.add(new LineChart.Series(text("debrief.bots-suffix", Texts.of(bots.roleName())), values.apply(bots),
                        color(r), true));
            }
        }
        return chart(text(key), series, key.endsWith("cash") || key.endsWith("tariffs") ? Texts.unit(debrief.moneyUnit(), Texts.locale())
                : text("debrief.units"), false);
    }

    /** Usable capacity per site (solid) and capacity being built (dashed). */
    private LineChart capacity(Debrief.ChainStory chain) {
        List<LineChart.Series> series = new ArrayList<>();
        int i = 0;
        for (Debrief.SiteSeries site : chain.sites()) {
            series.add(new LineChart.Series(Texts.of(site.name()), site.usable(), color(i)));
            if (site.building().stream().anyMatch(v -> v > 0)) {
                series.add(new LineChart.Series(text("debrief.building", Texts.of(site.name())), site.building(), color(i), true));
            }
            i++;
        }
        return chart(text("debrief.chart.capacity"), series, text("debrief.units"), false);
    }

    /** Capacity ordered each turn per site (it arrives a build lead time later), against the bots'. */
    private LineChart capacityOrdered(Debrief.ChainStory chain) {
        List<LineChart.Series> series = new ArrayList<>();
        for (int i = 0; i < chain.sites().size(); i++) {
            Debrief.SiteSeries site = chain.sites().get(i);
            Debrief.SiteSeries bots = debrief.benchmark().sites().get(i);
            if (site.ordered().stream().anyMatch(v -> v > 0) || bots.ordered().stream().anyMatch(v -> v > 0)) {
                series.add(new LineChart.Series(Texts.of(site.name()), site.ordered(), color(i)));
                series.add(new LineChart.Series(text("debrief.bots-suffix", Texts.of(site.name())), bots.ordered(), color(i), true));
            }
        }
        return chart(text("debrief.chart.capacity-ordered"), series, text("debrief.units"), false);
    }

    /** Fill rate and US-content share per turn, in percent, against the bots'. */
    LineChart service(Debrief.ChainStory chain) {
        List<LineChart.Series> series = new ArrayList<>();
        series.add(new LineChart.Series(text("debrief.fill"), percent(chain.fill()), color(0)));
        series.add(new LineChart.Series(text("debrief.bots-suffix", text("debrief.fill")), percent(debrief.benchmark().fill()),
                color(0), true));
        series.add(new LineChart.Series(text("debrief.us"), percent(chain.usContent()), color(2)));
        series.add(new LineChart.Series(text("debrief.bots-suffix", text("debrief.us")),
                percent(debrief.benchmark().usContent()), color(2), true));
        return chart(text("debrief.chart.service"), series, "%", false);
    }

    private LineChart chart(String title, List<LineChart.Series> series, String yTitle, boolean compact) {
        LineChart chart = new LineChart().decorate(title, markers, compact);
        chart.addClassName(compact ? "small-chart" : "debrief-chart");
        chart.show(debrief.labels(), series, yTitle);
        return chart;
    }

    private static List<Double> percent(List<Double> shares) {
        return shares.stream().map(s -> Math.round(s * 1000) / 10.0).toList();
    }

    static List<Double> money(List<BigDecimal> values) {
        return values.stream().map(BigDecimal::doubleValue).toList();
    }

    private static String text(String key, Object... args) {
        return com.vaadin.flow.component.UI.getCurrent().getTranslation(key, args);
    }
}
