package com.chipchain.ui;

import com.chipchain.play.PlayException;
import com.chipchain.play.ScenarioFacts;
import com.chipchain.play.ScenarioChoices;
import com.chipchain.play.SeatTicket;
import com.chipchain.play.SoloPractice;
import com.chipchain.play.SoloLevel;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

/** Solo practice: pick a scenario, a role and how your bot teammates play; every turn resolves when you submit. */
@Route(value = "solo", layout = MainLayout.class)
@AnonymousAllowed
public class SoloView extends VerticalLayout implements HasDynamicTitle {

    public SoloView(ScenarioChoices screens, SoloPractice sessions) {
        setId("solo");
        List<ScenarioFacts> scenarios = screens.playableScenarios();
        Select<ScenarioFacts> scenario = new Select<>();
        scenario.setId("solo-scenario");
        scenario.setLabel(getTranslation("solo.scenario"));
        scenario.setItems(scenarios);
        scenario.setItemLabelGenerator(f -> Texts.of(f.title()));
        Select<ScenarioFacts.Named> role = new Select<>();
        role.setId("solo-role");
        role.setLabel(getTranslation("solo.role"));
        role.setItemLabelGenerator(r -> Texts.of(r.name()));
        scenario.addValueChangeListener(e -> {
            role.setItems(e.getValue() == null ? List.of() : e.getValue().roles());
            if (e.getValue() != null) {
                role.setValue(e.getValue().roles().get(0));
            }
        });
        Select<SoloLevel> level = new Select<>();
        level.setId("solo-level");
        level.setLabel(getTranslation("solo.level"));
        level.setItems(SoloLevel.values());
        level.setItemLabelGenerator(l -> getTranslation("solo.level." + l.name().toLowerCase()));
        level.setValue(SoloLevel.NORMAL);
        Button start = new Button(getTranslation("solo.start"), e -> {
            if (scenario.getValue() == null || role.getValue() == null) {
                Notification.show(getTranslation("solo.choose"));
                return;
            }
            try {
                SeatTicket ticket = sessions.start(scenario.getValue().id(), role.getValue().id(), level.getValue(), HomeView.client());
                UI.getCurrent().navigate("seat/" + ticket.token());
            } catch (PlayException ex) {
                Notification.show(Refusals.of(this, ex), 6000, Notification.Position.MIDDLE);
            }
        });
        start.setId("solo-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        scenarios.stream().filter(f -> f.id().equals("classic-beer-game")).findFirst()
                .or(() -> scenarios.stream().findFirst()).ifPresent(scenario::setValue);
        add(new H2(getTranslation("solo.title")), new Paragraph(getTranslation("solo.intro")), scenario, role, level,
                new Paragraph(getTranslation("solo.levels-help")), start);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("solo.title");
    }
}
