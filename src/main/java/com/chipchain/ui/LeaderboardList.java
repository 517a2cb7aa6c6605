package com.chipchain.ui;

import com.chipchain.play.LeaderboardEntry;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Map;

/**
 * The leaderboard as a ranked list of chains: each with its score against the bots, and under it
 * one line per team (its profit against the bot in its seat). Text wraps instead of being cut,
 * on a console, a projector and a phone alike. Before the first turn resolves there is nothing to
 * rank: it lists who has joined.
 */
final class LeaderboardList extends Div {

    /**
     * @param ownChain the viewer's chain to highlight, or -1
     * @param played whether any turn has resolved (scores before that are only the starting cash)
     */
    LeaderboardList(List<LeaderboardEntry> entries, int ownChain, boolean played) {
        this(entries, ownChain, played, false);
    }

    /** @param teamsOnly leaves the bots' lines out (the projector's leaders of a big class: the teams are the story) */
    LeaderboardList(List<LeaderboardEntry> entries, int ownChain, boolean played, boolean teamsOnly) {
        setId("leaderboard");
        addClassName("leaderboard");
        if (!played) {
            add(new Paragraph(getTranslation("board.not-yet")));
        } else if (!entries.isEmpty() && entries.get(0).versus().costs()) {
            Paragraph costs = new Paragraph(getTranslation("board.costs-note"));
            costs.addClassName("costs-note");
            add(costs);
        }
        OrderedList chains = new OrderedList();
        for (LeaderboardEntry entry : entries) {
            ListItem chain = new ListItem();
            chain.addClassName("leaderboard-chain");
            if (entry.chain() == ownChain) {
                chain.addClassName("own-chain");
            }
            Span name = new Span(getTranslation("board.chain", entry.chain() + 1));
            name.addClassName("leaderboard-name");
            chain.add(name);
            if (played) {
                Span score = new Span(Texts.score(entry.versus()));
                score.addClassName("leaderboard-score");
                Span versus = new Span(Texts.versus(entry.versus()));
                versus.addClassName("leaderboard-versus");
                chain.add(score, versus);
            }
            UnorderedList teams = new UnorderedList();
            teams.addClassName("leaderboard-teams");
            for (Map.Entry<String, String> team : entry.teamNames().entrySet()) {
                boolean bot = team.getValue() == null || team.getValue().isEmpty() || team.getValue().startsWith("bot:");
                if ((!played || teamsOnly) && bot) {
                    continue; // before the first turn the list says who has joined
                }
                String who = bot ? getTranslation("player.bot") : team.getValue();
                ListItem line = new ListItem(played
                        ? getTranslation("board.team-line", who, Texts.score(entry.teamVersus().get(team.getKey())),
                                Texts.versus(entry.teamVersus().get(team.getKey())))
                        : who);
                line.addClassName(bot ? "bot" : "team");
                teams.add(line);
            }
            if (teams.getChildren().findAny().isEmpty()) {
                teams.add(new ListItem(getTranslation("board.no-team-yet")));
            }
            chain.add(teams);
            chains.add(chain);
        }
        add(chains);
    }
}
