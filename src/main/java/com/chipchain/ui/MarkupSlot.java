package com.chipchain.ui;

import com.vaadin.flow.component.html.Div;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A panel of read-only markup that stays on the page: a new turn replaces its markup when what it
 * shows changed, and nothing else (no new element, id or classes; docs/performance.md).
 */
final class MarkupSlot {

    final Div box;
    private Object shown;
    private boolean drawn;

    MarkupSlot(String id) {
        box = SeatPanels.markupPanel(id, "");
    }

    /** Replaces the markup with {@code markup}'s when {@code input} (a value with equals) differs from the last one shown. */
    void show(Object input, Supplier<String> markup) {
        if (drawn && Objects.equals(shown, input)) {
            return;
        }
        drawn = true;
        shown = input;
        box.getElement().setProperty("innerHTML", markup.get());
    }
}
