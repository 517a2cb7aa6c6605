package com.chipchain.ui;

import com.chipchain.play.LeaderboardEntry;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.stream.Collectors;

/** The leaderboard: chains by score, against the benchmark bots, with each team's profit. */
final class LeaderboardGrid {

    private LeaderboardGrid() {}

    /** @param ownChain the viewer's chain to highlight, or -1 */
    static Grid<LeaderboardEntry> of(List<LeaderboardEntry> entries, int ownChain) {
        Grid<LeaderboardEntry> grid = new Grid<>();
        grid.setId("leaderboard");
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("leaderboard");
        grid.addColumn(e -> String.valueOf(entries.indexOf(e) + 1)).setHeader(grid.getTranslation("board.rank")).setFlexGrow(0).setWidth("4em");
        grid.addColumn(e -> grid.getTranslation("board.chain", e.chain() + 1)).setHeader(grid.getTranslation("board.chain-header")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> Texts.money(e.chainScore())).setHeader(grid.getTranslation("board.score")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> Texts.percent(e.percentVsBots())).setHeader(grid.getTranslation("board.vs-bots")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.teamNames().entrySet().stream()
                .sorted((a, b) -> Boolean.compare(a.getValue().startsWith("bot:"), b.getValue().startsWith("bot:")))
                .map(t -> t.getValue() + " " + Texts.money(e.teamProfits().get(t.getKey()))
                        + " (" + grid.getTranslation("board.vs-own-bot", Texts.percent(e.teamPercentVsOwnBot().get(t.getKey()))) + ")")
                .collect(Collectors.joining(" · "))).setHeader(grid.getTranslation("board.teams")).setFlexGrow(1);
        grid.setPartNameGenerator(e -> e.chain() == ownChain ? "own-chain" : null);
        grid.setItems(entries);
        return grid;
    }
}
