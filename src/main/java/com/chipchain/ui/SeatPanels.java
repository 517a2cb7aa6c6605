package com.chipchain.ui;

import com.chipchain.play.SeatScreen;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * The read-only panels of a player screen for one turn: the briefing, the books by site, last
 * turn's money, the news and tariffs (the map's frame and the charts are kept panels of their own).
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

    /** The chain map under its title and a line on how to read it; kept on the page, its drawing replaced per turn. */
    static Div chainMapPanel(Component on, ChainMapSvg.Drawing drawing) {
        Div box = new Div(new H3(on.getTranslation("player.chain-map")), drawing, new Span(on.getTranslation("player.chain-map-help")));
        box.setId("chain-map-panel");
        box.addClassName("panel");
        return box;
    }

    Component books() {
        return new BooksPanel(on).show(screen);
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
}
