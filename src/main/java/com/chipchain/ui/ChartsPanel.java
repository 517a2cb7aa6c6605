package com.chipchain.ui;

import com.chipchain.play.SeatScreen;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * A seat's history as four charts: orders against demand, stock against backlog, cash, and what
 * each company of the chain shipped. The panel and its charts stay on the page from turn to turn;
 * a new turn sends each chart its data and nothing else (docs/performance.md).
 */
final class ChartsPanel extends Div {

    private static final String[] PALETTE = {"#5f3dc4", "#0b7285", "#2b8a3e", "#e8590c", "#c92a2a", "#862e9c", "#495057"};

    private final Paragraph none = new Paragraph();
    private final LineChart orders;
    private final LineChart stock;
    private final LineChart cash;
    private final LineChart chain;
    private SeatScreen.History shown;

    /**
     * The four charts are made with the page, empty on the opening turn: the first turn played then
     * sends their data only, like every later turn, instead of making them (and loading Chart.js) in
     * the same moment for every screen of the class (docs/performance.md, "A light first turn").
     */
    ChartsPanel() {
        add(new H3(getTranslation("player.charts")));
        setId("charts");
        addClassName("panel");
        addClassName("charts");
        none.setText(getTranslation("player.no-history"));
        none.setVisible(false);
        add(none);
        orders = chart("chart-orders", "chart.orders-title");
        stock = chart("chart-stock", "chart.stock-title");
        cash = chart("chart-cash", "chart.cash-title");
        chain = chart("chart-chain", "chart.chain-title");
    }

    /** Shows the history (redrawn only when it changed); {@code moneyUnit} is the scenario's, for the cash axis. */
    ChartsPanel show(SeatScreen.History h, String moneyUnit) {
        if (h.equals(shown)) {
            return this;
        }
        shown = h;
        none.setVisible(h.labels().isEmpty()); // the opening turn: a game's history only grows, so this note goes for good
        List<LineChart.Series> orderLines = new ArrayList<>(List.of(
                new LineChart.Series(getTranslation("chart.orders"), h.ordersPlaced(), "#1676f3"),
                new LineChart.Series(getTranslation("chart.demand"), h.demandReceived(), "#e8590c")));
        if (!h.endDemand().isEmpty()) {
            orderLines.add(new LineChart.Series(getTranslation("chart.end-demand"), h.endDemand(), "#868e96"));
        }
        orders.show(h.labels(), orderLines, getTranslation("chart.units"));
        stock.show(h.labels(), List.of(
                new LineChart.Series(getTranslation("chart.inventory"), h.inventory(), "#2b8a3e"),
                new LineChart.Series(getTranslation("chart.backlog"), h.backlog(), "#c92a2a")), getTranslation("chart.units"));
        cash.show(h.labels(), List.of(new LineChart.Series(getTranslation("chart.cash"), h.cash(), "#5f3dc4")),
                Texts.unit(moneyUnit, Texts.locale()));
        chain.show(h.labels(), chainShipped(h), getTranslation("chart.units"));
        return this;
    }

    /** Every company of the chain, upstream first: what each shipped per quarter (public, as on the map); the own line solid. */
    private List<LineChart.Series> chainShipped(SeatScreen.History h) {
        List<LineChart.Series> lines = new ArrayList<>();
        for (int i = 0; i < h.chainShipped().size(); i++) {
            SeatScreen.ChainLine line = h.chainShipped().get(i);
            String name = Texts.of(line.role()) + (line.own() ? " (" + getTranslation("chart.you") + ")" : "");
            lines.add(new LineChart.Series(name, line.values(), line.own() ? "#1676f3" : PALETTE[i % PALETTE.length], !line.own()));
        }
        return lines;
    }

    /** A chart under its own title, so the grid of charts keeps each title above its chart. */
    private LineChart chart(String id, String titleKey) {
        LineChart chart = new LineChart();
        chart.setId(id);
        Span title = new Span(getTranslation(titleKey));
        title.addClassName("chart-title");
        Div figure = new Div(title, chart);
        figure.addClassName("chart-figure");
        add(figure);
        return chart;
    }
}
