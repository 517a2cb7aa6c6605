package com.chipchain.ui;

import com.chipchain.play.Debrief;
import com.chipchain.play.DebriefService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The top of the console once a game is over, the moment the teacher turns to the class: the way
 * into the debrief first, then the chains ranked, the leading chain's orders against end demand
 * (the bullwhip) and its service, and the class's data to download.
 */
final class GameOverPanel extends Div {

    GameOverPanel(DebriefService debriefs, String sessionId) {
        setId("game-over");
        addClassName("panel");
        addClassName("game-over");
        Debrief debrief = debriefs.debrief(sessionId);
        Anchor open = new Anchor("debrief/" + sessionId, "");
        open.setId("open-debrief-now");
        Button button = new Button(getTranslation("console.over.open"));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        button.setTabIndex(-1);
        open.add(button);
        add(new H2(getTranslation("console.over.title")), new Paragraph(getTranslation("console.over.prompt")), open,
                new H3(getTranslation("debrief.class")), DebriefBoard.chainRanking(debrief));
        if (!debrief.chains().isEmpty() && !debrief.labels().isEmpty()) {
            int leader = debrief.byChain().isEmpty() ? 0 : debrief.byChain().get(0).chain();
            Debrief.ChainStory chain = debrief.chains().stream().filter(c -> c.chain() == leader).findFirst()
                    .orElse(debrief.chains().get(0));
            DebriefCharts charts = new DebriefCharts(debrief);
            Div grid = new Div(charts.orders(chain, false), charts.service(chain));
            grid.addClassName("game-over-charts");
            add(new H3(getTranslation("console.over.leader", chain.chain() + 1)), grid);
        }
        add(new DebriefExports(debriefs, sessionId, debrief.chains().size()));
    }
}
