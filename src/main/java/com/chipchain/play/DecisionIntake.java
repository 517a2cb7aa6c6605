package com.chipchain.play;

import com.chipchain.engine.Decision;
import com.chipchain.engine.DecisionRules;
import com.chipchain.engine.GameState;
import com.chipchain.engine.Scenario;
import com.chipchain.engine.SeatView;
import com.chipchain.engine.TurnReport;
import com.chipchain.engine.TurnResolver;
import com.chipchain.engine.Violation;
import com.chipchain.scenario.DecisionFormat;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/** A seat's decisions: previewed by a dry run, submitted once per turn, and what the seat may see of its chain. */
@Service
public class DecisionIntake {

    private final SessionTransactions sessions;
    private final SessionStore store;
    private final GameBook book;
    private final SessionBoard board;
    private final TurnCloser turns;
    private final SeatPresence presence;
    private final Clock clock;

    DecisionIntake(SessionTransactions sessions, SessionStore store, GameBook book, SessionBoard board, TurnCloser turns,
                   SeatPresence presence, Clock clock) {
        this.sessions = sessions;
        this.store = store;
        this.book = book;
        this.board = board;
        this.turns = turns;
        this.presence = presence;
        this.clock = clock;
    }

    /**
     * Submits the seat's decision for a turn. Refused when the token holds no seat, the turn is not
     * the one being played, the seat already submitted (a double submit changes nothing), or the
     * decision breaks a rule (each field is named). When every team has submitted, the turn resolves.
     */
    public SessionInfo submit(String token, int turn, DecisionInput input) {
        SessionStore.SeatRow seat = sessions.seatOf(token);
        return sessions.change(seat.sessionId(), SessionChange.Kind.SUBMITTED, seat.chain(), session -> {
            if (session.status() != SessionStatus.RUNNING) {
                throw new PlayException(PlayException.Reason.WRONG_STATE, session.status() == SessionStatus.PAUSED
                        ? "The game is paused; submit when it resumes." : session.status() == SessionStatus.LOBBY
                        ? "The game has not started yet." : "The game is over.")
                        .keyed(session.status() == SessionStatus.PAUSED ? "paused" : session.status() == SessionStatus.LOBBY
                                ? "not-started" : "over");
            }
            if (seat.botPolicy() != null) {
                throw new PlayException(PlayException.Reason.NOT_ALLOWED, "Your facilitator handed your seat to a bot: the bot decides "
                        + "for it now. Ask your facilitator to give it back.").keyed("seat-with-bot");
            }
            if (turn != session.turn()) {
                throw new PlayException(PlayException.Reason.STALE_TURN, "This decision is for turn " + turn
                        + " but turn " + session.turn() + " is being played. Your screen has been updated; decide again.")
                        .keyed("stale", turn, session.turn());
            }
            if (store.submission(session.id(), seat.chain(), seat.roleId(), turn).isPresent()) {
                throw new PlayException(PlayException.Reason.ALREADY_SUBMITTED,
                        "Your decision for turn " + turn + " is already in and locked until the turn resolves.").keyed("in", turn);
            }
            GameBook.Games games = book.games(session.id());
            Scenario scenario = games.scenario();
            int role = scenario.roleIndex(seat.roleId());
            Decision decision = DecisionConverter.toDecision(scenario, turn, input);
            List<Violation> violations = DecisionRules.validate(games.state(seat.chain()), role, decision);
            if (!violations.isEmpty()) {
                throw DecisionConverter.refusal(violations, input);
            }
            store.insertSubmission(session.id(), seat.chain(), seat.roleId(), turn,
                    DecisionFormat.toJson(scenario, decision).toString(), clock.instant());
            presence.seen(SessionTransactions.hash(token));
            if (turns.allTeamsSubmitted(session)) {
                turns.resolve(session);
            }
        });
    }

    /**
     * What this decision would cost this turn, by a dry run of the engine in which every other seat
     * repeats its last decision; nothing is stored. Refused like a submission when the decision
     * breaks a rule.
     */
    public SeatScreen.Preview preview(String token, DecisionInput input) {
        SessionStore.SeatRow seat = sessions.seatOf(token);
        GameBook.Games games = book.games(seat.sessionId());
        Scenario scenario = games.scenario();
        GameState state = games.state(seat.chain());
        if (state.finished()) {
            throw new PlayException(PlayException.Reason.WRONG_STATE, "The game is over.").keyed("over");
        }
        int role = scenario.roleIndex(seat.roleId());
        Decision mine = DecisionConverter.toDecision(scenario, state.turn(), input);
        List<Violation> violations = DecisionRules.validate(state, role, mine);
        if (!violations.isEmpty()) {
            throw DecisionConverter.refusal(violations, input);
        }
        List<Decision> decisions = new ArrayList<>();
        for (int r = 0; r < scenario.roles().size(); r++) {
            decisions.add(r == role ? mine : TurnCloser.repeatLast(state, r));
        }
        var injected = board.snapshot(seat.sessionId()).injectedOn(state.turn());
        var costs = TurnResolver.resolve(state, decisions, injected).report().seats().get(role).costs();
        return SeatScreen.Preview.of(costs);
    }

    /** Whether this seat's decision for the turn being played is in. */
    public boolean hasSubmitted(String token) {
        SessionStore.SeatRow seat = sessions.seatOf(token);
        return board.snapshot(seat.sessionId()).hasSubmitted(seat.chain(), seat.roleId());
    }

    /** What a seat may see: its view of its chain's game (never another team's). */
    public SeatView seatView(String token) {
        SessionStore.SeatRow seat = sessions.seatOf(token);
        SessionInfo session = board.info(seat.sessionId());
        GameBook.Games games = book.games(seat.sessionId());
        return new SeatView(games.state(seat.chain()), games.scenario().roleIndex(seat.roleId()), session.sharedDemand());
    }

    /** The turn reports of the token's chain so far, for its history and charts. */
    public List<TurnReport> history(String token) {
        SessionStore.SeatRow seat = sessions.seatOf(token);
        return List.copyOf(book.games(seat.sessionId()).reports().get(seat.chain()));
    }
}
