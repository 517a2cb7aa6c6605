package com.chipchain.ui;

import com.chipchain.play.Debrief;
import com.chipchain.play.DebriefService;
import com.chipchain.play.PlayException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** A team's debrief, opened with its seat link once the game has ended (before: a message). */
@Route(value = "results/:token", layout = MainLayout.class)
@AnonymousAllowed
public class TeamDebriefView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DebriefService debriefs;

    public TeamDebriefView(DebriefService debriefs) {
        this.debriefs = debriefs;
        setId("team-debrief-view");
        addClassName("debrief-page");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        Anchor back = new Anchor("seat/" + token, getTranslation("debrief.back-to-seat"));
        back.addClassName("no-print");
        add(back);
        try {
            Debrief debrief = debriefs.teamDebrief(token);
            add(new H1(getTranslation("debrief.title", Texts.of(debrief.scenarioTitle()))),
                    new DebriefExports(debriefs, debrief.sessionId(), debrief.chains().size()),
                    new DebriefBoard(debrief, debriefs.chainOf(token)));
        } catch (PlayException e) {
            Paragraph message = new Paragraph(e.reason() == PlayException.Reason.WRONG_STATE
                    ? getTranslation("debrief.not-yet") : getTranslation("debrief.no-seat"));
            message.setId("debrief-message");
            add(message);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("debrief.page-title");
    }
}
