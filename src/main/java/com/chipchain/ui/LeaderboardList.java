package com.chipchain.ui;

import com.chipchain.play.SeatNames;
import com.chipchain.play.LeaderboardEntry;
import com.vaadin.flow.component.html.Div;
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
        // one piece of markup, not an element per line: forty chains of five teams are 400 lines on
        // every console and projector, sent again each turn (docs/performance.md)
        StringBuilder html = new StringBuilder();
        if (!played) {
            html.append("<p>").append(Texts.html(getTranslation("board.not-yet"))).append("</p>");
        } else if (!entries.isEmpty() && entries.get(0).versus().costs()) {
            html.append("<p class=\"costs-note\">").append(Texts.html(getTranslation("board.costs-note"))).append("</p>");
        }
        html.append("<ol>");
        for (LeaderboardEntry entry : entries) {
            html.append("<li class=\"leaderboard-chain").append(entry.chain() == ownChain ? " own-chain" : "").append("\">")
                    .append("<span class=\"leaderboard-name\">").append(Texts.html(getTranslation("board.chain", entry.chain() + 1))).append("</span>");
            if (played) {
                html.append("<span class=\"leaderboard-score\">").append(Texts.html(Texts.score(entry.versus()))).append("</span>")
                        .append("<span class=\"leaderboard-versus\">").append(Texts.html(Texts.versus(entry.versus()))).append("</span>");
            }
            html.append("<ul class=\"leaderboard-teams\">");
            int lines = 0;
            for (Map.Entry<String, String> team : entry.teamNames().entrySet()) {
                boolean bot = !SeatNames.isTeam(team.getValue());
                if ((!played || teamsOnly) && bot) {
                    continue; // before the first turn the list says who has joined
                }
                String who = bot ? getTranslation("player.bot") : team.getValue();
                String line = played
                        ? getTranslation("board.team-line", who, Texts.score(entry.teamVersus().get(team.getKey())),
                                Texts.versus(entry.teamVersus().get(team.getKey())))
                        : who;
                html.append("<li class=\"").append(bot ? "bot" : "team").append("\">").append(Texts.html(line)).append("</li>");
                lines++;
            }
            if (lines == 0) {
                html.append("<li>").append(Texts.html(getTranslation("board.no-team-yet"))).append("</li>");
            }
            html.append("</ul></li>");
        }
        getElement().setProperty("innerHTML", html.append("</ol>").toString());
    }
}
