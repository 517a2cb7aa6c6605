package com.chipchain.ui;

import com.chipchain.play.SeatScreen;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A seat's books: cash, backlog and last turn's orders in a line, then each site's stock, capacity,
 * work in progress, goods on the way and capacity being built. Kept on the page from turn to turn:
 * a new turn sends the line and the table's rows, not a new panel.
 */
final class BooksPanel extends Div {

    private final Component on;
    private final Paragraph summary = new Paragraph();
    private final PlainTable table;
    private List<Object> shown;

    /** @param on the view whose language the panel is written in */
    BooksPanel(Component on) {
        this.on = on;
        setId("books");
        addClassName("panel");
        summary.setId("books-summary");
        table = new PlainTable("sites", List.of(on.getTranslation("books.site"), on.getTranslation("books.stock"),
                on.getTranslation("books.capacity"), on.getTranslation("books.in-production"), on.getTranslation("books.incoming"),
                on.getTranslation("books.building")));
        add(new H3(on.getTranslation("player.books")), summary, table);
    }

    BooksPanel show(SeatScreen screen) {
        List<Object> input = List.of(screen.cash(), screen.backlog(), screen.demandLastTurn(), screen.sites());
        if (input.equals(shown)) {
            return this;
        }
        shown = input;
        summary.setText(on.getTranslation("player.summary", Texts.money(screen.cash()), Texts.unit(screen.moneyUnit(), Texts.locale()),
                Texts.number(screen.backlog()), Texts.number(screen.demandLastTurn())));
        table.clear();
        for (SeatScreen.SiteBook s : screen.sites()) {
            String site = Texts.of(s.name());
            table.row(List.of(site.contains("(" + s.country() + ")") ? site : site + " (" + s.country() + ")",
                    s.inventory().isEmpty() ? "0" : s.inventory().stream()
                            .map(stock -> Texts.of(stock.product()) + " " + Texts.number(stock.units())).collect(Collectors.joining(", ")),
                    s.usableCapacity() == s.capacity() ? Texts.number(s.capacity())
                            : Texts.number(s.usableCapacity()) + " / " + Texts.number(s.capacity()),
                    Texts.number(s.inProduction()), Texts.number(s.incoming()), Texts.number(s.building())));
        }
        return this;
    }
}
