package com.chipchain.ui;

import com.chipchain.play.Debrief;
import com.chipchain.play.DebriefService;
import com.chipchain.play.LiveBoard;
import com.chipchain.play.PlayException;
import com.chipchain.play.SessionBroadcaster;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.chipchain.play.accounts.SessionAccess;
import jakarta.annotation.security.RolesAllowed;

/**
 * The facilitator's debrief: during play a live view of every team's books, and at any time every
 * chain's story, the scores explained and the class's data to download. It refreshes when a turn
 * resolves.
 */
@Route(value = "debrief/:session", layout = MainLayout.class)
@RolesAllowed(SecurityConfig.FACILITATOR)
public class DebriefView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DebriefService debriefs;
    private String sessionId;

    private final SessionAccess access;

    public DebriefView(DebriefService debriefs, SessionBroadcaster broadcaster, SessionAccess access) {
        this.debriefs = debriefs;
        this.access = access;
        setId("debrief-view");
        addClassName("debrief-page");
        setWidthFull();
        new LiveSession(this, broadcaster, () -> sessionId, this::refresh, null);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sessionId = event.getRouteParameters().get("session").orElse("");
        // checked here, on the teacher's own request: pushed refreshes run without a login at hand
        if (!access.mayRun(SignedIn.teacher(), sessionId)) {
            sessionId = null;
            removeAll();
            add(new Paragraph(getTranslation("refusal.no-such-game")));
            return;
        }
        refresh();
    }

    private void refresh() {
        if (sessionId == null) {
            return;
        }
        removeAll();
        try {
            Debrief debrief = debriefs.debrief(sessionId);
            Anchor console = new Anchor("facilitator/" + sessionId, getTranslation("debrief.back"));
            console.addClassName("no-print");
            add(console, new H1(getTranslation("debrief.title", Texts.of(debrief.scenarioTitle()))));
            if (!debrief.finished()) {
                add(live(debriefs.live(sessionId)));
            }
            add(new DebriefExports(debriefs, sessionId, debrief.chains().size()));
            if (debrief.labels().isEmpty()) {
                add(new Paragraph(getTranslation("debrief.no-turns")));
            } else {
                add(new DebriefBoard(debrief, -1));
            }
        } catch (PlayException e) {
            add(new Paragraph(Refusals.of(this, e)));
        }
    }

    /** Every team's books after the last resolved turn, marked where backlog or debt keeps growing. */
    private Component live(LiveBoard board) {
        Div box = new Div(new H2(getTranslation("debrief.live", board.lastLabel())), new Paragraph(getTranslation("debrief.live.flags")));
        box.setId("live-board");
        box.addClassName("panel");
        for (LiveBoard.LiveChain chain : board.chains()) {
            Grid<LiveBoard.LiveSeat> grid = new Grid<>();
            grid.setId("live-chain-" + (chain.chain() + 1));
            grid.setAllRowsVisible(true);
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.addColumn(s -> getTranslation("debrief.chain", chain.chain() + 1) + " · " + Texts.of(s.roleName()))
                    .setHeader(getTranslation("debrief.team.role")).setAutoWidth(true);
            grid.addColumn(s -> s.teamName().isBlank() ? getTranslation("debrief.open-seat") : s.teamName())
                    .setHeader(getTranslation("debrief.team.team")).setAutoWidth(true);
            grid.addColumn(s -> Texts.number(s.inventory())).setHeader(getTranslation("debrief.snapshot.stock")).setAutoWidth(true);
            grid.addColumn(s -> Texts.number(s.backlog()) + (s.backlogGrowing() ? " ▲" : ""))
                    .setHeader(getTranslation("debrief.snapshot.owed")).setAutoWidth(true);
            grid.addColumn(s -> Texts.money(s.cash()) + (s.debtGrowing() ? " ▼" : ""))
                    .setHeader(getTranslation("debrief.snapshot.cash")).setAutoWidth(true);
            grid.addColumn(s -> Texts.number(s.lastOrders())).setHeader(getTranslation("debrief.snapshot.ordered")).setAutoWidth(true);
            grid.setPartNameGenerator(s -> s.backlogGrowing() || s.debtGrowing() ? "warning" : null);
            grid.setItems(chain.seats());
            box.add(grid);
        }
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("debrief.page-title");
    }
}
