package com.chipchain.ui;

import com.chipchain.play.DebriefService;
import com.chipchain.play.LeaderboardEntry;
import com.chipchain.play.PlayException;
import com.chipchain.play.ScenarioFacts;
import com.chipchain.play.ScenarioChoices;
import com.chipchain.play.ScreenService;
import com.chipchain.play.SeatStatus;
import com.chipchain.play.SessionBroadcaster;
import com.chipchain.play.SessionInfo;
import com.chipchain.play.EventTimeline;
import com.chipchain.play.FacilitatorCommands;
import com.chipchain.play.SessionBoard;
import com.chipchain.play.Standings;
import com.chipchain.play.SessionStatus;
import com.chipchain.play.ShockInput;
import com.chipchain.play.SeatDesk;
import com.chipchain.play.accounts.SessionAccess;
import com.chipchain.play.accounts.Teacher;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Supplier;

/**
 * The facilitator's console for one session: join code and link, the grid of chains x seats,
 * start / pause / resume / close turn / end, shocks, messages, shared demand and the leaderboard.
 */
@Route(value = "facilitator/:session", layout = MainLayout.class)
@RolesAllowed(SecurityConfig.FACILITATOR)
public class FacilitatorConsoleView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final FacilitatorCommands sessions;
    private final SessionBoard sessionBoard;
    private final Standings standings;
    private final ScreenService screens;
    private final ScenarioChoices scenarios;
    private String sessionId;

    private final Span code = new Span();
    private final Span joinLink = new Span();
    private final Span status = new Span();
    private final Span turn = new Span();
    private final TurnClockDisplay clock = new TurnClockDisplay();
    private final Slot leaderboard = new Slot();
    /** Empty during play; at the end, the way into the debrief (the ranking, the main charts, the exports). */
    private final Slot gameOver = new Slot();
    private final DebriefService debriefs;
    private final Button start = new Button();
    private final Button pause = new Button();
    private final Button resume = new Button();
    private final Button close = new Button();
    private final Button end = new Button();
    private final Checkbox shared = new Checkbox();
    private final TimelinePanel timeline = new TimelinePanel();
    private final EventTimeline events;
    /** Shocks and messages: nothing to send once the game is over. */
    private final List<com.vaadin.flow.component.HasEnabled> duringPlay = new java.util.ArrayList<>();
    private boolean finished;
    private final SessionAccess access;
    private final SeatDesk seatDesk;
    /** The teacher who opened the console (pushed refreshes run without the login at hand). */
    private Teacher me;
    private final Slot lockedPins = new Slot();
    private final com.chipchain.play.ClassOverview classOverview;
    /** The class as tiles; made for the session the console opened. */
    private ClassOverviewPanel overview;

    public FacilitatorConsoleView(FacilitatorCommands sessions, SessionBoard sessionBoard, Standings standings, ScreenService screens,
                                 EventTimeline events, SessionBroadcaster broadcaster, DebriefService debriefs,
                                 SessionAccess access, SeatDesk seats, ScenarioChoices scenarios,
                                 com.chipchain.play.ClassOverview classOverview) {
        this.classOverview = classOverview;
        this.access = access;
        this.scenarios = scenarios;
        this.seatDesk = seats;
        this.events = events;
        this.debriefs = debriefs;
        this.sessions = sessions;
        this.sessionBoard = sessionBoard;
        this.standings = standings;
        this.screens = screens;
        setId("console");
        // seats whose screens stop sending heartbeats turn "disconnected" without any event: look again every tick
        new LiveSession(this, broadcaster, () -> sessionId, this::refresh,
                this::showSeats);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sessionId = event.getRouteParameters().get("session").orElse("");
        removeAll();
        overview = null;
        gameOver.forget();
        lockedPins.forget();
        me = SignedIn.teacher();
        SessionInfo info;
        try {
            access.require(me, sessionId);
            info = sessionBoard.info(sessionId);
        } catch (PlayException e) {
            add(new H2(Refusals.of(this, e)));
            sessionId = null;
            return;
        }
        ScenarioFacts facts = scenarios.facts(info);
        gameOver.box.setWidthFull();
        lockedPins.box.setId("locked-pins");
        lockedPins.box.setWidthFull();
        overview = new ClassOverviewPanel(classOverview, sessions, seatDesk, sessionId, info.chains(), this::act);
        add(header(facts, info), gameOver.box, controls(), new H3(getTranslation("console.seats")), lockedPins.box, overview,
                tools(facts), timeline, new H3(getTranslation("console.leaderboard")), leaderboard.box,
                new CoFacilitatorsPanel(access, me, sessionId, this::act));
        refresh();
    }

    private Component header(ScenarioFacts facts, SessionInfo info) {
        code.setId("session-code");
        code.addClassName("join-code-big");
        joinLink.setId("join-link");
        status.setId("session-status");
        status.getElement().getThemeList().add("badge");
        turn.setId("session-turn");
        clock.setId("console-clock");
        Anchor projector = new Anchor("projector/" + sessionId, getTranslation("console.projector"));
        projector.setTarget("_blank");
        projector.setId("projector-link");
        Anchor debrief = new Anchor("debrief/" + sessionId, getTranslation("console.debrief"));
        debrief.setId("debrief-link");
        // the address is known from the moment the session exists: students can join before the first one has
        String address = JoinQr.address(info.joinCode());
        joinLink.setText(getTranslation("console.join-link", address, info.joinCode()));
        Div join = new Div(new Span(getTranslation("console.code")), code, new Paragraph(joinLink));
        join.addClassName("join-text");
        Div joinBox = new Div(join, JoinQr.image(address, getTranslation("console.qr-alt", address)));
        joinBox.addClassName("join-box");
        Div box = new Div(new H2(Texts.of(facts.title())), joinBox, wrapping(new HorizontalLayout(status, turn, clock, projector, debrief)));
        box.addClassName("panel");
        return box;
    }

    private Component controls() {
        configure(start, "start", "console.start", () -> sessions.start(sessionId));
        configure(pause, "pause", "console.pause", () -> sessions.pause(sessionId));
        configure(resume, "resume", "console.resume", () -> sessions.resume(sessionId));
        configure(close, "close-turn", "console.close-turn", () -> sessions.closeTurnNow(sessionId));
        end.setText(getTranslation("console.end"));
        end.setId("end-game");
        end.addClickListener(e -> confirmEnd());
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        end.addThemeVariants(ButtonVariant.LUMO_ERROR);
        shared.setLabel(getTranslation("console.shared-demand"));
        shared.setId("shared-demand");
        shared.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                act(() -> sessions.setSharedDemand(sessionId, e.getValue()));
            }
        });
        HorizontalLayout bar = new HorizontalLayout(start, pause, resume, close, end, shared);
        bar.setAlignItems(Alignment.BASELINE);
        return wrapping(bar);
    }

    private static FlexLayout shockFields(FlexLayout fields) {
        fields.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        fields.getStyle().set("gap", "var(--lumo-space-s)");
        return fields;
    }

    /** A row of controls that wraps onto the next line on a narrow screen instead of running off it. */
    private static HorizontalLayout wrapping(HorizontalLayout row) {
        row.addClassName("wrap-row");
        return row;
    }

    /** Ending cannot be undone: the teacher confirms it first. */
    private void confirmEnd() {
        com.vaadin.flow.component.confirmdialog.ConfirmDialog dialog = new com.vaadin.flow.component.confirmdialog.ConfirmDialog(
                getTranslation("console.end-title"), getTranslation("console.end-text"),
                getTranslation("console.end-confirm"), confirmed -> act(() -> sessions.end(sessionId)));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("console.end-cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setId("end-dialog");
        dialog.open();
    }

    private void configure(Button button, String id, String key, Supplier<SessionInfo> action) {
        button.setText(getTranslation(key));
        button.setId(id);
        button.addClickListener(e -> act(action::get));
    }

    private void act(Runnable action) {
        try {
            action.run();
            refresh();
        } catch (PlayException e) {
            Notification.show(Refusals.of(this, e), 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** Called on every change and every clock tick: a tile is sent again only when its chain changed. */
    private void showSeats() {
        if (overview == null) {
            return;
        }
        overview.refresh(finished);
        showLockedPins(overview.seats().filter(SeatStatus::pinLocked).toList());
    }

    /**
     * Seats whose PIN stopped working after too many wrong tries: the teacher lets the team back in
     * (Unlock) or, when the PIN may have been seen, gives it a new one.
     */
    private void showLockedPins(List<SeatStatus> locked) {
        List<String> keys = locked.stream().map(s -> s.chain() + "/" + s.roleId() + "/" + s.rejoinPin()).toList();
        lockedPins.show(keys, () -> {
            Div box = new Div();
            if (locked.isEmpty()) {
                return box;
            }
            box.addClassName("panel");
            box.addClassName("locked-pins");
            box.add(new H3(getTranslation("console.locked-title")), new Paragraph(getTranslation("console.locked-help",
                    com.chipchain.play.SeatDesk.WRONG_PINS_PER_SEAT)));
            for (SeatStatus s : locked) {
                String where = s.chain() + "-" + s.roleId();
                Span seat = new Span(getTranslation("console.locked-seat", s.teamName(), s.chain() + 1, Texts.of(s.roleName())));
                Button unlock = new Button(getTranslation("console.unlock-pin"), e -> act(() -> seatDesk.unlockPin(sessionId, s.chain(), s.roleId())));
                unlock.setId("unlock-pin-" + where);
                Button renew = new Button(getTranslation("console.new-pin"), e -> act(() -> seatDesk.newPin(sessionId, s.chain(), s.roleId())));
                renew.setId("new-pin-" + where);
                box.add(wrapping(new HorizontalLayout(seat, unlock, renew)));
            }
            return box;
        });
    }

    private Component tools(ScenarioFacts facts) {
        Select<String> type = new Select<>();
        type.setId("shock-type");
        type.setLabel(getTranslation("shock.type"));
        type.setItems("tariff", "demand", "disruption");
        type.setItemLabelGenerator(t -> getTranslation("shock.type." + t));
        type.setValue("tariff");
        Select<ScenarioFacts.Named> product = new Select<>();
        product.setId("shock-product");
        product.setLabel(getTranslation("shock.product"));
        product.setItems(facts.products());
        product.setItemLabelGenerator(p -> Texts.of(p.name()));
        product.setValue(facts.products().get(facts.products().size() - 1));
        Select<String> origin = new Select<>();
        origin.setId("shock-origin");
        origin.setLabel(getTranslation("shock.origin"));
        origin.setItems(facts.countries());
        // the origin follows the product: a tariff on a pair the scenario actually ships (AI systems from Mexico)
        Runnable pickOrigin = () -> {
            List<String> from = product.getValue() == null ? List.of() : facts.originsOf(product.getValue().id());
            if (!from.isEmpty()) {
                origin.setValue(from.get(0));
            } else if (!facts.countries().isEmpty()) {
                origin.setValue(facts.countries().get(0));
            }
        };
        product.addValueChangeListener(e -> pickOrigin.run());
        pickOrigin.run();
        MultiSelectComboBox<ScenarioFacts.Named> sites = new MultiSelectComboBox<>(getTranslation("shock.sites"));
        sites.setId("shock-sites");
        sites.setItems(facts.sites());
        sites.setItemLabelGenerator(s -> Texts.of(s.name()));
        IntegerField percent = new IntegerField(getTranslation("shock.percent"));
        percent.setId("shock-percent");
        percent.setValue(25);
        percent.setHelperText(getTranslation("shock.percent-help"));
        IntegerField turns = new IntegerField(getTranslation("shock.turns"));
        turns.setId("shock-turns");
        turns.setValue(2);
        turns.setHelperText(getTranslation("shock.turns-help"));
        TextField newsEn = new TextField(getTranslation("shock.news-en"));
        newsEn.setId("shock-news-en");
        newsEn.setWidth("28em");
        TextField newsKo = new TextField(getTranslation("shock.news-ko"));
        newsKo.setId("shock-news-ko");
        newsKo.setWidth("28em");
        Runnable showFields = () -> {
            product.setVisible("tariff".equals(type.getValue()));
            origin.setVisible("tariff".equals(type.getValue()));
            sites.setVisible("disruption".equals(type.getValue()));
            turns.setVisible(!"tariff".equals(type.getValue()));
        };
        type.addValueChangeListener(e -> showFields.run());
        showFields.run();
        Button inject = new Button(getTranslation("shock.inject"), e -> act(() -> sessions.inject(sessionId, new ShockInput(
                type.getValue(), product.getValue() == null ? null : product.getValue().id(), origin.getValue(),
                sites.getValue().stream().map(ScenarioFacts.Named::id).toList(),
                percent.getValue() == null ? 0 : percent.getValue(), turns.getValue() == null ? 0 : turns.getValue(),
                newsEn.getValue(), newsKo.getValue()))));
        inject.addClickListener(e -> {
            if (!newsEn.getValue().isBlank() || !newsKo.getValue().isBlank()) {
                Notification.show(getTranslation("shock.queued"), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                newsEn.clear();
                newsKo.clear();
            }
        });
        inject.setId("inject-shock");
        Div shock = new Div(new H3(getTranslation("shock.title")), new Paragraph(getTranslation("shock.when")),
                shockFields(new FlexLayout(type, product, origin, sites, percent, turns)), newsEn, newsKo, inject);
        shock.addClassName("panel");

        TextField message = new TextField(getTranslation("console.message"));
        message.setId("broadcast-text");
        message.setWidth("30em");
        Button send = new Button(getTranslation("console.send"), e -> act(() -> {
            sessions.broadcast(sessionId, message.getValue());
            message.clear();
        }));
        send.setId("broadcast-send");
        HorizontalLayout broadcast = wrapping(new HorizontalLayout(message, send));
        broadcast.setAlignItems(Alignment.BASELINE);
        duringPlay.add(inject);
        duringPlay.add(send);
        duringPlay.add(message);
        return new Div(shock, broadcast);
    }

    private void refresh() {
        if (sessionId == null) {
            return;
        }
        SessionInfo info = sessionBoard.info(sessionId);
        code.setText(info.joinCode());
        status.setText(getTranslation("status." + info.status().name().toLowerCase()));
        turn.setText(info.status() == SessionStatus.FINISHED ? getTranslation("player.game-over")
                : getTranslation("console.turn", screens.turnLabel(sessionId, info.turn()), info.turn(), info.turnCount()));
        clock.show(info.status() == SessionStatus.RUNNING ? info.turnDeadline() : null, "");
        start.setEnabled(info.status() == SessionStatus.LOBBY);
        pause.setEnabled(info.status() == SessionStatus.RUNNING);
        resume.setEnabled(info.status() == SessionStatus.PAUSED);
        close.setEnabled(info.status() == SessionStatus.RUNNING);
        end.setEnabled(info.status() != SessionStatus.FINISHED);
        finished = info.status() == SessionStatus.FINISHED;
        gameOver.show(finished, () -> finished ? new GameOverPanel(debriefs, sessionId) : new Div());
        duringPlay.forEach(c -> c.setEnabled(!finished));
        shared.setValue(info.sharedDemand());
        showSeats();
        timeline.show(events.of(sessionId));
        List<LeaderboardEntry> standing = standings.leaderboard(sessionId);
        leaderboard.show(List.of(standing, info.turn() > 1), () -> new LeaderboardList(standing, -1, info.turn() > 1));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("facilitator.title");
    }
}
