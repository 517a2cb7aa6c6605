package com.chipchain.ui;

import com.chipchain.play.SeatNames;
import com.chipchain.play.Debrief;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The debrief of a session: the class side by side (ranking by chain and by role, every chain's
 * bullwhip in small multiples, the events), then each chain's story with its score explained,
 * its charts against the benchmark bots, and a scrubber to step through the game turn by turn.
 */
final class DebriefBoard extends Div {

    private final Debrief debrief;
    private final DebriefCharts charts;

    /** @param ownChain the viewer's chain to open first, or -1 */
    DebriefBoard(Debrief debrief, int ownChain) {
        this.debrief = debrief;
        this.charts = new DebriefCharts(debrief);
        setId("debrief");
        addClassName("debrief");
        add(classSection(), events());
        for (Debrief.ChainStory chain : debrief.chains()) {
            Details details = new Details(new H2(chainTitle(chain)));
            details.setId("chain-" + (chain.chain() + 1));
            details.addClassName("chain-section");
            // a chain's story (a dozen charts) is made when it is first opened: forty closed chains cost a heading each
            boolean[] made = {false};
            Runnable make = () -> {
                if (!made[0]) {
                    made[0] = true;
                    details.add(chainSection(chain));
                }
            };
            details.addOpenedChangeListener(e -> {
                if (e.isOpened()) {
                    make.run();
                }
            });
            if (ownChain < 0 ? chain.chain() == 0 : chain.chain() == ownChain) {
                make.run();
                details.setOpened(true);
            }
            add(details);
        }
    }

    /** Small multiples read well up to this many chains; a bigger class is read from its spread. */
    static final int SMALL_MULTIPLES_UP_TO = 12;

    /**
     * The class's picture first: how the chains' scores and bullwhip spread, with the benchmark bots
     * marked. A chain's bullwhip here is its largest stage ratio (docs/debrief-guide.md).
     */
    private Component classPicture() {
        List<com.chipchain.play.Versus> scores = debrief.byChain().stream().map(Debrief.ChainRank::versus).toList();
        List<Double> bullwhip = debrief.chains().stream().map(DebriefBoard::largestRatio).filter(java.util.Objects::nonNull).toList();
        Double benchmark = debrief.benchmark() == null ? null : largestRatio(debrief.benchmark());
        Div picture = new Div();
        picture.setId("class-picture");
        picture.addClassName("class-picture");
        Div scoreBox = new Div(new H3(getTranslation("debrief.spread-scores")), ClassSpread.scores("spread-scores", scores));
        picture.add(scoreBox);
        if (!bullwhip.isEmpty()) {
            picture.add(new Div(new H3(getTranslation("debrief.spread-bullwhip")), ClassSpread.bullwhip("spread-bullwhip", bullwhip, benchmark)));
        }
        return picture;
    }

    /** A chain's bullwhip: the largest ratio of any of its stages, or null when demand never varied. */
    static Double largestRatio(Debrief.ChainStory chain) {
        return chain.bullwhip().values().stream().filter(java.util.Objects::nonNull).max(Double::compare).orElse(null);
    }

    private String chainTitle(Debrief.ChainStory chain) {
        String teams = chain.teamNames().values().stream().filter(SeatNames::isTeam)
                .collect(Collectors.joining(", "));
        return getTranslation("debrief.chain", chain.chain() + 1) + (teams.isEmpty() ? "" : " — " + teams);
    }

    private Component classSection() {
        Div box = new Div(new H2(getTranslation("debrief.class")));
        box.setId("class-section");
        box.addClassName("panel");
        Component chains = chainRanking(debrief);
        Grid<Debrief.RoleRanking> roles = grid("ranking-roles");
        // a narrow role column: on a phone the ranking text needs the width
        roles.addColumn(r -> breakable(Texts.of(r.roleName()))).setHeader(getTranslation("debrief.team.role")).setWidth("7.5em").setFlexGrow(0);
        roles.addColumn(r -> r.teams().stream()
                .map(t -> label(t.teamName(), t.chain()) + ": " + Texts.versus(t.versus()))
                .collect(Collectors.joining(" · "))).setHeader(getTranslation("debrief.by-role")).setFlexGrow(1);
        roles.setItems(debrief.byRole());
        box.add(classPicture(), chains, roles);
        if (debrief.chains().size() <= SMALL_MULTIPLES_UP_TO) {
            Div multiples = new Div();
            multiples.setId("small-multiples");
            multiples.addClassName("small-multiples");
            for (Debrief.ChainStory chain : debrief.chains()) {
                multiples.add(charts.orders(chain, true));
            }
            box.add(new H3(getTranslation("debrief.small-multiples")), multiples);
        } else {
            Paragraph open = new Paragraph(getTranslation("debrief.open-any", debrief.chains().size()));
            open.setId("debrief-open-any");
            box.add(open);
        }
        return box;
    }

    /** The chains ranked by score, each against the benchmark chain; for costs, "lower is better" said first. */
    static Component chainRanking(Debrief debrief) {
        Div ranking = new Div();
        boolean costs = !debrief.byChain().isEmpty() && debrief.byChain().get(0).versus().costs();
        if (costs) {
            ranking.add(new Paragraph(text("board.costs-note")));
        }
        // a plain table: cards on a phone, so the comparison is never scrolled out of sight
        PlainTable chains = new PlainTable("ranking-chains", List.of("#", text("debrief.by-chain"),
                text(costs ? "board.cost" : "board.score"), text("board.vs-bots")));
        int rank = 0;
        for (Debrief.ChainRank r : debrief.byChain()) {
            chains.row(List.of(String.valueOf(++rank), (text("debrief.chain", r.chain() + 1) + " " + teams(r.teamNames())).strip(),
                    Texts.score(r.versus()), Texts.versus(r.versus())));
        }
        ranking.add(chains);
        return ranking;
    }

    /** A role name that may break after a slash ("Foxconn/ Wistron") rather than inside a word. */
    private static String breakable(String name) {
        return name.replace("/", "/\u200B");
    }

    private static String text(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    private String label(String team, int chain) {
        String name = team == null || team.isBlank() ? getTranslation("debrief.open-seat") : team;
        return name + " (" + getTranslation("debrief.chain", chain + 1) + ")";
    }

    private static String teams(java.util.Map<String, String> names) {
        return names.values().stream().filter(SeatNames::isTeam).collect(Collectors.joining(", "));
    }

    private Component events() {
        Div box = new Div(new H3(getTranslation("debrief.events")));
        box.setId("debrief-events");
        box.addClassName("panel");
        OrderedList list = new OrderedList();
        int lastTurn = -1;
        ListItem item = null;
        for (Debrief.Event event : debrief.events()) {
            if (event.turn() != lastTurn) {
                item = new ListItem(new Span(event.label() + ": "));
                list.add(item);
                lastTurn = event.turn();
            }
            Span news = new Span(Texts.of(event.news()) + " ");
            news.addClassName("event-" + event.source());
            item.add(news);
        }
        box.add(list);
        return box;
    }

    private Component chainSection(Debrief.ChainStory chain) {
        Div section = new Div(score(chain), scrubber(chain));
        Div grid = new Div();
        grid.addClassName("chart-grid");
        List<LineChart> chainCharts = charts.forChain(chain);
        chainCharts.forEach(grid::add);
        section.add(grid);
        section.getChildren().filter(c -> c.getId().orElse("").startsWith("scrubber"))
                .findFirst().ifPresent(c -> ((Scrubber) c).follow(chainCharts));
        return section;
    }

    /** Chain score = team profits + each bonus, line by line, and the benchmark bots on the same seed. */
    private Component score(Debrief.ChainStory chain) {
        Debrief.Score s = chain.score();
        Div box = new Div(new H3(getTranslation("debrief.score")));
        box.setId("score-" + (chain.chain() + 1));
        box.addClassName("score-explained");
        java.math.BigDecimal cash = s.teams().stream().map(Debrief.TeamScore::cashEarned).reduce(java.math.BigDecimal.ZERO,
                java.math.BigDecimal::add);
        java.math.BigDecimal held = s.teams().stream().map(Debrief.TeamScore::heldAtEnd).reduce(java.math.BigDecimal.ZERO,
                java.math.BigDecimal::add);
        UnorderedList lines = new UnorderedList(
                new ListItem(getTranslation("debrief.score.teams", Texts.money(s.teamSum()), Texts.money(cash), Texts.money(held))),
                new ListItem(getTranslation("debrief.score.us", Texts.money(s.usContentBonus()), share(s.usContentShare()))),
                new ListItem(getTranslation("debrief.score.service", Texts.money(s.serviceBonus()), share(s.fillRate()))),
                new ListItem(getTranslation("debrief.score.chain", Texts.money(s.chain()))),
                new ListItem(getTranslation("debrief.score.bots", s.benchmarkChain() == null ? "–" : Texts.money(s.benchmarkChain()),
                        Texts.versus(s.versus()))));
        java.math.BigDecimal cooperativeChain = debrief.cooperativeChain();
        if (cooperativeChain != null && s.benchmarkChain() != null) {
            java.math.BigDecimal left = cooperativeChain.subtract(s.chain());
            // a chain that did better than the cooperating bots left nothing on the table: say so instead
            ListItem together = new ListItem(getTranslation(left.signum() > 0 ? "debrief.score.cooperative"
                            : "debrief.score.cooperative-beaten", Texts.money(cooperativeChain),
                    Texts.money(cooperativeChain.subtract(s.benchmarkChain())), Texts.money(left.abs())));
            together.setId("cooperative-" + (chain.chain() + 1));
            lines.add(together);
        }
        lines.addClassName("score-lines");
        Grid<Debrief.TeamScore> teams = grid("teams-" + (chain.chain() + 1));
        teams.addColumn(t -> Texts.of(t.roleName())).setHeader(getTranslation("debrief.team.role")).setAutoWidth(true);
        teams.addColumn(t -> t.teamName().isBlank() ? getTranslation("debrief.open-seat") : t.teamName())
                .setHeader(getTranslation("debrief.team.team")).setAutoWidth(true);
        teams.addColumn(t -> Texts.money(t.profit())).setHeader(getTranslation("debrief.team.profit")).setAutoWidth(true);
        teams.addColumn(t -> Texts.money(t.heldAtEnd())).setHeader(getTranslation("debrief.team.held")).setAutoWidth(true);
        teams.addColumn(t -> t.botProfit() == null ? "–" : Texts.money(t.botProfit())).setHeader(getTranslation("debrief.team.bot"))
                .setAutoWidth(true);
        teams.addColumn(t -> Texts.versus(t.versus())).setHeader(getTranslation("debrief.team.vs")).setAutoWidth(true);
        teams.setItems(s.teams());
        box.add(lines, teams);
        Paragraph bullwhip = new Paragraph(getTranslation("debrief.bullwhip-line", chain.bullwhip().entrySet().stream()
                .map(e -> roleName(chain, e.getKey()) + " " + (e.getValue() == null ? "–" : String.format(Texts.locale(), "%.2f", e.getValue())))
                .collect(Collectors.joining(" · "))));
        bullwhip.setId("bullwhip-" + (chain.chain() + 1));
        box.add(bullwhip);
        return box;
    }

    private String roleName(Debrief.ChainStory chain, String roleId) {
        return chain.roles().stream().filter(r -> r.roleId().equals(roleId)).map(r -> Texts.of(r.roleName())).findFirst().orElse(roleId);
    }

    private static String share(double value) {
        return String.format(Texts.locale(), "%.1f %%", 100 * value);
    }

    private Scrubber scrubber(Debrief.ChainStory chain) {
        return new Scrubber(chain);
    }

    private static <T> Grid<T> grid(String id) {
        Grid<T> grid = new Grid<>();
        if (id != null) {
            grid.setId(id);
        }
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }

    /** A slider over the turns: shows every seat's books after that turn and marks the turn on the charts. */
    private static final class Scrubber extends Div {
        private final Debrief.ChainStory chain;
        private final Input range = new Input(ValueChangeMode.EAGER);
        private final Span turnLabel = new Span();
        private final Grid<Debrief.SeatLine> books = grid(null);
        private List<LineChart> charts = List.of();

        Scrubber(Debrief.ChainStory chain) {
            this.chain = chain;
            int n = chain.turns().size();
            setId("scrubber-" + (chain.chain() + 1));
            addClassName("scrubber");
            range.setType("range");
            range.setId("scrubber-range-" + (chain.chain() + 1));
            range.getElement().setAttribute("min", "1");
            range.getElement().setAttribute("max", String.valueOf(Math.max(1, n)));
            range.getElement().setAttribute("aria-label", getTranslation("debrief.scrubber-aria"));
            range.setValue(String.valueOf(Math.max(1, n)));
            turnLabel.setId("scrubber-turn-" + (chain.chain() + 1));
            turnLabel.addClassName("scrubber-turn");
            books.setId("scrubber-books-" + (chain.chain() + 1));
            books.addColumn(l -> Texts.of(l.roleName())).setHeader(getTranslation("debrief.team.role")).setAutoWidth(true);
            books.addColumn(l -> Texts.number(l.inventory())).setHeader(getTranslation("debrief.snapshot.stock")).setAutoWidth(true);
            books.addColumn(l -> Texts.number(l.backlog())).setHeader(getTranslation("debrief.snapshot.owed")).setAutoWidth(true);
            books.addColumn(l -> Texts.money(l.cash())).setHeader(getTranslation("debrief.snapshot.cash")).setAutoWidth(true);
            books.addColumn(l -> Texts.number(l.ordered())).setHeader(getTranslation("debrief.snapshot.ordered")).setAutoWidth(true);
            books.addColumn(l -> Texts.number(l.shipped())).setHeader(getTranslation("debrief.snapshot.shipped")).setAutoWidth(true);
            range.addValueChangeListener(e -> show(parse(e.getValue())));
            Div bar = new Div(new Span(getTranslation("debrief.scrubber")), range, turnLabel);
            bar.addClassName("scrubber-bar");
            add(bar, books);
            show(n);
        }

        void follow(List<LineChart> charts) {
            this.charts = charts;
            show(parse(range.getValue()));
        }

        private int parse(String value) {
            try {
                return Math.max(1, Math.min(chain.turns().size(), Integer.parseInt(value)));
            } catch (NumberFormatException e) {
                return chain.turns().size();
            }
        }

        private void show(int turn) {
            if (chain.turns().isEmpty()) {
                turnLabel.setText(getTranslation("debrief.no-turns"));
                return;
            }
            Debrief.TurnSnapshot snapshot = chain.turns().get(turn - 1);
            turnLabel.setText(snapshot.label());
            books.setItems(snapshot.seats());
            charts.forEach(c -> c.setCursor(turn - 1));
        }
    }
}
