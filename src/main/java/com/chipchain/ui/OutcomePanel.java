package com.chipchain.ui;

import com.chipchain.play.SoloOutcome;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * The end of a game for one seat: its result, the bot's in the same seat on the same seed and
 * shocks, and the measure on which the two played most differently; then the way to the debrief.
 */
final class OutcomePanel extends Div {

    OutcomePanel(SoloOutcome outcome, String token) {
        setId("outcome");
        addClassName("panel");
        addClassName("outcome");
        String unit = Texts.unit(outcome.moneyUnit(), Texts.locale());
        boolean costs = outcome.versus().costs();
        ListItem you = new ListItem(getTranslation(costs ? "outcome.you-cost" : "outcome.you", Texts.of(outcome.roleName()),
                Texts.score(outcome.versus()), unit));
        you.setId("outcome-you");
        ListItem bot = new ListItem(getTranslation("outcome.bot", Texts.money(outcome.versus().benchmarkShown()), unit,
                Texts.versus(outcome.versus())));
        bot.setId("outcome-bot");
        ListItem difference = new ListItem(getTranslation("outcome.diff." + outcome.difference(),
                String.format(Texts.locale(), "%.1f", outcome.ratio())));
        difference.setId("outcome-difference");
        ListItem chain = new ListItem(getTranslation(costs ? "outcome.chain-cost" : "outcome.chain",
                Texts.score(outcome.chainVersus()), Texts.money(outcome.chainVersus().benchmarkShown())));
        chain.setId("outcome-chain");
        Anchor debrief = new Anchor("results/" + token, getTranslation("debrief.open"));
        debrief.setId("open-debrief");
        // "lower is better" is said once, by the leaderboard under this panel
        add(new H3(getTranslation("outcome.title")), new UnorderedList(you, bot, difference, chain), debrief);
    }
}
