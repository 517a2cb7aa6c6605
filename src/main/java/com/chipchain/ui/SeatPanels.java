package com.chipchain.ui;

import com.chipchain.play.SeatScreen;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The read-only panels of a player screen for one turn: the briefing, the books by site, last
 * turn's money, the news and tariffs, and the charts. Built anew when the turn changes.
 */
final class SeatPanels {

    private final Component on;
    private final SeatScreen screen;

    /** @param on the view whose language the panels are written in */
    SeatPanels(Component on, SeatScreen screen) {
        this.on = on;
        this.screen = screen;
    }

    Component briefing() {
        Div box = new Div(new H3(on.getTranslation("player.briefing")), new Paragraph(Texts.of(screen.briefing())));
        box.setId("briefing");
        box.addClassName("panel");
        return box;
    }

    Component chainMap() {
        Div box = new Div(new H3(on.getTranslation("player.chain-map")), ChainMapSvg.of(screen.chainMap(), "chain-map"),
                new Span(on.getTranslation("player.chain-map-help")));
        box.setId("chain-map-panel");
        box.addClassName("panel");
        return box;
    }

    Component books() {
        Div box = new Div(new H3(on.getTranslation("player.books")));
        box.setId("books");
        box.addClassName("panel");
        Paragraph summary = new Paragraph(on.getTranslation("player.summary", Texts.money(screen.cash()), Texts.unit(screen.moneyUnit(), Texts.locale()),
                Texts.number(screen.backlog()), Texts.number(screen.demandLastTurn())));
        summary.setId("books-summary");
        PlainTable table = new PlainTable("sites", List.of(on.getTranslation("books.site"), on.getTranslation("books.stock"),
                on.getTranslation("books.capacity"), on.getTranslation("books.in-production"), on.getTranslation("books.incoming"),
                on.getTranslation("books.building")));
        for (SeatScreen.SiteBook s : screen.sites()) {
            String site = Texts.of(s.name());
            table.row(List.of(site.contains("(" + s.country() + ")") ? site : site + " (" + s.country() + ")",
                    s.inventory().isEmpty() ? "0" : s.inventory().stream()
                            .map(stock -> Texts.of(stock.product()) + " " + Texts.number(stock.units())).collect(Collectors.joining(", ")),
                    s.usableCapacity() == s.capacity() ? Texts.number(s.capacity())
                            : Texts.number(s.usableCapacity()) + " / " + Texts.number(s.capacity()),
                    Texts.number(s.inProduction()), Texts.number(s.incoming()), Texts.number(s.building())));
        }
        box.add(summary, table);
        return box;
    }

    Component lastTurn() {
        Div box = new Div(new H3(on.getTranslation("player.last-turn")));
        box.setId("last-turn");
        box.addClassName("panel");
        SeatScreen.Preview p = screen.lastTurn();
        if (p == null) {
            box.add(new Paragraph(on.getTranslation("player.no-money-yet")));
        } else {
            box.add(money(p));
        }
        return box;
    }

    /** The money of a turn; lines a scenario never uses (revenue in the beer game, tariffs, capex) show only when not zero. */
    Component money(SeatScreen.Preview p) {
        UnorderedList lines = new UnorderedList();
        addIfUsed(lines, p.revenue(), on.getTranslation("preview.revenue", Texts.money(p.revenue())));
        lines.add(new ListItem(on.getTranslation("preview.purchases", Texts.money(p.purchases()))));
        addIfUsed(lines, p.production(), on.getTranslation("preview.production", Texts.money(p.production())));
        addIfUsed(lines, p.tariffs(), on.getTranslation("preview.tariffs", Texts.money(p.tariffs())));
        addIfUsed(lines, p.capex().add(p.subsidy()), on.getTranslation("preview.capex", Texts.money(p.capex()), Texts.money(p.subsidy())));
        lines.add(new ListItem(on.getTranslation("preview.holding", Texts.money(p.holding()), Texts.money(p.backlog()))));
        addIfUsed(lines, p.otherPayments(), on.getTranslation("preview.other", Texts.money(p.otherPayments())));
        lines.add(new ListItem(on.getTranslation("preview.cash", Texts.money(p.cashChange()))));
        return lines;
    }

    private static void addIfUsed(UnorderedList lines, java.math.BigDecimal amount, String text) {
        if (amount.signum() != 0) {
            lines.add(new ListItem(text));
        }
    }

    Component newsAndTariffs() {
        Div box = new Div(new H3(on.getTranslation("player.news")));
        box.setId("news");
        box.addClassName("panel");
        if (screen.news().isEmpty()) {
            box.add(new Paragraph(on.getTranslation("player.no-news")));
        } else {
            UnorderedList list = new UnorderedList();
            screen.news().forEach(n -> list.add(new ListItem(Texts.of(n))));
            box.add(list);
        }
        if (!screen.lastNews().isEmpty()) {
            UnorderedList last = new UnorderedList();
            last.setId("last-news");
            screen.lastNews().forEach(n -> last.add(new ListItem(Texts.of(n))));
            box.add(new H3(on.getTranslation("player.last-news")), last);
        }
        if (!screen.tariffs().isEmpty()) {
            PlainTable tariffs = new PlainTable("tariffs", List.of(on.getTranslation("tariffs.product"), on.getTranslation("tariffs.origin"),
                    on.getTranslation("tariffs.rate")));
            screen.tariffs().forEach(t -> tariffs.row(List.of(Texts.of(t.product()), t.origin(),
                    t.percent().stripTrailingZeros().toPlainString() + " %")));
            box.add(new H3(on.getTranslation("player.tariffs")), tariffs);
        }
        return box;
    }

    Div charts() {
        Div box = new Div(new H3(on.getTranslation("player.charts")));
        box.setId("charts");
        box.addClassName("panel");
        box.addClassName("charts");
        SeatScreen.History h = screen.history();
        if (h.labels().isEmpty()) {
            box.add(new Paragraph(on.getTranslation("player.no-history")));
            return box;
        }
        LineChart orders = new LineChart();
        orders.setId("chart-orders");
        List<LineChart.Series> orderLines = new ArrayList<>(List.of(
                new LineChart.Series(on.getTranslation("chart.orders"), h.ordersPlaced(), "#1676f3"),
                new LineChart.Series(on.getTranslation("chart.demand"), h.demandReceived(), "#e8590c")));
        if (!h.endDemand().isEmpty()) {
            orderLines.add(new LineChart.Series(on.getTranslation("chart.end-demand"), h.endDemand(), "#868e96"));
        }
        orders.show(h.labels(), orderLines, on.getTranslation("chart.units"));
        LineChart stock = new LineChart();
        stock.setId("chart-stock");
        stock.show(h.labels(), List.of(
                new LineChart.Series(on.getTranslation("chart.inventory"), h.inventory(), "#2b8a3e"),
                new LineChart.Series(on.getTranslation("chart.backlog"), h.backlog(), "#c92a2a")), on.getTranslation("chart.units"));
        LineChart cash = new LineChart();
        cash.setId("chart-cash");
        cash.show(h.labels(), List.of(new LineChart.Series(on.getTranslation("chart.cash"), h.cash(), "#5f3dc4")), Texts.unit(screen.moneyUnit(), Texts.locale()));
        box.add(figure("chart.orders-title", orders), figure("chart.stock-title", stock), figure("chart.cash-title", cash),
                figure("chart.chain-title", chainShipped(h)));
        return box;
    }

    /** Every company of the chain, upstream first: what each shipped per quarter (public, as on the map); the own line solid and thick. */
    private LineChart chainShipped(SeatScreen.History h) {
        String[] palette = {"#5f3dc4", "#0b7285", "#2b8a3e", "#e8590c", "#c92a2a", "#862e9c", "#495057"};
        List<LineChart.Series> lines = new ArrayList<>();
        for (int i = 0; i < h.chainShipped().size(); i++) {
            SeatScreen.ChainLine line = h.chainShipped().get(i);
            String name = Texts.of(line.role()) + (line.own() ? " (" + on.getTranslation("chart.you") + ")" : "");
            lines.add(new LineChart.Series(name, line.values(), line.own() ? "#1676f3" : palette[i % palette.length], !line.own()));
        }
        LineChart chain = new LineChart();
        chain.setId("chart-chain");
        chain.show(h.labels(), lines, on.getTranslation("chart.units"));
        return chain;
    }

    /** A chart under its own title, so the grid of charts keeps each title above its chart. */
    Div figure(String titleKey, LineChart chart) {
        Span title = new Span(on.getTranslation(titleKey));
        title.addClassName("chart-title");
        Div figure = new Div(title, chart);
        figure.addClassName("chart-figure");
        return figure;
    }
}
