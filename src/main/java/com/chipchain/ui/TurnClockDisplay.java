package com.chipchain.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import java.time.Instant;

/** The turn clock: counts down to the deadline in the browser (frontend/turn-clock.js). */
@Tag("chipchain-turn-clock")
@JavaScript("context://frontend/turn-clock.js")
public class TurnClockDisplay extends Component {

    public TurnClockDisplay() {
        addClassName("turn-clock");
        getElement().setAttribute("role", "timer");
    }

    public void show(Instant deadline, String idleText) {
        getElement().setAttribute("deadline", deadline == null ? "" : String.valueOf(deadline.toEpochMilli()));
        getElement().setAttribute("idle", idleText);
    }
}
