package com.chipchain.play;

import com.chipchain.bots.Policies;
import com.chipchain.engine.GameEvent;
import com.chipchain.engine.Scenario;
import com.chipchain.scenario.EventFormat;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import com.chipchain.play.accounts.SessionAccess;
import com.chipchain.play.accounts.Teacher;
import org.springframework.stereotype.Service;

/**
 * What a facilitator does to a session: create it, start, pause, resume, close a turn, end it,
 * inject a shock, send a message, show or hide end demand, and watch every seat. Each command
 * checks the session's state and changes nothing when it refuses.
 */
@Service
public class FacilitatorCommands {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FacilitatorCommands.class);

    static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final int CODE_LENGTH = 6;
    static final Duration CONNECTED_WITHIN = Duration.ofSeconds(30);

    private final SessionTransactions sessions;
    private final SessionStore store;
    private final SessionBoard board;
    private final ScenarioCatalog catalog;
    private final TurnCloser turns;
    private final SeatPresence presence;
    private final Clock clock;
    private final SessionAccess access;
    private final SecureRandom random = new SecureRandom();

    FacilitatorCommands(SessionTransactions sessions, SessionStore store, SessionBoard board, ScenarioCatalog catalog,
                        TurnCloser turns, SeatPresence presence, Clock clock, SessionAccess access) {
        this.access = access;
        this.sessions = sessions;
        this.store = store;
        this.board = board;
        this.catalog = catalog;
        this.turns = turns;
        this.presence = presence;
        this.clock = clock;
    }

    /** A session without an owner: only administrators see it (tests and tools that create sessions directly). */
    public SessionInfo create(SessionSettings settings) {
        return create(settings, false, null);
    }

    /** A new classroom session owned by the teacher who creates it. */
    public SessionInfo create(SessionSettings settings, Teacher owner) {
        SessionInfo info = create(settings, false, owner);
        access.claim(info.id(), owner);
        return info;
    }

    /**
     * A new session; a solo practice game is marked so that it stays out of the facilitator's list.
     * A scenario made in the studio can be chosen by its owner, by colleagues when it is shared, and
     * by administrators ({@code teacher} null: the shipped and folder scenarios only).
     */
    SessionInfo create(SessionSettings settings, boolean solo, Teacher teacher) {
        String revision = catalog.currentRevision(settings.scenarioId(), teacher);
        Scenario scenario = catalog.revision(revision);
        if (settings.chains() < 1 || settings.chains() > 100) {
            throw SessionTransactions.invalid("The number of chains must be from 1 to 100.").keyed("chains-range", 1, 100);
        }
        if (settings.timerSeconds() != null && (settings.timerSeconds() < 10 || settings.timerSeconds() > 3600)) {
            throw SessionTransactions.invalid("The turn timer must be off or from 10 to 3600 seconds.").keyed("timer-range", 10, 3600);
        }
        checkPolicy(scenario, settings.defaultBotPolicy());
        for (Map.Entry<String, String> bot : settings.botSeats().entrySet()) {
            if (scenario.roleIndex(bot.getKey()) < 0) {
                throw SessionTransactions.invalid("There is no role " + bot.getKey() + " in " + scenario.id() + ".").keyed("no-role", bot.getKey());
            }
            checkPolicy(scenario, bot.getValue());
        }
        long seed = settings.seed() != null ? settings.seed() : Math.abs(random.nextLong() % 1_000_000_000L);
        String id = UUID.randomUUID().toString();
        return sessions.create(() -> {
            SessionInfo info = new SessionInfo(id, newJoinCode(), scenario.id(), revision, SessionStatus.LOBBY, 1, scenario.turnCount(),
                    settings.chains(), settings.timerSeconds(), null, null, settings.defaultRule(),
                    settings.defaultBotPolicy(), settings.sharedDemand(), seed);
            store.insertSession(info, scenario.version(), clock.instant());
            if (solo) {
                store.markSolo(id);
            }
            for (int chain = 0; chain < settings.chains(); chain++) {
                for (int role = 0; role < scenario.roles().size(); role++) {
                    String roleId = scenario.role(role).id();
                    store.insertSeat(id, chain, roleId, settings.botSeats().get(roleId));
                }
            }
            return info;
        });
    }

    /** The classroom sessions this teacher runs (an administrator: every one), newest first. */
    public List<SessionInfo> sessions(Teacher teacher) {
        List<SessionInfo> all = new ArrayList<>();
        for (String id : access.visibleSessionIds(teacher, store.allSessionIds())) {
            try {
                all.add(board.info(id));
            } catch (PlayException e) {
                // one session that cannot be opened (its scenario revision is gone) must not hide the others
                LOG.warn("Session {} is left out of the list: {}", id, e.getMessage());
            }
        }
        return all;
    }

    public SessionInfo start(String sessionId) {
        return sessions.change(sessionId, SessionChange.Kind.STATUS, session -> {
            SessionTransactions.requireStatus(session, SessionStatus.LOBBY, "The game has already started.", "already-started");
            store.updateProgress(sessionId, SessionStatus.RUNNING, session.turn(), turns.deadlineFromNow(session), null);
        });
    }

    public SessionInfo pause(String sessionId) {
        return sessions.change(sessionId, SessionChange.Kind.STATUS, session -> {
            SessionTransactions.requireStatus(session, SessionStatus.RUNNING, "Only a running game can be paused.", "pause-not-running");
            Long remaining = session.turnDeadline() == null ? null
                    : Math.max(0, Duration.between(clock.instant(), session.turnDeadline()).toMillis());
            store.updateProgress(sessionId, SessionStatus.PAUSED, session.turn(), null, remaining);
        });
    }

    public SessionInfo resume(String sessionId) {
        return sessions.change(sessionId, SessionChange.Kind.STATUS, session -> {
            SessionTransactions.requireStatus(session, SessionStatus.PAUSED, "Only a paused game can be resumed.", "resume-not-paused");
            Instant deadline = session.pausedRemainingMillis() == null ? null
                    : clock.instant().plusMillis(session.pausedRemainingMillis());
            store.updateProgress(sessionId, SessionStatus.RUNNING, session.turn(), deadline, null);
        });
    }

    /** Closes the turn being played now: seats that have not submitted get their default decision. */
    public SessionInfo closeTurnNow(String sessionId) {
        return sessions.change(sessionId, SessionChange.Kind.TURN_RESOLVED, session -> {
            SessionTransactions.requireStatus(session, SessionStatus.RUNNING, "Turns can be closed only while the game runs.", "close-not-running");
            turns.resolve(session);
        });
    }

    public SessionInfo end(String sessionId) {
        return sessions.change(sessionId, SessionChange.Kind.STATUS, session -> {
            if (session.status() == SessionStatus.FINISHED) {
                throw new PlayException(PlayException.Reason.WRONG_STATE, "The game is already over.").keyed("already-over");
            }
            store.updateProgress(sessionId, SessionStatus.FINISHED, session.turn(), null, null);
        });
    }

    /** A shock from the facilitator's menu: it takes effect in every chain when the turn being played resolves. */
    public SessionInfo inject(String sessionId, ShockInput shock) {
        return sessions.change(sessionId, SessionChange.Kind.SHOCK, session -> {
            if (session.status() == SessionStatus.FINISHED) {
                throw new PlayException(PlayException.Reason.WRONG_STATE, "The game is over; no more shocks.").keyed("over-no-shocks");
            }
            Scenario scenario = catalog.of(session);
            GameEvent event = GameEvent.injected(session.turn(), Shocks.effect(scenario, shock), Shocks.news(shock));
            store.insertInjected(sessionId, store.nextInjectedSeq(sessionId), session.turn(),
                    EventFormat.toJson(scenario, event).toString(), clock.instant());
        });
    }

    public SessionInfo broadcast(String sessionId, String message) {
        String text = messageText(message);
        return sessions.change(sessionId, SessionChange.Kind.BROADCAST, session ->
                store.insertBroadcast(sessionId, store.nextBroadcastSeq(sessionId), null, text, clock.instant()));
    }

    /** A message only the teams of one chain (0-based) read; the projector does not show it. */
    public SessionInfo messageChain(String sessionId, int chain, String message) {
        String text = messageText(message);
        return sessions.change(sessionId, SessionChange.Kind.BROADCAST, chain, session -> {
            requireChain(session, chain);
            store.insertBroadcast(sessionId, store.nextBroadcastSeq(sessionId), chain, text, clock.instant());
        });
    }

    /**
     * A bot plays this team's seat from the turn being played on (the team left, or its device died):
     * the class no longer waits for it. The team's name, PIN and link are kept, so the seat can be
     * given back; until then its screen shows the game but its submissions are refused. A decision it
     * had sent for the turn being played is dropped. When every other team has submitted, the turn
     * resolves at once (docs/facilitator-guide.md).
     */
    public SessionInfo handToBot(String sessionId, int chain, String roleId) {
        return sessions.change(sessionId, SessionChange.Kind.JOINED, chain, session -> {
            SessionStore.SeatRow seat = teamSeat(session, chain, roleId);
            if (seat.botPolicy() != null) {
                throw SessionTransactions.invalid("A bot already plays this seat.").keyed("already-bot");
            }
            store.setSeatBot(sessionId, chain, roleId, session.defaultBotPolicy());
            // the bot decides the turn being played: a decision the team already sent for it is dropped
            store.deleteSubmission(sessionId, chain, roleId, session.turn());
            if (session.status() == SessionStatus.RUNNING && turns.allTeamsSubmitted(session)) {
                turns.resolve(session);
            }
        });
    }

    /** The team plays its seat again, from the turn being played on (its own submission of it counts if it made one). */
    public SessionInfo giveBack(String sessionId, int chain, String roleId) {
        return sessions.change(sessionId, SessionChange.Kind.JOINED, chain, session -> {
            SessionStore.SeatRow seat = teamSeat(session, chain, roleId);
            if (seat.botPolicy() == null) {
                throw SessionTransactions.invalid("The team already plays this seat.").keyed("already-team");
            }
            store.setSeatBot(sessionId, chain, roleId, null);
        });
    }

    /** A seat a team joined (only those can be handed to a bot and back; bot seats of the setup stay bots). */
    private SessionStore.SeatRow teamSeat(SessionInfo session, int chain, String roleId) {
        requireChain(session, chain);
        if (session.status() == SessionStatus.FINISHED) {
            throw new PlayException(PlayException.Reason.WRONG_STATE, "The game is already over.").keyed("already-over");
        }
        return store.seats(session.id()).stream()
                .filter(s -> s.chain() == chain && s.roleId().equals(roleId) && s.tokenHash() != null)
                .findFirst()
                .orElseThrow(() -> SessionTransactions.invalid("No team has joined this seat.").keyed("no-team-seat"));
    }

    private static void requireChain(SessionInfo session, int chain) {
        if (chain < 0 || chain >= session.chains()) {
            throw SessionTransactions.invalid("There is no chain " + (chain + 1) + " in this game.").keyed("no-chain", chain + 1);
        }
    }

    private static String messageText(String message) {
        String text = message == null ? "" : message.strip();
        if (text.isEmpty() || text.length() > 500) {
            throw SessionTransactions.invalid("A message must have 1 to 500 characters.").keyed("message-length", 1, 500);
        }
        return text;
    }

    public SessionInfo setSharedDemand(String sessionId, boolean shared) {
        return sessions.change(sessionId, SessionChange.Kind.VISIBILITY, session -> store.setSharedDemand(sessionId, shared));
    }

    /** The facilitator's grid: every seat of every chain, who holds it, whether it has submitted and is connected. */
    public List<SeatStatus> seats(String sessionId) {
        SessionBoard.Snapshot snapshot = board.snapshot(sessionId);
        Instant now = clock.instant();
        Scenario scenario = catalog.of(snapshot.info());
        List<SeatStatus> seats = new ArrayList<>();
        for (SessionStore.SeatRow seat : snapshot.seats()) {
            SeatStatus.Kind kind = seat.botPolicy() != null ? SeatStatus.Kind.BOT
                    : seat.tokenHash() == null ? SeatStatus.Kind.OPEN : SeatStatus.Kind.TEAM;
            Instant lastSeen = presence.lastSeen(seat.tokenHash(), seat.lastSeenAt());
            boolean connected = lastSeen != null && lastSeen.isAfter(now.minus(CONNECTED_WITHIN));
            seats.add(new SeatStatus(seat.chain(), seat.roleId(), Label.of(scenario.role(scenario.roleIndex(seat.roleId())).name()),
                    kind, seat.teamName(), seat.botPolicy(), snapshot.hasSubmitted(seat.chain(), seat.roleId()), connected,
                    seat.tokenHash() != null ? seat.rejoinPin() : null,
                    kind == SeatStatus.Kind.TEAM && seat.pinFailures() >= SeatDesk.WRONG_PINS_PER_SEAT,
                    seat.botPolicy() != null && seat.tokenHash() != null));
        }
        seats.sort(Comparator.comparingInt(SeatStatus::chain).thenComparingInt(s -> scenario.roleIndex(s.roleId())));
        return seats;
    }

    private static void checkPolicy(Scenario scenario, String policy) {
        try {
            Policies.byName(policy, scenario);
        } catch (IllegalArgumentException e) {
            throw SessionTransactions.invalid("Bot policy " + policy + ": " + e.getMessage()).keyed("bot-policy", policy);
        }
    }

    private String newJoinCode() {
        for (int attempt = 0; attempt < 100; attempt++) {
            StringBuilder code = new StringBuilder();
            for (int i = 0; i < CODE_LENGTH; i++) {
                code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
            }
            if (!store.joinCodeTaken(code.toString())) {
                return code.toString();
            }
        }
        throw new IllegalStateException("no free join code");
    }
}
