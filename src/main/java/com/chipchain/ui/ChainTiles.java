package com.chipchain.ui;

import com.chipchain.play.ChainTile;
import com.chipchain.play.SeatStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntConsumer;

/**
 * The class as one compact tile per chain: who holds each seat and whether it has decided, the
 * chain's place, and a button that opens the chain. A tile is one button and one piece of markup;
 * a submission re-sends only its own chain's markup, a new search or order only moves tiles
 * (forty chains of a workshop stay cheap on a console that is redrawn with every submission).
 */
final class ChainTiles extends Div {

    private final IntConsumer open;
    private final Map<Integer, Tile> tiles = new HashMap<>();
    private List<Integer> order = List.of();
    private boolean finished;

    ChainTiles(IntConsumer open) {
        this.open = open;
        setId("seat-grid");
        addClassName("chain-tiles");
    }

    /** Shows {@code shown} in its order, each tile drawn from its chain's latest state; the others are taken off. */
    void show(List<ChainTile> shown, boolean finished) {
        this.finished = finished;
        List<Integer> newOrder = new ArrayList<>();
        for (ChainTile t : shown) {
            newOrder.add(t.chain());
            tiles.computeIfAbsent(t.chain(), Tile::new).draw(t);
        }
        if (!newOrder.equals(order)) {
            removeAll();
            newOrder.forEach(chain -> add(tiles.get(chain).box));
            order = newOrder;
        }
    }

    private final class Tile {
        final Div box = new Div();
        final Button title = new Button();
        final Div body = new Div();
        private String shown;

        Tile(int chain) {
            box.addClassName("chain-tile");
            box.setId("tile-" + (chain + 1));
            title.setId("open-chain-" + (chain + 1));
            title.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            title.addClassName("chain-tile-open");
            title.addClickListener(e -> open.accept(chain));
            body.addClassName("chain-tile-body");
            box.add(title, body);
        }

        void draw(ChainTile t) {
            String markup = markup(t);
            String heading = title.getTranslation("board.chain", t.chain() + 1) + " ›";
            if (!heading.equals(title.getText())) {
                title.setText(heading);
            }
            if (Objects.equals(markup, shown)) {
                return;
            }
            shown = markup;
            body.getElement().setProperty("innerHTML", markup);
            box.setClassName("needs-attention", t.disconnected() > 0 || t.pinsLocked() > 0);
        }

        private String markup(ChainTile t) {
            StringBuilder html = new StringBuilder("<div class=\"chain-tile-summary\">");
            if (t.versus() != null) {
                html.append("<span class=\"chain-tile-rank\">#").append(t.rank()).append("</span> ")
                        .append("<span class=\"chain-tile-score\">").append(Texts.html(Texts.versus(t.versus()))).append("</span>");
            }
            html.append("</div><ul>");
            for (SeatStatus s : t.seats()) {
                // a seat without a team says so in grey, without a badge: the teams stand out
                String who = switch (s.kind()) {
                    case BOT -> s.handedToBot() ? title.getTranslation("console.handed", s.teamName()) : title.getTranslation("console.bot", s.botPolicy());
                    case OPEN -> title.getTranslation("console.open");
                    case TEAM -> s.teamName();
                };
                boolean team = s.kind() == SeatStatus.Kind.TEAM || s.handedToBot();
                html.append("<li class=\"").append(team ? "team" : "no-team").append("\"><span class=\"chain-tile-role\">")
                        .append(Texts.html(shortName(Texts.of(s.roleName())))).append("</span> ")
                        .append("<span class=\"chain-tile-who\">").append(Texts.html(who)).append("</span>")
                        .append(s.kind() == SeatStatus.Kind.TEAM ? " " + state(s) : "").append("</li>");
            }
            return html.append("</ul>").toString();
        }

        /** A role's name without its company in brackets ("Foundry (TSMC)" -> "Foundry"): the chain dialog has the whole name. */
        private static String shortName(String role) {
            int bracket = role.indexOf(" (");
            return bracket > 0 ? role.substring(0, bracket) : role;
        }

        private String state(SeatStatus s) {
            String key = s.kind() == SeatStatus.Kind.BOT ? "console.state.bot" : s.kind() == SeatStatus.Kind.OPEN ? "console.state.open"
                    : finished ? "console.state.done" : s.submitted() ? "console.state.submitted"
                    : s.connected() ? "console.state.waiting" : "console.state.disconnected";
            boolean team = s.kind() == SeatStatus.Kind.TEAM && !finished;
            String theme = !team ? "" : s.submitted() ? " success" : !s.connected() ? " error" : "";
            String locked = s.pinLocked() ? " 🔒" : "";
            String badge = "<span class=\"seat-state\" theme=\"badge" + theme + "\">" + Texts.html(title.getTranslation(key)) + locked + "</span>";
            // a team that submitted and then lost its screen will miss the next turn: said beside its state
            return team && s.submitted() && !s.connected()
                    ? badge + " <span class=\"seat-state\" theme=\"badge error\">" + Texts.html(title.getTranslation("console.state.disconnected")) + "</span>"
                    : badge;
        }
    }
}
