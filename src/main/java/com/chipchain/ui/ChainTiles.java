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

    /**
     * One chain's tile: its name (the button that opens it), a summary and seat list that change with
     * joins and turns (one piece of markup), and each seat's state as its own small element: a
     * submission re-sends one badge, not the tile.
     */
    private final class Tile {
        final Div box = new Div();
        final Button title = new Button();
        final Div summary = new Div();
        final Div seats = new Div();
        private final List<Div> rows = new ArrayList<>();
        private final List<com.vaadin.flow.component.html.Span> who = new ArrayList<>();
        private final List<com.vaadin.flow.component.html.Span> states = new ArrayList<>();
        private final List<String> shownWho = new ArrayList<>();
        private final List<String> shownStates = new ArrayList<>();
        private String shownSummary;
        private Boolean shownAttention;

        Tile(int chain) {
            box.addClassName("chain-tile");
            box.setId("tile-" + (chain + 1));
            title.setId("open-chain-" + (chain + 1));
            title.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            title.addClassName("chain-tile-open");
            title.addClickListener(e -> open.accept(chain));
            summary.addClassName("chain-tile-summary");
            seats.addClassName("chain-tile-seats");
            box.add(title, summary, seats);
        }

        void draw(ChainTile t) {
            String heading = title.getTranslation("board.chain", t.chain() + 1) + " ›";
            if (!heading.equals(title.getText())) {
                title.setText(heading);
            }
            String summaryMarkup = t.versus() == null ? ""
                    : "<b>#" + t.rank() + "</b> " + Texts.html(Texts.versus(t.versus()));
            if (!summaryMarkup.equals(shownSummary)) {
                shownSummary = summaryMarkup;
                summary.getElement().setProperty("innerHTML", summaryMarkup);
            }
            while (rows.size() < t.seats().size()) {
                com.vaadin.flow.component.html.Span line = new com.vaadin.flow.component.html.Span();
                com.vaadin.flow.component.html.Span state = new com.vaadin.flow.component.html.Span();
                state.addClassName("seat-state");
                Div row = new Div(line, state);
                rows.add(row);
                who.add(line);
                states.add(state);
                shownWho.add(null);
                shownStates.add(null);
                seats.add(row);
            }
            for (int i = 0; i < t.seats().size(); i++) {
                SeatStatus s = t.seats().get(i);
                String line = whoMarkup(s);
                if (!line.equals(shownWho.get(i))) {
                    shownWho.set(i, line);
                    who.get(i).getElement().setProperty("innerHTML", line);
                    rows.get(i).setClassName("no-team", !(s.kind() == SeatStatus.Kind.TEAM || s.handedToBot()));
                }
                String state = s.kind() == SeatStatus.Kind.TEAM ? state(s) : "";
                if (!state.equals(shownStates.get(i))) {
                    shownStates.set(i, state);
                    String[] parts = state.split("\\|", 2);
                    com.vaadin.flow.component.html.Span badge = states.get(i);
                    badge.setText(parts[0]);
                    badge.setVisible(!state.isEmpty());
                    badge.getElement().setAttribute("theme", parts.length > 1 ? parts[1] : "badge");
                }
            }
            boolean attention = t.disconnected() > 0 || t.pinsLocked() > 0;
            if (!Boolean.valueOf(attention).equals(shownAttention)) {
                shownAttention = attention;
                box.setClassName("needs-attention", attention);
            }
        }

        /** The seat's role and who plays it; a seat without a team is grey and has no badge, so the teams stand out. */
        private String whoMarkup(SeatStatus s) {
            String name = SeatWords.who(title, s);
            return "<i>" + Texts.html(shortName(Texts.of(s.roleName()))) + "</i><b>" + Texts.html(name) + "</b>";
        }

        /** A role's name without its company in brackets ("Foundry (TSMC)" -> "Foundry"): the chain dialog has the whole name. */
        private static String shortName(String role) {
            int bracket = role.indexOf(" (");
            return bracket > 0 ? role.substring(0, bracket) : role;
        }

        /** The state's words and badge theme, "words|theme". */
        private String state(SeatStatus s) {
            String key = finished ? "console.state.done" : SeatWords.stateKey(s);
            String theme = finished ? "badge" : s.submitted() ? "badge success" : !s.connected() ? "badge error" : "badge";
            String words = title.getTranslation(key) + (s.pinLocked() ? " 🔒" : "");
            // a team that submitted and then lost its screen will miss the next turn: said beside its state
            if (!finished && s.submitted() && !s.connected()) {
                words += " · " + title.getTranslation("console.state.disconnected");
                theme = "badge error";
            }
            return words + "|" + theme;
        }
    }
}
