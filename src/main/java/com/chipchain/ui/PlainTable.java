package com.chipchain.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import java.util.List;

/**
 * A small read-only HTML table for a few rows of numbers. On a phone each row becomes a card
 * whose cells carry their column's name (styles.css, .plain-table), so nothing scrolls sideways;
 * lighter than a grid for a screen that sixty students keep open.
 */
@Tag("table")
final class PlainTable extends Component {

    private final List<String> headers;
    private final Element body = new Element("tbody");

    PlainTable(String id, List<String> headers) {
        this.headers = List.copyOf(headers);
        setId(id);
        getElement().getClassList().add("plain-table");
        Element head = new Element("thead");
        Element row = new Element("tr");
        for (String header : headers) {
            row.appendChild(new Element("th").setText(header));
        }
        head.appendChild(row);
        getElement().appendChild(head, body);
    }

    PlainTable row(List<String> cells) {
        Element row = new Element("tr");
        for (int i = 0; i < cells.size(); i++) {
            row.appendChild(new Element("td").setText(cells.get(i)).setAttribute("data-label", headers.get(i)));
        }
        body.appendChild(row);
        return this;
    }
}
