package com.chipchain.play;

import com.chipchain.bots.Policies;
import com.chipchain.engine.Decision;
import com.chipchain.engine.DecisionRules;
import com.chipchain.engine.GameEvent;
import com.chipchain.engine.GameState;
import com.chipchain.engine.Scenario;
import com.chipchain.engine.SeatView;
import com.chipchain.engine.TurnReport;
import com.chipchain.engine.TurnResolver;
import com.chipchain.engine.TurnResult;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Closing a turn: every chain of the session resolves with the same events, each seat's decision
 * taken from its submission, its bot or the session's default rule (docs/rules.md, "When a team
 * does not submit"); and the turn clock, which closes turns whose timer ran out.
 */
@Service
public class TurnCloser {

    private final SessionTransactions sessions;
    private final SessionStore store;
    private final GameBook book;
    private final SessionBroadcaster broadcaster;
    private final Clock clock;

    TurnCloser(SessionTransactions sessions, SessionStore store, GameBook book, SessionBroadcaster broadcaster, Clock clock) {
        this.sessions = sessions;
        this.store = store;
        this.book = book;
        this.broadcaster = broadcaster;
        this.clock = clock;
    }

    /** Closes every running turn whose timer has run out (called by the turn clock). */
    public void closeExpiredTurns() {
        for (String sessionId : store.sessionIdsWithDeadlineBefore(clock.instant())) {
            try {
                sessions.change(sessionId, SessionChange.Kind.TURN_RESOLVED, session -> {
                    if (session.status() == SessionStatus.RUNNING && session.turnDeadline() != null
                            && !session.turnDeadline().isAfter(clock.instant())) {
                        resolve(session);
                    }
                });
            } catch (PlayException e) {
                // the session changed meanwhile (paused, ended): nothing to close
            }
        }
    }

    /** Whether every seat a team holds has submitted the turn being played (read inside the change). */
    boolean allTeamsSubmitted(SessionInfo session) {
        // one count in the database, not every seat and submission read for every submission of a big class
        return store.teamsStillDeciding(session.id(), session.turn()) == 0;
    }

    /** Resolves the turn being played in every chain; runs inside a session change. */
    void resolve(SessionInfo session) {
        GameBook.Games games = book.games(session.id());
        Scenario scenario = games.scenario();
        int turn = session.turn();
        List<GameEvent> injected = book.injectedByTurn(scenario, session.id()).getOrDefault(turn, List.of());
        Map<String, SessionStore.SeatRow> seats = new LinkedHashMap<>();
        for (SessionStore.SeatRow seat : store.seats(session.id())) {
            seats.put(SessionTransactions.key(seat.chain(), seat.roleId()), seat);
        }
        List<GameState> next = new ArrayList<>(games.states());
        List<List<TurnReport>> reports = new ArrayList<>();
        for (int chain = 0; chain < session.chains(); chain++) {
            GameState state = games.state(chain);
            List<Decision> decisions = new ArrayList<>();
            List<String> defaulted = new ArrayList<>();
            for (int role = 0; role < scenario.roles().size(); role++) {
                SessionStore.SeatRow seat = seats.get(SessionTransactions.key(chain, scenario.role(role).id()));
                decisions.add(decisionFor(session, scenario, state, role, seat, defaulted));
            }
            TurnResult result = TurnResolver.resolve(state, decisions, injected);
            store.insertTurn(session.id(), chain, turn, GameBook.decisionsJson(scenario, decisions),
                    String.join(",", defaulted), clock.instant());
            next.set(chain, result.next());
            List<TurnReport> chainReports = new ArrayList<>(games.reports().get(chain));
            chainReports.add(result.report());
            reports.add(chainReports);
        }
        int nextTurn = turn + 1;
        boolean over = nextTurn > scenario.turnCount();
        store.updateProgress(session.id(), over ? SessionStatus.FINISHED : SessionStatus.RUNNING, nextTurn,
                over ? null : deadlineFromNow(session), null);
        book.putAfterCommit(session.id(), new GameBook.Games(scenario, nextTurn, List.copyOf(next), reports));
        broadcaster.publishAfterCommit(new SessionChange(session.id(), SessionChange.Kind.TURN_RESOLVED, nextTurn));
    }

    /** The rule a silent seat follows: its last decision again, or nothing when that no longer fits the rules. */
    static Decision repeatLast(GameState state, int role) {
        Decision repeat = state.lastDecision(role).forTurn(state.turn());
        return DecisionRules.validate(state, role, repeat).isEmpty() ? repeat : Decision.empty(state.turn());
    }

    Instant deadlineFromNow(SessionInfo session) {
        return session.timerSeconds() == null ? null : clock.instant().plusSeconds(session.timerSeconds());
    }

    /**
     * A bot seat's policy decides; a team's submission counts; a team that did not submit gets the
     * session's default rule; a seat no team took is played by the session's default bot.
     */
    private Decision decisionFor(SessionInfo session, Scenario scenario, GameState state, int role,
                                 SessionStore.SeatRow seat, List<String> defaulted) {
        SeatView view = new SeatView(state, role, session.sharedDemand());
        if (seat.botPolicy() != null) {
            return Policies.byName(seat.botPolicy(), scenario).decide(view);
        }
        var submitted = store.submission(session.id(), seat.chain(), seat.roleId(), session.turn());
        if (submitted.isPresent()) {
            return GameBook.decision(scenario, submitted.get(), session.turn(), seat.roleId());
        }
        if (seat.tokenHash() == null) {
            // no team took this seat: the session's default bot plays it
            return Policies.byName(session.defaultBotPolicy(), scenario).decide(view);
        }
        defaulted.add(seat.roleId());
        if (session.defaultRule() == DefaultRule.BOT) {
            return Policies.byName(session.defaultBotPolicy(), scenario).decide(view);
        }
        return repeatLast(state, role);
    }
}
