package com.chipchain.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import java.util.List;

/**
 * A small read-only HTML table for a few rows of text. On a phone each row becomes a card whose
 * cells carry their column's name (styles.css, .plain-table), so nothing scrolls sideways.
 * The rows are sent as one piece of markup (every text escaped here), not as an element each:
 * a screen that sixty students keep open then holds one server-side node per table, not hundreds.
 */
@Tag("table")
final class PlainTable extends Component {

    /** A cell shown as a badge: its text and the badge's theme ("success", "error" or "" for plain). */
    record Badge(String text, String theme) {}

    private final Markup markup;

    PlainTable(String id, List<String> headers) {
        markup = new Markup(headers);
        setId(id);
        getElement().getClassList().add("plain-table");
        send();
    }

    PlainTable row(List<String> cells) {
        return row(cells, null);
    }

    /** A row whose last column is a badge (a seat's state on the console). */
    PlainTable row(List<String> cells, Badge badge) {
        markup.row(cells, badge);
        send();
        return this;
    }

    /** Drops every row (the table is filled again). */
    PlainTable clear() {
        markup.clear();
        send();
        return this;
    }

    private void send() {
        getElement().setProperty("innerHTML", markup.inner());
    }

    /** A table's head and rows as markup, also for a table that is part of a larger piece of markup (a panel). */
    static final class Markup {
        private final List<String> headers;
        private final StringBuilder rows = new StringBuilder();

        Markup(List<String> headers) {
            this.headers = List.copyOf(headers);
        }

        Markup row(List<String> cells, Badge badge) {
            rows.append("<tr>");
            for (int i = 0; i < cells.size(); i++) {
                cell(headers.get(i), Texts.html(cells.get(i)));
            }
            if (badge != null) {
                cell(headers.get(cells.size()), "<span class=\"seat-state\" theme=\"badge" + (badge.theme().isEmpty() ? "" : " " + badge.theme())
                        + "\">" + Texts.html(badge.text()) + "</span>");
            }
            rows.append("</tr>");
            return this;
        }

        void clear() {
            rows.setLength(0);
        }

        private void cell(String header, String cellMarkup) {
            rows.append("<td data-label=\"").append(Texts.html(header)).append("\">").append(cellMarkup).append("</td>");
        }

        /** What goes inside the table element. */
        String inner() {
            StringBuilder head = new StringBuilder("<thead><tr>");
            headers.forEach(h -> head.append("<th>").append(Texts.html(h)).append("</th>"));
            return head.append("</tr></thead><tbody>").append(rows).append("</tbody>").toString();
        }

        /** The whole table, with its id and the class styles.css gives plain tables. */
        String table(String id) {
            return "<table id=\"" + Texts.html(id) + "\" class=\"plain-table\">" + inner() + "</table>";
        }
    }
}
