package com.chipchain.ui;

import com.chipchain.play.ScenarioDraft;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The studio's timeline of dated events (docs/scenario-format.md, "events"): every event by turn,
 * with its kind, its fields and its news in both languages; events added (one of each kind, or an
 * export licence: lost customers and a write-off on one turn), changed and removed. Adding, removing
 * or changing an event's kind rebuilds the list, as the events after it move up or down the file.
 */
final class StudioTimeline extends Div {

    private final StudioForm form;
    private final Div list = new Div();
    /** The event just added: its turn opens, and it is scrolled to. */
    private int added = -1;
    private final Map<Integer, Div> rows = new java.util.HashMap<>();

    StudioTimeline(StudioForm form) {
        this.form = form;
        setId("studio-timeline");
        addClassName("panel");
        addClassName("studio-panel");
        ScenarioDraft draft = form.draft();
        Select<String> type = new Select<>();
        type.setId("studio-event-new-type");
        type.setLabel(form.t("studio.event-type"));
        type.setItems(ScenarioDraft.EVENT_FIELDS.keySet());
        type.setItemLabelGenerator(kind -> form.t("studio.event." + kind));
        type.setValue("tariff");
        IntegerField turn = new IntegerField(form.t("studio.event-turn"));
        turn.setId("studio-event-new-turn");
        turn.setMin(1);
        turn.setValue(1);
        turn.setStepButtonsVisible(true);
        Button add = new Button(form.t("studio.event-add"), e -> {
            int on = turn.getValue() == null ? 1 : turn.getValue();
            form.reshape(() -> added = draft.addEvent(type.getValue() == null ? "news" : type.getValue(), on));
            rebuild();
        });
        add.setId("studio-event-add");
        Button licence = new Button(form.t("studio.event-add-licence"), e -> {
            int on = turn.getValue() == null ? 1 : turn.getValue();
            form.reshape(() -> added = draft.addExportLicence(on, 13, 25).get(0));
            rebuild();
        });
        licence.setId("studio-event-add-licence");
        licence.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout adding = new HorizontalLayout(type, turn, add, licence);
        adding.setAlignItems(FlexComponent.Alignment.BASELINE);
        adding.addClassName("wrap-row");
        list.setId("studio-events");
        add(new com.vaadin.flow.component.html.H3(form.t("studio.timeline-title")),
                new Paragraph(form.t("studio.timeline-intro")), adding, list);
        fill();
    }

    /** Rebuilds the list from the draft (the form was checked by {@link StudioForm#reshape}; the new fields are marked again). */
    private void rebuild() {
        form.forget("events[");
        list.removeAll();
        fill();
        form.show(form.problems());
        if (rows.containsKey(added)) {
            rows.get(added).getElement().scrollIntoView();
        }
    }

    private void fill() {
        rows.clear();
        ScenarioDraft draft = form.draft();
        var problems = draft.problems();
        Map<Integer, List<Integer>> byTurn = new TreeMap<>();
        for (int i = 0; i < draft.eventCount(); i++) {
            int turn;
            try {
                turn = Integer.parseInt(draft.valueAt("events[" + i + "].turn"));
            } catch (NumberFormatException e) {
                turn = 0; // a turn that is not a number yet: listed first, where its problem shows
            }
            byTurn.computeIfAbsent(turn, t -> new ArrayList<>()).add(i);
        }
        byTurn.forEach((turn, events) -> {
            Div group = new Div();
            boolean open = false;
            for (int index : events) {
                Div row = row(index);
                rows.put(index, row);
                group.add(row);
                open |= index == added || !ScenarioDraft.at(problems, "events[" + index + "]").isEmpty();
            }
            Details details = new Details(form.t("studio.timeline-turn", turn, events.size(), kinds(events)), group);
            details.setId("studio-events-turn-" + turn);
            details.setOpened(open);
            list.add(details);
        });
    }

    private String kinds(List<Integer> events) {
        return String.join(", ", events.stream().map(i -> form.t("studio.event." + form.draft().eventType(i))).distinct().toList());
    }

    private Div row(int index) {
        ScenarioDraft draft = form.draft();
        String at = "events[" + index + "]";
        String id = "studio-event-" + index + "-";
        Div fields = new Div();
        fields.addClassName("studio-fields");
        fields.add(form.number(id + "turn", at + ".turn", form.t("studio.event-turn")));
        Select<String> type = new Select<>();
        type.setId(id + "type");
        type.setLabel(form.t("studio.event-type"));
        type.setItems(ScenarioDraft.EVENT_FIELDS.keySet());
        type.setItemLabelGenerator(kind -> form.t("studio.event." + kind));
        if (ScenarioDraft.EVENT_FIELDS.containsKey(draft.eventType(index))) {
            type.setValue(draft.eventType(index));
        }
        type.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                form.reshape(() -> draft.setEventType(index, e.getValue()));
                added = index;
                rebuild();
            }
        });
        form.register(at + ".type", type);
        fields.add(type);
        for (String field : ScenarioDraft.EVENT_FIELDS.getOrDefault(draft.eventType(index), List.of())) {
            fields.add(field(index, field));
        }
        Button remove = new Button(form.t("studio.event-remove"), e -> {
            form.reshape(() -> draft.removeEvent(index));
            added = -1;
            rebuild();
        });
        remove.setId(id + "remove");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        fields.add(remove);
        Div news = new Div();
        news.addClassName("studio-fields");
        for (String language : ScenarioDraft.LANGUAGES) {
            news.add(form.area(id + "news-" + language, at + ".news." + language,
                    form.t("studio.event-news", language.toUpperCase()), draft.valueAt(at + ".news." + language),
                    v -> draft.setText(at + ".news." + language, v)));
        }
        Div row = new Div(fields, news);
        row.setId("studio-event-" + index);
        row.addClassName("studio-event");
        return row;
    }

    private Component field(int index, String field) {
        ScenarioDraft draft = form.draft();
        String path = "events[" + index + "]." + field;
        String id = "studio-event-" + index + "-" + field;
        String label = form.t("studio.event-field." + field);
        return switch (field) {
            case "product" -> form.choice(id, path, label, draft.productIds(), v -> draft.setText(path, v));
            case "origin", "country" -> form.choice(id, path, label, countries(draft), v -> draft.setText(path, v));
            case "role" -> form.choice(id, path, label, draft.roleIds(), v -> draft.setText(path, v));
            case "site" -> form.choice(id, path, label, draft.allSiteIds(), v -> draft.setText(path, v));
            case "basis" -> {
                Select<String> basis = form.choice(id, path, label, List.of("value", "content"),
                        v -> draft.setText(path, "value".equals(v) ? null : v)); // value is the default: left out of the file
                basis.setItemLabelGenerator(b -> form.t("studio.event-basis-" + b));
                if (draft.valueAt(path).isEmpty()) {
                    form.filling(() -> {
                        basis.setValue("value");
                        return null;
                    });
                }
                yield basis;
            }
            case "sites" -> {
                MultiSelectComboBox<String> sites = new MultiSelectComboBox<>(label);
                sites.setId(id);
                sites.setItems(draft.allSiteIds());
                sites.setValue(new java.util.LinkedHashSet<>(draft.textsAt(path)));
                sites.addValueChangeListener(e -> form.edit(() -> draft.setTexts(path, new ArrayList<>(e.getValue()))));
                sites.setWidth("22em");
                form.register(path, sites);
                yield sites;
            }
            default -> form.number(id, path, label);
        };
    }

    private static List<String> countries(ScenarioDraft draft) {
        List<String> countries = new ArrayList<>(draft.countries());
        if (!countries.contains("US")) {
            countries.add("US");
        }
        return countries;
    }
}
