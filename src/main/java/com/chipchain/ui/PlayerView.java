package com.chipchain.ui;

import com.chipchain.play.DecisionInput;
import com.chipchain.play.PlayException;
import com.chipchain.play.ScreenService;
import com.chipchain.play.SeatScreen;
import com.chipchain.play.SessionBroadcaster;
import com.chipchain.play.DecisionIntake;
import com.chipchain.play.SeatDesk;
import com.chipchain.play.SeatTicket;
import com.chipchain.play.SessionStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

/**
 * The player console of one seat: briefing, books by site, news and tariffs, the decision form
 * with a cost preview, who has submitted, the turn clock, and charts of the seat's history.
 * The seat token in the address is the team's key; it is also kept in the browser for rejoining.
 */
@Route(value = "seat/:token", layout = MainLayout.class)
@AnonymousAllowed
public class PlayerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ScreenService screens;
    private final DecisionIntake sessions;
    private final SeatDesk seats;
    private final com.chipchain.play.DebriefService debriefs;
    private final SessionBroadcaster broadcaster;

    private String token;
    private SeatTicket ticket;
    private SeatScreen screen;
    private int shownTurn = -1;
    private SessionStatus shownStatus;

    private final H2 title = new H2();
    private final Span turnLabel = new Span();
    private final Span statusBadge = new Span();
    private final Span pin = new Span();
    private final TurnClockDisplay clock = new TurnClockDisplay();
    private final Slot messages = new Slot();
    private final Div chainStatus = new Div();
    /** Who in the chain has submitted (markup), and below it how many of the class's teams have. */
    private final Div chainSeats = new Div();
    private final Paragraph classCount = new Paragraph();
    private String chainStatusShown;
    private final Div body = new Div();
    private final Div previewArea = new Div();
    private final Button previewButton = new Button();
    private final Button submitButton = new Button();
    private final Span submitState = new Span();

    private DecisionForm form;
    private ScreenLayout layout;
    private int formTurn = -1;

    public PlayerView(ScreenService screens, DecisionIntake sessions, SeatDesk seats, SessionBroadcaster broadcaster,
                      com.chipchain.play.DebriefService debriefs) {
        this.screens = screens;
        this.sessions = sessions;
        this.seats = seats;
        this.debriefs = debriefs;
        this.broadcaster = broadcaster;
        setId("player");
        addClassName("player-view");
        configureHeader();
        configureButtons();
        add(header(), messages.box, body);
        // a heartbeat every tick: the facilitator sees the seat as connected while this screen is open
        new LiveSession(this, broadcaster, () -> screen == null ? null : screen.sessionId(),
                () -> screen == null ? null : screen.chain(), change -> {
                    if (screen != null && !change.concerns(screen.chain())) {
                        otherChainChanged();
                    } else {
                        refresh();
                    }
                }, this::heartbeat);
    }

    private void heartbeat() {
        try {
            seats.heartbeat(token);
        } catch (PlayException e) {
            // the seat is gone: nothing to keep alive
        }
    }

    private Component header() {
        title.addClassName("seat-title");
        turnLabel.setId("turn-label");
        turnLabel.addClassName("turn-label");
        statusBadge.setId("game-status");
        statusBadge.getElement().getThemeList().add("badge");
        clock.setId("turn-clock");
        pin.setId("rejoin-pin");
        pin.addClassName("rejoin-pin");
        HorizontalLayout bar = new HorizontalLayout(title, turnLabel, statusBadge, pin, clock);
        bar.setAlignItems(Alignment.BASELINE);
        bar.setWidthFull();
        bar.addClassName("seat-header");
        return bar;
    }

    private void configureHeader() {
        messages.box.setId("messages");
        messages.box.addClassName("broadcasts");
        chainStatus.setId("chain-status");
        chainStatus.addClassName("chain-status");
        classCount.setId("class-count");
        chainStatus.add(chainSeats, classCount);
    }

    private void configureButtons() {
        previewButton.setText(getTranslation("form.preview"));
        previewButton.setId("preview");
        previewButton.addClickListener(e -> preview());
        submitButton.setText(getTranslation("form.submit"));
        submitButton.setId("submit");
        submitButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submitButton.addClickListener(e -> submit());
        submitButton.setDisableOnClick(true);
        submitState.setId("submit-state");
        previewArea.setId("preview-area");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        try {
            ticket = seats.ticket(token);
            screen = screens.seat(ticket);
        } catch (PlayException e) {
            body.removeAll();
            messages.box.removeAll();
            messages.forget();
            title.setText(getTranslation("player.unknown-seat"));
            body.add(new Paragraph(Refusals.of(this, e)), new RouterLink(getTranslation("player.back-home"), HomeView.class));
            screen = null;
            return;
        }
        getElement().executeJs("localStorage.setItem('chipchain.seat', $0)", token);
        heartbeat();
        render(true);
    }

    private void refresh() {
        if (ticket == null) {
            return;
        }
        SeatScreen latest;
        try {
            latest = screens.seat(ticket);
        } catch (PlayException e) {
            return;
        }
        if (screen != null && latest.version() == screen.version() && latest.turn() == screen.turn()) {
            return; // already showing this change (e.g. a submit's own refresh, then its broadcast)
        }
        screen = latest;
        render(screen.turn() != shownTurn || screen.status() != shownStatus);
    }

    /** Redraws the status parts every time, and the books, news, charts and form only when the turn or status changed. */
    private void render(boolean everything) {
        title.setText(getTranslation("player.title", screen.teamName(), Texts.of(screen.roleName()), screen.chain() + 1));
        turnLabel.setText(screen.status() == SessionStatus.FINISHED ? getTranslation("player.final")
                : getTranslation("player.turn", screen.turnLabel(), screen.turn(), screen.turnCount()));
        statusBadge.setText(getTranslation("status." + screen.status().name().toLowerCase()));
        pin.setText(screen.rejoinPin() == null ? "" : getTranslation("player.pin", screen.rejoinPin()));
        pin.setTitle(getTranslation("player.pin-help"));
        clock.show(screen.status() == SessionStatus.RUNNING ? screen.deadline() : null, "");
        renderMessages();
        renderChainStatus();
        if (everything) {
            shownTurn = screen.turn();
            shownStatus = screen.status();
            if (screen.status() == SessionStatus.FINISHED) {
                layout = null;
                body.removeAll();
                body.add(finalColumns());
            } else {
                updateColumns();
            }
        }
        renderSubmitState();
    }

    /** The latest broadcast, sent again only when it changed. */
    private void renderMessages() {
        List<com.chipchain.play.Broadcast> all = screen.messages();
        com.chipchain.play.Broadcast latest = all.isEmpty() ? null : all.get(all.size() - 1);
        messages.show(latest == null ? "" : latest, () -> {
            // a message to this chain alone says so: the team knows the teacher means them
            Span line = new Span(latest == null ? "" : getTranslation(latest.toClass() ? "player.message" : "player.chain-message", latest.text()));
            if (latest != null) {
                line.getElement().getThemeList().add("badge contrast");
            }
            return line;
        });
    }

    /**
     * Who in the chain has submitted: one piece of markup, sent again only when it changed. It changes
     * with every submission of the chain, so it is the part of a screen that is redrawn most often.
     */
    private void renderChainStatus() {
        StringBuilder html = new StringBuilder("<h3>").append(Texts.html(getTranslation("player.who-submitted"))).append("</h3><ul>");
        for (SeatScreen.ChainSeat seat : screen.chainSeats()) {
            String who = seat.bot() ? getTranslation("player.bot") : seat.teamName();
            String state = getTranslation(seat.bot() ? "console.state.bot" : seat.submitted() ? "console.state.submitted" : "console.state.waiting");
            html.append("<li class=\"").append(seat.submitted() ? "submitted" : "waiting").append("\" data-role=\"")
                    .append(Texts.html(seat.roleId())).append("\"><span theme=\"badge ").append(seat.submitted() ? "success" : "contrast")
                    .append("\">").append(Texts.html(state)).append("</span> ")
                    .append(Texts.html(Texts.of(seat.roleName()) + " — " + who)).append("</li>");
        }
        html.append("</ul>");
        String markup = html.toString();
        // one property on one element, set only when it changed: no component is made or dropped per submission
        if (!markup.equals(chainStatusShown)) {
            chainStatusShown = markup;
            chainSeats.getElement().setProperty("innerHTML", markup);
        }
        showClassCount(screen.teamsSubmitted(), screen.teamsTotal());
    }

    private void showClassCount(int submitted, int total) {
        String text = getTranslation("player.teams-in", submitted, total);
        if (!text.equals(classCount.getText())) {
            classCount.setText(text);
        }
    }

    /**
     * Another chain's change (at most every two seconds): only the class's count can have moved, so
     * only it is read and redrawn, not the whole seat screen.
     */
    private void otherChainChanged() {
        if (screen == null) {
            return;
        }
        int[] count = screens.classCount(screen.sessionId());
        showClassCount(count[0], count[1]);
    }

    /** Sets a button's state only when it changes: each setting is a call to the browser, and every submission refreshes five screens. */
    private static void enable(Button button, boolean enabled) {
        if (button.isEnabled() != enabled) {
            button.setEnabled(enabled);
        }
    }

    private void renderSubmitState() {
        boolean open = screen.status() == SessionStatus.RUNNING && !screen.submitted();
        enable(submitButton, open);
        String submitText = getTranslation(screen.openingTurn() ? "form.confirm" : "form.submit");
        if (!submitText.equals(submitButton.getText())) {
            submitButton.setText(submitText); // a button's text is a new node each time it is set
        }
        enable(previewButton, screen.status() != SessionStatus.FINISHED);
        if (form != null) {
            form.setEditable(open && !screen.openingTurn());
        }
        submitState.setText(screen.status() == SessionStatus.FINISHED ? ""
                : screen.submitted() ? getTranslation("form.submitted")
                : screen.status() == SessionStatus.RUNNING ? "" : getTranslation("status." + screen.status().name().toLowerCase()));
    }

    /**
     * The columns stay on the page from turn to turn; each panel is drawn again only when what it
     * shows changed, and the form is kept when the new turn starts with the same fields and values.
     * A turn then costs each screen its changed panels, not a new page (docs/performance.md).
     */
    private void updateColumns() {
        if (layout == null) {
            layout = new ScreenLayout();
            body.removeAll();
            body.add(layout.columns);
        }
        SeatPanels panels = new SeatPanels(this, screen);
        layout.briefing.show(screen.briefing(), panels::briefing);
        layout.map.show(screen.chainMap());
        layout.books.show(screen);
        layout.lastTurn.show(java.util.Arrays.asList(screen.lastTurn()), panels::lastTurnMarkup);
        layout.news.show(List.of(screen.news(), screen.lastNews(), screen.tariffs()), panels::newsMarkup);
        layout.charts.show(screen.history(), screen.moneyUnit());
        if (form != null && formTurn == screen.turn()) {
            return; // a pause or a resume: what the team has typed stays in the form
        }
        formTurn = screen.turn();
        if (form != null && form.refill(screen)) {
            previewArea.removeAll();
        } else {
            layout.form.removeAll();
            layout.form.add(decisionForm(new DecisionForm(screen)));
        }
    }

    /** The player's page during the game: a left column of panels, the form and the chain's progress, the charts. */
    private final class ScreenLayout {
        final Slot briefing = new Slot();
        final ChainMapSvg.Drawing map = new ChainMapSvg.Drawing("chain-map");
        final BooksPanel books = new BooksPanel(PlayerView.this);
        final MarkupSlot lastTurn = new MarkupSlot("last-turn");
        final MarkupSlot news = new MarkupSlot("news");
        final ChartsPanel charts = new ChartsPanel();
        final Div form = new Div();
        final FlexLayout columns = new FlexLayout();

        ScreenLayout() {
            columns.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            columns.addClassName("player-columns");
            Div left = new Div(briefing.box, SeatPanels.chainMapPanel(PlayerView.this, map), books, lastTurn.box, news.box);
            left.addClassName("player-column");
            Div right = new Div(form, chainStatus);
            right.addClassName("player-column");
            columns.add(left, right, charts);
        }
    }

    private Component finalColumns() {
        FlexLayout columns = new FlexLayout();
        columns.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        columns.addClassName("player-columns");
        SeatPanels panels = new SeatPanels(this, screen);
        Div left = new Div(panels.briefing(), SeatPanels.chainMapPanel(this, new ChainMapSvg.Drawing("chain-map").show(screen.chainMap())),
                panels.books(), panels.lastTurn(), panels.newsAndTariffs());
        left.addClassName("player-column");
        Div right = new Div(new OutcomePanel(debriefs.soloOutcome(token), token), new H3(getTranslation("player.final")),
                new LeaderboardList(screen.leaderboard(), screen.chain(), true));
        right.addClassName("player-column");
        // at the end the result comes first: on a phone it is the first thing below the title
        columns.add(right, left, new ChartsPanel().show(screen.history(), screen.moneyUnit()));
        form = null;
        return columns;
    }

    private Component decisionForm(DecisionForm fresh) {
        form = fresh;
        HorizontalLayout buttons = new HorizontalLayout(previewButton, submitButton, submitState);
        buttons.setAlignItems(Alignment.BASELINE);
        buttons.addClassName("form-buttons");
        previewArea.removeAll();
        form.add(buttons, previewArea);
        return form;
    }

    private void preview() {
        DecisionInput input = form.read();
        if (input == null) {
            return;
        }
        try {
            SeatScreen.Preview p = sessions.preview(token, input);
            previewArea.removeAll();
            previewArea.add(new H3(getTranslation("preview.title")), new SeatPanels(this, screen).money(p),
                    new Paragraph(getTranslation("preview.note")));
        } catch (PlayException e) {
            form.showRefusal(e);
        }
    }

    /** Whatever happens, the click ends in a message or the next state, and never with Submit stuck disabled. */
    private void submit() {
        try {
            DecisionInput input = form.read();
            if (input != null) {
                sessions.submit(token, screen.turn(), input);
            }
        } catch (PlayException e) {
            form.showRefusal(e);
        } catch (RuntimeException e) {
            form.say(getTranslation("form.failed"));
        } finally {
            refresh();
            submitButton.setEnabled(screen.status() == SessionStatus.RUNNING && !screen.submitted());
        }
    }

    @Override
    public String getPageTitle() {
        return screen == null ? getTranslation("app.name") : getTranslation("player.page-title", Texts.of(screen.roleName()));
    }
}
