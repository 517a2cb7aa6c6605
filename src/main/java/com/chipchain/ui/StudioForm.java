package com.chipchain.ui;

import com.chipchain.play.ScenarioDraft;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One opened draft in the studio and the fields that show it. Every field is registered under the
 * path the loader names in its problems, so {@link #show} can mark each refusal at its field. What
 * cannot be written into the draft at all (a demand list that is not numbers) is kept here and shown
 * as a problem of its field.
 */
final class StudioForm {

    private final Component view;
    private final ScenarioDraft draft;
    private final Runnable changed;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Map<String, String> typed = new LinkedHashMap<>();
    /** True while fields are filled from the draft: those value changes are not edits. */
    private boolean filling;

    StudioForm(Component view, ScenarioDraft draft, Runnable changed) {
        this.view = view;
        this.draft = draft;
        this.changed = changed;
    }

    ScenarioDraft draft() {
        return draft;
    }

    String t(String key, Object... parameters) {
        return view.getTranslation(key, parameters);
    }

    /** Builds fields without taking their first values for edits. */
    <T> T filling(java.util.function.Supplier<T> build) {
        boolean was = filling;
        filling = true;
        try {
            return build.get();
        } finally {
            filling = was;
        }
    }

    /** A change by the teacher: applied to the draft, then the whole form is checked again. */
    void edit(Runnable change) {
        if (filling) {
            return;
        }
        change.run();
        changed.run();
    }

    /** A change that reshapes part of the form (an event added or removed): the form is checked, the part rebuilt by the caller. */
    void reshape(Runnable change) {
        change.run();
        changed.run();
    }

    void register(String path, HasValidation field) {
        fields.put(path, field);
    }

    /** Forgets the fields under a path (a part of the form about to be rebuilt). */
    void forget(String pathPrefix) {
        fields.keySet().removeIf(path -> path.startsWith(pathPrefix));
        typed.keySet().removeIf(path -> path.startsWith(pathPrefix));
    }

    void unreadable(String path, String message) {
        typed.put(path, message);
    }

    void readable(String path) {
        typed.remove(path);
    }

    /** The loader's refusals of the draft and what could not be read into it, first. */
    List<ScenarioDraft.Problem> problems() {
        List<ScenarioDraft.Problem> problems = new ArrayList<>(draft.problems());
        typed.forEach((path, message) -> problems.add(0, new ScenarioDraft.Problem(path, message)));
        return problems;
    }

    /** Marks each field with the first problem at its path, and clears the others. */
    void show(List<ScenarioDraft.Problem> problems) {
        fields.forEach((path, field) -> {
            var here = ScenarioDraft.at(problems, path);
            field.setInvalid(!here.isEmpty());
            field.setErrorMessage(here.isEmpty() ? null : here.get(0).message());
        });
    }

    // every field validates manually: the loader is the only judge, the component's own checks would clear its verdict

    TextField text(String id, String path, String label, String value, Consumer<String> set) {
        TextField field = new TextField(label);
        field.setManualValidation(true);
        return bound(field, id, path, value, set);
    }

    TextArea area(String id, String path, String label, String value, Consumer<String> set) {
        TextArea area = new TextArea(label);
        area.setManualValidation(true);
        return bound(area, id, path, value, set);
    }

    /** A number of the scenario file at its path, as typed: the loader says what is wrong with it. */
    TextField number(String id, String path, String label) {
        TextField field = text(id, path, label, draft.valueAt(path), v -> draft.setTyped(path, v));
        field.setWidth(null); // sized by styles.css (.studio-number): narrow on a desktop, the full row on a phone
        field.addClassName("studio-number");
        return field;
    }

    /** A choice among names (a product, a site, a country) at its path. */
    Select<String> choice(String id, String path, String label, List<String> items, Consumer<String> set) {
        Select<String> select = new Select<>();
        select.setId(id);
        select.setLabel(label);
        select.setManualValidation(true);
        List<String> all = new ArrayList<>(items);
        String value = draft.valueAt(path);
        if (!value.isEmpty() && !all.contains(value)) {
            all.add(value); // a name the file has, even one the loader refuses: shown, so it can be changed
        }
        select.setItems(all);
        filling(() -> {
            if (!value.isEmpty()) {
                select.setValue(value);
            }
            return null;
        });
        select.addValueChangeListener(e -> edit(() -> set.accept(e.getValue())));
        register(path, select);
        return select;
    }

    /** A text field of the form: filled from the draft, writing to it as the teacher types, shown invalid at its path. */
    private <F extends AbstractField<?, String> & HasValidation & HasValueChangeMode & HasSize> F bound(
            F field, String id, String path, String value, Consumer<String> set) {
        field.setId(id);
        filling(() -> {
            field.setValue(value == null ? "" : value);
            return null;
        });
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setWidthFull();
        field.addValueChangeListener(e -> edit(() -> set.accept(e.getValue())));
        register(path, field);
        return field;
    }

    Div panel(String titleKey, Component... content) {
        Div panel = new Div(new H3(t(titleKey)));
        panel.add(content);
        panel.addClassName("panel");
        panel.addClassName("studio-panel");
        return panel;
    }

    /** The language of the page for the scenario's own texts. */
    static String language() {
        return Texts.locale().getLanguage().equals("ko") ? "ko" : "en";
    }

    String roleName(int role) {
        String name = draft.roleName(role, language());
        return name.isEmpty() ? draft.roleIds().get(role) : name;
    }
}
