package com.chipchain.ui;

import com.chipchain.play.SeatNames;
import com.chipchain.play.LeaderboardEntry;
import com.chipchain.play.Label;
import com.chipchain.play.PlayException;
import com.chipchain.play.ScreenService;
import com.chipchain.play.SessionBroadcaster;
import com.chipchain.play.SessionInfo;
import com.chipchain.play.SessionBoard;
import com.chipchain.play.Standings;
import com.chipchain.play.SessionStatus;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.chipchain.play.accounts.SessionAccess;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The projector: join code, turn and clock, leaderboard and news, large enough for the back of the room. */
@Route(value = "projector/:session")
@RolesAllowed(SecurityConfig.FACILITATOR)
@com.vaadin.flow.component.dependency.StyleSheet("context://frontend/styles.css")
public class ProjectorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SessionBoard sessions;
    private final Standings standings;
    private final ScreenService screens;
    private String sessionId;
    private final H1 code = new H1();
    private final Span turn = new Span();
    private final TurnClockDisplay clock = new TurnClockDisplay();
    private final Slot board = new Slot();
    private final Slot ticker = new Slot();
    private final Div joinArea = new Div();
    private final Slot network = new Slot();

    private final SessionAccess access;

    public ProjectorView(SessionBoard sessions, Standings standings, ScreenService screens, SessionBroadcaster broadcaster,
                         SessionAccess access) {
        this.access = access;
        this.sessions = sessions;
        this.standings = standings;
        this.screens = screens;
        setId("projector");
        addClassName("projector");
        code.setId("projector-code");
        turn.setId("projector-turn");
        clock.setId("projector-clock");
        ticker.box.setId("news-ticker");
        board.box.setWidthFull();
        joinArea.setId("projector-join");
        joinArea.addClassName("projector-join");
        HorizontalLayout top = new HorizontalLayout(code, turn, clock);
        top.setAlignItems(Alignment.BASELINE);
        top.setWidthFull();
        top.addClassName("wrap-row");
        network.box.addClassName("projector-network");
        network.box.setWidthFull();
        add(top, joinArea, network.box, board.box, ticker.box);
        new LiveSession(this, broadcaster, () -> sessionId, this::refresh, null);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sessionId = event.getRouteParameters().get("session").orElse("");
        try {
            access.require(SignedIn.teacher(), sessionId);
            SessionInfo info = sessions.info(sessionId);
            String address = JoinQr.address(info.joinCode());
            Span where = new Span(getTranslation("projector.address", address));
            where.setId("projector-address");
            where.addClassName("projector-address");
            joinArea.removeAll();
            joinArea.add(JoinQr.image(address, getTranslation("console.qr-alt", address)), where);
            network.forget();
            refresh();
        } catch (PlayException e) {
            code.setText(Refusals.of(this, e));
            sessionId = null;
        }
    }

    private void refresh() {
        SessionInfo info = sessions.info(sessionId);
        code.setText(getTranslation("projector.code", info.joinCode()));
        turn.setText(info.status() == SessionStatus.FINISHED ? getTranslation("player.game-over")
                : getTranslation("console.turn", screens.turnLabel(sessionId, info.turn()), info.turn(), info.turnCount())
                + " · " + getTranslation("status." + info.status().name().toLowerCase()));
        clock.show(info.status() == SessionStatus.RUNNING ? info.turnDeadline() : null, "");
        // the map's figures change only when a turn resolves (a shock's tariff shows from then on)
        network.show(List.of(info.turn(), info.status() == SessionStatus.FINISHED), () -> new Div(
                new H3(getTranslation(info.chains() > 1 ? "projector.map-all" : "projector.map-one")),
                ChainMapSvg.of(screens.network(sessionId), "projector-map")));
        // the leaderboard and the ticker change with a turn or a message, not with each submission
        List<LeaderboardEntry> standing = standings.leaderboard(sessionId);
        board.show(List.of(standing, info.turn() > 1), () -> standing.size() > ClassSpread.FULL_LIST_UP_TO
                ? bigClass(standing, info.turn() > 1) : new LeaderboardList(standing, -1, info.turn() > 1));
        List<Label> news = screens.latestNews(sessionId);
        List<Label> lastNews = screens.lastNews(sessionId);
        List<String> messages = sessions.broadcasts(sessionId);
        String message = messages.isEmpty() ? "" : messages.get(messages.size() - 1);
        ticker.show(List.of(message, news, lastNews), () -> {
            Div lines = new Div();
            lines.addClassName("news-ticker");
            if (!message.isEmpty()) {
                lines.add(new Span("📣 " + message));
            }
            news.forEach(n -> lines.add(new Span("● " + Texts.of(n))));
            lastNews.forEach(n -> {
                Span last = new Span("○ " + Texts.of(n));
                last.addClassName("last-news");
                lines.add(last);
            });
            return lines;
        });
    }

    /**
     * A workshop of many chains: the leading chains by name and the class's spread of scores with the
     * benchmark marked (each team sees its own place on its screen); before the first turn, how many
     * teams have joined.
     */
    private Div bigClass(List<LeaderboardEntry> standing, boolean played) {
        Div box = new Div();
        box.setId("projector-class");
        if (!played) {
            long teams = standing.stream().flatMap(e -> e.teamNames().values().stream())
                    .filter(SeatNames::isTeam).count();
            long chainsWithTeam = standing.stream().filter(e -> e.teamNames().values().stream()
                    .anyMatch(SeatNames::isTeam)).count();
            H3 joined = new H3(getTranslation("projector.joined", teams, chainsWithTeam, standing.size()));
            joined.setId("projector-joined");
            box.add(joined);
            return box;
        }
        Div top = new Div(new H3(getTranslation("projector.top", ClassSpread.TOP, standing.size())),
                new LeaderboardList(standing.subList(0, ClassSpread.TOP), -1, true, true));
        top.addClassName("projector-top");
        Div spread = new Div(new H3(getTranslation("projector.spread")),
                ClassSpread.scores("projector-spread", standing.stream().map(LeaderboardEntry::versus).toList()));
        spread.addClassName("projector-spread");
        box.addClassName("projector-big-class");
        box.add(top, spread);
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("projector.title");
    }
}
