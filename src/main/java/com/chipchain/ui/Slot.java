package com.chipchain.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A part of a screen that keeps what it shows until its input changes: refreshed on every change of
 * the session, it draws again (and sends the browser anything) only when the input differs from the
 * one it last drew. What sixty open screens cost after a change depends on it (docs/performance.md).
 */
final class Slot {

    final Div box = new Div();
    private Object shown;
    private boolean drawn;

    /** Draws {@code draw} when {@code input} (a value with equals, e.g. a record) differs from the last one drawn. */
    void show(Object input, Supplier<? extends Component> draw) {
        if (drawn && Objects.equals(shown, input)) {
            return;
        }
        drawn = true;
        shown = input;
        box.removeAll();
        box.add(draw.get());
    }

    /** Forgets what was drawn: the next {@link #show} draws whatever its input. */
    void forget() {
        drawn = false;
        shown = null;
    }
}
