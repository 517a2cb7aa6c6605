package com.chipchain.ui;

import com.chipchain.play.EventTimeline;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * The console's timeline: the scenario's scripted events and the facilitator's shocks by turn,
 * what is past, what takes effect when this turn resolves, what is to come, and which scripted
 * tariffs a shock has overridden.
 */
final class TimelinePanel extends Div {

    TimelinePanel() {
        setId("timeline");
        addClassName("panel");
        addClassName("timeline");
    }

    private List<EventTimeline.Item> shown;

    /** Draws the timeline when it changed (a turn, a shock): a submission leaves it as it is. */
    void show(List<EventTimeline.Item> items) {
        if (items.equals(shown)) {
            return;
        }
        shown = List.copyOf(items);
        removeAll();
        add(new H3(getTranslation("timeline.title")));
        if (items.isEmpty()) {
            add(new Span(getTranslation("timeline.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (EventTimeline.Item item : items) {
            Span when = new Span(item.turnLabel());
            when.addClassName("timeline-when");
            Span who = new Span(getTranslation(item.facilitator() ? "timeline.yours" : "timeline.scripted"));
            who.getElement().getThemeList().add(item.facilitator() ? "badge primary" : "badge contrast");
            Span what = new Span(Texts.of(item.news()));
            what.addClassName("timeline-what");
            ListItem line = new ListItem(when, who, what);
            line.addClassName("timeline-" + item.phase().name().toLowerCase());
            if (item.phase() == EventTimeline.Phase.NOW) {
                Span now = new Span(getTranslation("timeline.now"));
                now.getElement().getThemeList().add("badge success");
                line.add(now);
            }
            if (item.overridden()) {
                line.addClassName("timeline-overridden");
                Span note = new Span(getTranslation("timeline.overridden"));
                note.getElement().getThemeList().add("badge error");
                line.add(note);
            }
            list.add(line);
        }
        add(list);
    }
}
