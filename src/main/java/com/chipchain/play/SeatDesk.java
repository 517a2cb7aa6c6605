package com.chipchain.play;

import com.chipchain.engine.Scenario;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Seats and joining: a team takes a seat with the join code and its name and gets a seat token
 * (its key, kept in the browser); a token brings the team back to its seat; an open screen says it
 * is still there with a heartbeat (kept in memory: reading a seat never writes).
 */
@Service
public class SeatDesk {

    /** Wrong rejoin PINs a seat takes before its PIN stops working: 5 in 10,000 is the chance a guesser gets in. */
    public static final int WRONG_PINS_PER_SEAT = 5;

    /** A seat a team can still take, for the join form's seat picker. */
    public record OpenSeat(int chain, String roleId, Label roleName) {}

    private final SessionTransactions sessions;
    private final SessionStore store;
    private final ScenarioCatalog catalog;
    private final JoinGuard guard;
    private final SeatPresence presence;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SeatDesk(SessionTransactions sessions, SessionStore store, ScenarioCatalog catalog, JoinGuard guard,
             SeatPresence presence, Clock clock) {
        this.sessions = sessions;
        this.store = store;
        this.catalog = catalog;
        this.guard = guard;
        this.presence = presence;
        this.clock = clock;
    }

    /**
     * A team joins with the join code and a team name, taking the seat it asks for (chain and role,
     * both optional) or the first open one. {@code client} identifies the device for rate limiting.
     */
    public SeatTicket join(String joinCode, String teamName, Integer chain, String roleId, Visitor client) {
        return join(joinCode, teamName, chain, roleId, client, null);
    }

    /**
     * As {@link #join(String, String, Integer, String, String)}; with a {@code pin}, a team that
     * already joined comes back to its seat by its name and rejoin PIN (and gets a new seat link).
     * Team names are unique in a game, so the name and PIN say which seat.
     */
    public SeatTicket join(String joinCode, String teamName, Integer chain, String roleId, Visitor client, String pin) {
        String sessionId = sessionIdForCode(joinCode, client);
        String team = TeamNames.normalize(teamName);
        String token = newToken();
        SeatTicket[] ticket = new SeatTicket[1];
        PlayException[] wrongPin = new PlayException[1];
        sessions.change(sessionId, SessionChange.Kind.JOINED, session -> {
            if (session.status() == SessionStatus.FINISHED) {
                throw new PlayException(PlayException.Reason.WRONG_STATE, "This game is over; ask your teacher for a new code.")
                        .keyed("over-join");
            }
            List<SessionStore.SeatRow> seats = store.seats(sessionId);
            SessionStore.SeatRow named = seats.stream()
                    .filter(seat -> seat.team() && seat.teamName() != null && seat.teamName().equalsIgnoreCase(team))
                    .findFirst().orElse(null);
            if (named != null) {
                // a wrong PIN is counted and committed, then refused: the count must outlive the refusal
                wrongPin[0] = wrongPin(named, pin, client);
                if (wrongPin[0] == null) {
                    ticket[0] = rejoin(named, token);
                }
                return;
            }
            String newPin = newPin();
            for (SessionStore.SeatRow seat : seats) {
                boolean wanted = (chain == null || chain == seat.chain()) && (roleId == null || roleId.equals(seat.roleId()));
                if (wanted && seat.open() && store.claimSeat(sessionId, seat.chain(), seat.roleId(), team,
                        SessionTransactions.hash(token), newPin, clock.instant())) {
                    ticket[0] = new SeatTicket(sessionId, seat.chain(), seat.roleId(), team, token, newPin);
                    return;
                }
            }
            throw new PlayException(PlayException.Reason.NOT_ALLOWED, chain == null && roleId == null
                    ? "Every seat of this game is taken. Ask your teacher to add a chain."
                    : "That seat is not free. Pick another one.").keyed(chain == null && roleId == null ? "full" : "seat-taken");
        });
        if (wrongPin[0] != null) {
            throw wrongPin[0];
        }
        return ticket[0];
    }

    /**
     * Why this PIN does not bring the team back (null: it does). Wrong PINs count per seat, whatever
     * browser types them; after {@link #WRONG_PINS_PER_SEAT} the seat's PIN stops working until the
     * teacher unlocks it or gives a new one, so guessing from fresh browsers cannot take a seat.
     */
    private PlayException wrongPin(SessionStore.SeatRow seat, String pin, Visitor client) {
        String typed = pin == null ? "" : pin.strip();
        if (typed.isEmpty()) {
            throw new PlayException(PlayException.Reason.NAME_TAKEN, "A team called " + seat.teamName()
                    + " already plays in this game. If it is yours, enter its rejoin PIN; if not, choose another name.")
                    .keyed("name-taken", seat.teamName());
        }
        if (seat.pinFailures() >= WRONG_PINS_PER_SEAT) {
            return pinLocked(seat);
        }
        if (seat.rejoinPin() == null || !java.security.MessageDigest.isEqual(seat.rejoinPin().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                typed.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            guard.recordFailure(client, "pin:" + seat.teamName() + ":" + typed);
            store.countWrongPin(seat.sessionId(), seat.chain(), seat.roleId());
            if (seat.pinFailures() + 1 >= WRONG_PINS_PER_SEAT) {
                return pinLocked(seat);
            }
            return new PlayException(PlayException.Reason.NAME_TAKEN,
                    "That PIN does not match the team " + seat.teamName() + ". The PIN is on your seat screen; your teacher can see it too.")
                    .keyed("wrong-pin", seat.teamName());
        }
        return null;
    }

    private static PlayException pinLocked(SessionStore.SeatRow seat) {
        return new PlayException(PlayException.Reason.TOO_MANY_ATTEMPTS, "Too many wrong PINs were typed for the team "
                + seat.teamName() + ". Ask your teacher to unlock its PIN or give you a new one.").keyed("pin-locked", seat.teamName());
    }

    private SeatTicket rejoin(SessionStore.SeatRow seat, String token) {
        store.replaceToken(seat.sessionId(), seat.chain(), seat.roleId(), SessionTransactions.hash(token), clock.instant());
        store.resetPin(seat.sessionId(), seat.chain(), seat.roleId(), null);
        return new SeatTicket(seat.sessionId(), seat.chain(), seat.roleId(), seat.teamName(), token, seat.rejoinPin());
    }

    /** The teacher lets a seat's PIN work again (the team typed it wrong too often). */
    public SessionInfo unlockPin(String sessionId, int chain, String roleId) {
        return sessions.change(sessionId, SessionChange.Kind.JOINED, chain, session -> store.resetPin(sessionId, chain, roleId, null));
    }

    /** The teacher gives a seat a new PIN (the old one may have been seen by others); it works at once. */
    public SessionInfo newPin(String sessionId, int chain, String roleId) {
        return sessions.change(sessionId, SessionChange.Kind.JOINED, chain, session -> store.resetPin(sessionId, chain, roleId, newPin()));
    }

    /**
     * The open seats of the game with this join code (the code is the key, so nothing else is
     * revealed); wrong codes count towards the same per-device limit as joining.
     */
    public List<OpenSeat> openSeats(String joinCode, Visitor client) {
        String sessionId = sessionIdForCode(joinCode, client);
        Scenario scenario = catalog.revision(store.scenarioRevisionOf(sessionId));
        List<OpenSeat> open = new ArrayList<>();
        for (SessionStore.SeatRow seat : store.seats(sessionId)) {
            if (seat.open()) {
                open.add(new OpenSeat(seat.chain(), seat.roleId(), Label.of(scenario.role(scenario.roleIndex(seat.roleId())).name())));
            }
        }
        open.sort(Comparator.comparingInt(OpenSeat::chain).thenComparingInt(o -> scenario.roleIndex(o.roleId())));
        return open;
    }

    /** The seat a token holds (after a dropped connection or in a new browser). */
    public SeatTicket rejoin(String token) {
        SeatTicket ticket = ticket(token);
        presence.seen(SessionTransactions.hash(token));
        return ticket;
    }

    /** The seat a token holds, read only: what a screen builds itself from (it never writes). */
    public SeatTicket ticket(String token) {
        SessionStore.SeatRow seat = sessions.seatOf(token);
        return new SeatTicket(seat.sessionId(), seat.chain(), seat.roleId(), seat.teamName(), token, seat.rejoinPin());
    }

    /** A screen of this seat is open: remembered in memory, written in batches (no lock, no row). */
    public void heartbeat(String token) {
        if (token != null && !token.isBlank()) {
            presence.seen(SessionTransactions.hash(token));
        }
    }

    /** The session a join code opens; a wrong code counts towards the device's limit. */
    private String sessionIdForCode(String joinCode, Visitor client) {
        guard.checkAllowed(client);
        String code = joinCode == null ? "" : joinCode.strip().toUpperCase();
        String sessionId = store.sessionIdByCode(code).orElse(null);
        if (sessionId == null) {
            guard.recordFailure(client, "code:" + code);
            throw new PlayException(PlayException.Reason.UNKNOWN_CODE,
                    "There is no game with the code " + code + ". Check the code on the projector.").keyed("no-game", code);
        }
        return sessionId;
    }

    /** Four digits: short enough to write down, guarded by the per-seat limit of wrong PINs. */
    private String newPin() {
        return String.format("%04d", random.nextInt(10_000));
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
