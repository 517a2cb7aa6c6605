package com.chipchain.ui;

import com.chipchain.play.DefaultRule;
import com.chipchain.play.PlayException;
import com.chipchain.play.ScenarioFacts;
import com.chipchain.play.ScenarioChoices;
import com.chipchain.play.SessionInfo;
import com.chipchain.play.FacilitatorCommands;
import com.chipchain.play.SessionSettings;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The facilitator's start page: create a session from a scenario, or open one already created. */
@Route(value = "facilitator", layout = MainLayout.class)
@RolesAllowed(SecurityConfig.FACILITATOR)
public class FacilitatorView extends VerticalLayout implements HasDynamicTitle {

    static final List<String> BOT_POLICIES = List.of("benchmark", "base-stock", "sterman", "naive", "reshorer", "offshore-first", "hold");
    private static final String TEAM = "team";

    public FacilitatorView(ScenarioChoices screens, FacilitatorCommands sessions) {
        setId("facilitator");
        List<ScenarioFacts> scenarios = screens.playableScenarios(SignedIn.teacher());
        Select<ScenarioFacts> scenario = new Select<>();
        scenario.setId("new-scenario");
        scenario.setLabel(getTranslation("create.scenario"));
        scenario.setItems(scenarios);
        scenario.setItemLabelGenerator(f -> Texts.of(f.title()));
        IntegerField chains = new IntegerField(getTranslation("create.chains"));
        chains.setId("new-chains");
        chains.setMin(1);
        chains.setMax(100);
        chains.setValue(2);
        Div seatChoices = new Div();
        seatChoices.setId("new-seats");
        seatChoices.addClassName("seat-choices");
        Map<String, Select<String>> seatKinds = new LinkedHashMap<>();
        Checkbox shared = new Checkbox(getTranslation("create.shared-demand"));
        shared.setId("new-shared-demand");
        scenario.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                shared.setValue(e.getValue().endDemandShared()); // the scenario's default; the teacher may change it
            }
            seatChoices.removeAll();
            seatKinds.clear();
            seatChoices.add(new com.vaadin.flow.component.html.Span(getTranslation("create.bots")));
            if (e.getValue() == null) {
                return;
            }
            for (ScenarioFacts.Named role : e.getValue().roles()) {
                Select<String> kind = new Select<>();
                kind.setId("seat-kind-" + role.id());
                kind.setLabel(Texts.of(role.name()));
                List<String> options = new java.util.ArrayList<>(List.of(TEAM));
                options.addAll(BOT_POLICIES);
                kind.setItems(options);
                kind.setItemLabelGenerator(k -> TEAM.equals(k) ? getTranslation("create.seat-team") : getTranslation("create.seat-bot", k));
                kind.setValue(TEAM);
                seatKinds.put(role.id(), kind);
                seatChoices.add(kind);
            }
        });
        Select<String> policy = new Select<>();
        policy.setId("new-bot-policy");
        policy.setLabel(getTranslation("create.bot-policy"));
        policy.setHelperText(getTranslation("create.bot-policy-help"));
        policy.setItems(BOT_POLICIES);
        policy.setValue(BOT_POLICIES.get(0));
        IntegerField timer = new IntegerField(getTranslation("create.timer"));
        timer.setId("new-timer");
        timer.setHelperText(getTranslation("create.timer-help"));
        timer.setMin(0);
        timer.setMax(3600);
        timer.setValue(0);
        Select<DefaultRule> rule = new Select<>();
        rule.setId("new-default-rule");
        rule.setLabel(getTranslation("create.default-rule"));
        rule.setItems(DefaultRule.values());
        rule.setItemLabelGenerator(r -> getTranslation("rule." + r.name().toLowerCase()));
        rule.setValue(DefaultRule.REPEAT_LAST);
        Button create = new Button(getTranslation("create.button"), e -> {
            try {
                Map<String, String> botSeats = new LinkedHashMap<>();
                seatKinds.forEach((role, kind) -> {
                    if (!TEAM.equals(kind.getValue())) {
                        botSeats.put(role, kind.getValue());
                    }
                });
                Integer seconds = timer.getValue() == null || timer.getValue() == 0 ? null : timer.getValue();
                SessionInfo info = sessions.create(new SessionSettings(scenario.getValue() == null ? "" : scenario.getValue().id(),
                        chains.getValue() == null ? 0 : chains.getValue(), botSeats, seconds, rule.getValue(),
                        policy.getValue(), shared.getValue(), null), SignedIn.teacher());
                UI.getCurrent().navigate("facilitator/" + info.id());
            } catch (PlayException ex) {
                Notification.show(Refusals.of(this, ex), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        create.setId("create-session");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        scenarios.stream().filter(f -> f.id().equals("made-in-america-2025")).findFirst()
                .or(() -> scenarios.stream().findFirst()).ifPresent(scenario::setValue);
        com.vaadin.flow.router.RouterLink studio = new com.vaadin.flow.router.RouterLink(getTranslation("facilitator.studio-link"), StudioView.class);
        studio.setId("open-studio");
        Div form = new Div(new H2(getTranslation("create.title")), scenario, chains, seatChoices, policy, timer, rule, shared, create, studio);
        List<String> unplayable = screens.unplayableScenarioFiles();
        if (!unplayable.isEmpty()) {
            // a broken file in the scenarios folder is said here, not hidden in the server's log
            com.vaadin.flow.component.html.UnorderedList files = new com.vaadin.flow.component.html.UnorderedList();
            unplayable.forEach(problem -> files.add(new com.vaadin.flow.component.html.ListItem(problem)));
            Div notice = new Div(new com.vaadin.flow.component.html.Paragraph(getTranslation("create.unplayable", unplayable.size())), files);
            notice.setId("unplayable-scenarios");
            notice.addClassName("studio-upload-problems");
            form.add(notice);
        }
        form.addClassName("panel");
        form.addClassName("create-form");

        Grid<SessionInfo> list = new Grid<>();
        list.setId("sessions");
        list.setAllRowsVisible(true);
        list.addColumn(SessionInfo::joinCode).setHeader(getTranslation("sessions.code"));
        Map<String, String> titles = new LinkedHashMap<>();
        scenarios.forEach(f -> titles.put(f.id(), Texts.of(f.title())));
        list.addColumn(s -> titles.getOrDefault(s.scenarioId(), s.scenarioId())).setHeader(getTranslation("sessions.scenario"));
        list.addColumn(s -> getTranslation("status." + s.status().name().toLowerCase())).setHeader(getTranslation("sessions.status"));
        list.addColumn(SessionInfo::turn).setHeader(getTranslation("sessions.turn"));
        list.addComponentColumn(s -> new Button(getTranslation("sessions.open"), e -> UI.getCurrent().navigate("facilitator/" + s.id())));
        list.setItems(sessions.sessions(SignedIn.teacher()));
        add(form, new H2(getTranslation("sessions.title")), list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("facilitator.title");
    }
}
