package com.chipchain.ui;

import com.chipchain.play.SeatScreen;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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
        return markupPanel("last-turn", lastTurnMarkup());
    }

    /** Last turn's money under its heading, as markup (the player page keeps the panel and replaces this). */
    String lastTurnMarkup() {
        SeatScreen.Preview p = screen.lastTurn();
        return heading("player.last-turn")
                + (p == null ? "<p>" + Texts.html(on.getTranslation("player.no-money-yet")) + "</p>" : moneyMarkup(p));
    }

    /** The money of a turn, for the cost preview. */
    Component money(SeatScreen.Preview p) {
        Div lines = new Div();
        lines.getElement().setProperty("innerHTML", moneyMarkup(p));
        return lines;
    }

    /** The money of a turn as a list; lines a scenario never uses (revenue in the beer game, tariffs, capex) show only when not zero. */
    private String moneyMarkup(SeatScreen.Preview p) {
        StringBuilder lines = new StringBuilder("<ul>");
        addIfUsed(lines, p.revenue(), on.getTranslation("preview.revenue", Texts.money(p.revenue())));
        item(lines, on.getTranslation("preview.purchases", Texts.money(p.purchases())));
        addIfUsed(lines, p.production(), on.getTranslation("preview.production", Texts.money(p.production())));
        addIfUsed(lines, p.tariffs(), on.getTranslation("preview.tariffs", Texts.money(p.tariffs())));
        addIfUsed(lines, p.capex().add(p.subsidy()), on.getTranslation("preview.capex", Texts.money(p.capex()), Texts.money(p.subsidy())));
        item(lines, on.getTranslation("preview.holding", Texts.money(p.holding()), Texts.money(p.backlog())));
        addIfUsed(lines, p.otherPayments(), on.getTranslation("preview.other", Texts.money(p.otherPayments())));
        if (p.contracts().signum() > 0) {
            item(lines, on.getTranslation("preview.contracts-paid", Texts.money(p.contracts())));
        } else if (p.contracts().signum() < 0) {
            item(lines, on.getTranslation("preview.contracts-received", Texts.money(p.contracts().negate())));
        }
        item(lines, on.getTranslation("preview.cash", Texts.money(p.cashChange())));
        return lines.append("</ul>").toString();
    }

    private static void addIfUsed(StringBuilder lines, java.math.BigDecimal amount, String text) {
        if (amount.signum() != 0) {
            item(lines, text);
        }
    }

    private static void item(StringBuilder lines, String text) {
        lines.append("<li>").append(Texts.html(text)).append("</li>");
    }

    /**
     * This turn's news, last turn's, and the US tariffs in force: read-only text that changes every
     * turn, so one piece of markup (one node on the server) instead of a component per line.
     */
    Component newsAndTariffs() {
        return markupPanel("news", newsMarkup());
    }

    /** The news, last turn's and the tariffs as one piece of markup (the player page keeps the panel and replaces this). */
    String newsMarkup() {
        StringBuilder html = new StringBuilder(heading("player.news"));
        if (screen.news().isEmpty()) {
            html.append("<p>").append(Texts.html(on.getTranslation("player.no-news"))).append("</p>");
        } else {
            html.append("<ul>");
            screen.news().forEach(n -> item(html, Texts.of(n)));
            html.append("</ul>");
        }
        if (!screen.lastNews().isEmpty()) {
            html.append(heading("player.last-news")).append("<ul id=\"last-news\">");
            screen.lastNews().forEach(n -> item(html, Texts.of(n)));
            html.append("</ul>");
        }
        if (!screen.tariffs().isEmpty()) {
            PlainTable.Markup tariffs = new PlainTable.Markup(List.of(on.getTranslation("tariffs.product"), on.getTranslation("tariffs.origin"),
                    on.getTranslation("tariffs.rate")));
            screen.tariffs().forEach(t -> tariffs.row(List.of(Texts.of(t.product()), t.origin(),
                    t.percent().stripTrailingZeros().toPlainString() + " %"), null));
            html.append(heading("player.tariffs")).append(tariffs.table("tariffs"));
        }
        return html.toString();
    }

    private String heading(String key) {
        return "<h3>" + Texts.html(on.getTranslation(key)) + "</h3>";
    }

    static Div markupPanel(String id, String markup) {
        Div box = new Div();
        box.setId(id);
        box.addClassName("panel");
        box.getElement().setProperty("innerHTML", markup);
        return box;
    }
}
