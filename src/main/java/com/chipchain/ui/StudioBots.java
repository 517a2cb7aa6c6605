package com.chipchain.ui;

import com.chipchain.play.ScenarioDraft;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bots' parameters of the scenario ({@code bots:}, docs/bots.md): one policy at a time, its
 * parameters for every seat and those for one seat ({@code packager.theta}), each checked by the
 * policy itself as it is typed.
 */
final class StudioBots {

    private StudioBots() {}

    static Div panel(StudioForm form) {
        ScenarioDraft draft = form.draft();
        Div panel = form.panel("studio.bots-title", new Paragraph(form.t("studio.bots-intro")));
        panel.setId("studio-bots");
        List<String> policies = draft.botPolicies();
        if (policies.isEmpty()) {
            panel.add(new Paragraph(form.t("studio.bots-none")));
            return panel;
        }
        Select<String> policy = new Select<>();
        policy.setId("studio-bots-policy");
        policy.setLabel(form.t("studio.bots-policy"));
        policy.setItems(policies);
        Div parameters = new Div();
        parameters.setId("studio-bots-parameters");
        policy.addValueChangeListener(e -> {
            form.forget("bots.");
            parameters.removeAll();
            if (e.getValue() != null) {
                parameters.add(parametersOf(form, e.getValue()));
            }
            form.show(form.problems());
        });
        policy.setValue(policies.contains("benchmark") ? "benchmark" : policies.get(0));
        panel.add(policy, parameters);
        return panel;
    }

    /** The parameters of one policy: those for every seat first, then seat by seat. */
    private static Div parametersOf(StudioForm form, String policy) {
        ScenarioDraft draft = form.draft();
        Map<String, List<String>> bySeat = new LinkedHashMap<>();
        for (String key : draft.botKeys(policy)) {
            String seat = key.contains(".") ? key.substring(0, key.indexOf('.')) : "";
            bySeat.computeIfAbsent(seat, s -> new ArrayList<>()).add(key);
        }
        Div out = new Div();
        bySeat.forEach((seat, keys) -> {
            int role = draft.roleIds().indexOf(seat);
            Span title = new Span(seat.isEmpty() ? form.t("studio.bots-every-seat") : role >= 0 ? form.roleName(role) : seat);
            title.addClassName("studio-site-name");
            Div row = new Div();
            row.addClassName("studio-fields");
            for (String key : keys) {
                String plain = key.substring(key.indexOf('.') + 1);
                TextField field = form.text("studio-bot-" + policy + "-" + key.replace('.', '-'), "bots." + policy + "." + key,
                        plain, draft.botValue(policy, key), v -> draft.setBotValue(policy, key, v));
                field.setWidth(null);
                field.addClassName("studio-number");
                row.add(field);
            }
            out.add(new Div(title, row));
        });
        return out;
    }
}
