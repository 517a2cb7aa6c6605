package com.chipchain.play;

import com.chipchain.bots.BenchmarkChain;
import com.chipchain.bots.Policies;
import com.chipchain.bots.SeatPolicy;
import com.chipchain.engine.Decision;
import com.chipchain.engine.DecisionRules;
import com.chipchain.engine.EventEffect;
import com.chipchain.engine.Funding;
import com.chipchain.engine.GameEvent;
import com.chipchain.engine.GameState;
import com.chipchain.engine.OrderLine;
import com.chipchain.engine.Scenario;
import com.chipchain.engine.Scores;
import com.chipchain.engine.SeatView;
import com.chipchain.engine.ShipPriority;
import com.chipchain.engine.SiteAmount;
import com.chipchain.engine.Text;
import com.chipchain.engine.TurnReport;
import com.chipchain.engine.TurnResolver;
import com.chipchain.engine.TurnResult;
import com.chipchain.engine.Violation;
import com.chipchain.scenario.DecisionFormat;
import com.chipchain.scenario.EventFormat;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The only door to sessions: creating and running them, seats and their tokens, submissions, turn
 * resolution for every chain, timers and default decisions, facilitator commands. Every action
 * checks on the server who may do it; a refused action throws {@link PlayException} and changes
 * nothing. Changes to one session run one at a time (a lock in this JVM and a row lock in the
 * database), and open screens are told after each commit.
 */
@Service
public class SessionService {

    static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final int CODE_LENGTH = 6;
    static final Duration CONNECTED_WITHIN = Duration.ofSeconds(30);

    private final SessionStore store;
    private final GameBook book;
    private final ScenarioCatalog catalog;
    private final SessionBroadcaster broadcaster;
    private final JoinGuard guard;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    private final SeatPresence presence;

    SessionService(SessionStore store, GameBook book, ScenarioCatalog catalog, SessionBroadcaster broadcaster,
                   JoinGuard guard, TransactionTemplate tx, Clock clock, SeatPresence presence) {
        this.presence = presence;
        this.store = store;
        this.book = book;
        this.catalog = catalog;
        this.broadcaster = broadcaster;
        this.guard = guard;
        this.tx = tx;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- facilitator

    public SessionInfo create(SessionSettings settings) {
        Scenario scenario = catalog.load(settings.scenarioId());
        if (settings.chains() < 1 || settings.chains() > 100) {
            throw invalid("The number of chains must be from 1 to 100.");
        }
        if (settings.timerSeconds() != null && (settings.timerSeconds() < 10 || settings.timerSeconds() > 3600)) {
            throw invalid("The turn timer must be off or from 10 to 3600 seconds.");
        }
        checkPolicy(scenario, settings.defaultBotPolicy());
        for (Map.Entry<String, String> bot : settings.botSeats().entrySet()) {
            if (scenario.roleIndex(bot.getKey()) < 0) {
                throw invalid("There is no role " + bot.getKey() + " in " + scenario.id() + ".");
            }
            checkPolicy(scenario, bot.getValue());
        }
        long seed = settings.seed() != null ? settings.seed() : Math.abs(random.nextLong() % 1_000_000_000L);
        String id = UUID.randomUUID().toString();
        return tx.execute(status -> {
            String code = newJoinCode();
            SessionInfo info = new SessionInfo(id, code, scenario.id(), SessionStatus.LOBBY, 1, scenario.turnCount(),
                    settings.chains(), settings.timerSeconds(), null, null, settings.defaultRule(),
                    settings.defaultBotPolicy(), settings.sharedDemand(), seed);
            store.insertSession(info, scenario.version(), clock.instant());
            for (int chain = 0; chain < settings.chains(); chain++) {
                for (int role = 0; role < scenario.roles().size(); role++) {
                    String roleId = scenario.role(role).id();
                    store.insertSeat(id, chain, roleId, settings.botSeats().get(roleId));
                }
            }
            return info;
        });
    }

    public SessionInfo info(String sessionId) {
        return session(sessionId);
    }

    public List<SessionInfo> sessions() {
        List<SessionInfo> all = new ArrayList<>();
        for (String id : store.allSessionIds()) {
            all.add(session(id));
        }
        return all;
    }

    public SessionInfo start(String sessionId) {
        return change(sessionId, SessionChange.Kind.STATUS, session -> {
            requireStatus(session, SessionStatus.LOBBY, "The game has already started.");
            store.updateProgress(sessionId, SessionStatus.RUNNING, session.turn(), deadlineFromNow(session), null);
        });
    }

    public SessionInfo pause(String sessionId) {
        return change(sessionId, SessionChange.Kind.STATUS, session -> {
            requireStatus(session, SessionStatus.RUNNING, "Only a running game can be paused.");
            Long remaining = session.turnDeadline() == null ? null
                    : Math.max(0, Duration.between(clock.instant(), session.turnDeadline()).toMillis());
            store.updateProgress(sessionId, SessionStatus.PAUSED, session.turn(), null, remaining);
        });
    }

    public SessionInfo resume(String sessionId) {
        return change(sessionId, SessionChange.Kind.STATUS, session -> {
            requireStatus(session, SessionStatus.PAUSED, "Only a paused game can be resumed.");
            Instant deadline = session.pausedRemainingMillis() == null ? null
                    : clock.instant().plusMillis(session.pausedRemainingMillis());
            store.updateProgress(sessionId, SessionStatus.RUNNING, session.turn(), deadline, null);
        });
    }

    /** Closes the turn being played now: seats that have not submitted get their default decision. */
    public SessionInfo closeTurnNow(String sessionId) {
        return change(sessionId, SessionChange.Kind.TURN_RESOLVED, session -> {
            requireStatus(session, SessionStatus.RUNNING, "Turns can be closed only while the game runs.");
            resolveTurn(session);
        });
    }

    public SessionInfo end(String sessionId) {
        return change(sessionId, SessionChange.Kind.STATUS, session -> {
            if (session.status() == SessionStatus.FINISHED) {
                throw new PlayException(PlayException.Reason.WRONG_STATE, "The game is already over.");
            }
            store.updateProgress(sessionId, SessionStatus.FINISHED, session.turn(), null, null);
        });
    }

    /** A shock from the facilitator's menu: it takes effect in every chain when the turn being played resolves. */
    public SessionInfo inject(String sessionId, ShockInput shock) {
        return change(sessionId, SessionChange.Kind.SHOCK, session -> {
            if (session.status() == SessionStatus.FINISHED) {
                throw new PlayException(PlayException.Reason.WRONG_STATE, "The game is over; no more shocks.");
            }
            Scenario scenario = book.games(sessionId).scenario();
            GameEvent event = GameEvent.injected(session.turn(), effect(scenario, shock), news(shock));
            store.insertInjected(sessionId, store.nextInjectedSeq(sessionId), session.turn(),
                    EventFormat.toJson(scenario, event).toString(), clock.instant());
        });
    }

    public SessionInfo broadcast(String sessionId, String message) {
        String text = message == null ? "" : message.strip();
        if (text.isEmpty() || text.length() > 500) {
            throw invalid("A message must have 1 to 500 characters.");
        }
        return change(sessionId, SessionChange.Kind.BROADCAST, session ->
                store.insertBroadcast(sessionId, store.nextBroadcastSeq(sessionId), text, clock.instant()));
    }

    public List<String> broadcasts(String sessionId) {
        session(sessionId);
        return store.broadcasts(sessionId);
    }

    public SessionInfo setSharedDemand(String sessionId, boolean shared) {
        return change(sessionId, SessionChange.Kind.VISIBILITY, session -> store.setSharedDemand(sessionId, shared));
    }

    /** The facilitator's grid: every seat of every chain, who holds it and whether it has submitted. */
    public List<SeatStatus> seats(String sessionId) {
        SessionInfo session = session(sessionId);
        Set<String> submitted = submittedKeys(sessionId, session.turn());
        Instant now = clock.instant();
        Scenario scenario = catalog.load(session.scenarioId());
        List<SeatStatus> seats = new ArrayList<>();
        for (SessionStore.SeatRow seat : store.seats(sessionId)) {
            SeatStatus.Kind kind = seat.botPolicy() != null ? SeatStatus.Kind.BOT
                    : seat.tokenHash() == null ? SeatStatus.Kind.OPEN : SeatStatus.Kind.TEAM;
            Instant lastSeen = presence.lastSeen(seat.tokenHash(), seat.lastSeenAt());
            boolean connected = lastSeen != null && lastSeen.isAfter(now.minus(CONNECTED_WITHIN));
            seats.add(new SeatStatus(seat.chain(), seat.roleId(), Label.of(scenario.role(scenario.roleIndex(seat.roleId())).name()),
                    kind, seat.teamName(), seat.botPolicy(),
                    submitted.contains(key(seat.chain(), seat.roleId())), connected));
        }
        seats.sort(java.util.Comparator.comparingInt(SeatStatus::chain)
                .thenComparingInt(s -> scenario.roleIndex(s.roleId())));
        return seats;
    }

    // ---------------------------------------------------------------- solo practice

    /**
     * Solo practice: one chain, the person plays one role, bots of the chosen level play the
     * others; each turn resolves as soon as the person submits.
     */
    public SeatTicket startSolo(String scenarioId, String roleId, SoloLevel soloLevel, String client) {
        Policies.Level level = Policies.Level.valueOf(soloLevel.name());
        Scenario scenario = catalog.load(scenarioId);
        if (scenario.roleIndex(roleId) < 0) {
            throw invalid("There is no role " + roleId + " in " + scenarioId + ".");
        }
        String policy = Policies.forLevel(level).toString();
        Map<String, String> bots = new LinkedHashMap<>();
        for (var role : scenario.roles()) {
            if (!role.id().equals(roleId)) {
                bots.put(role.id(), policy);
            }
        }
        SessionInfo session = create(new SessionSettings(scenarioId, 1, bots, null, DefaultRule.REPEAT_LAST, policy, false, null));
        SeatTicket ticket = join(session.joinCode(), "Solo", 0, roleId, client);
        start(session.id());
        return ticket;
    }

    // ---------------------------------------------------------------- teams

    /**
     * A team joins with the join code and a team name, taking the seat it asks for (chain and role,
     * both optional) or the first open one. {@code client} identifies the device for rate limiting.
     */
    public SeatTicket join(String joinCode, String teamName, Integer chain, String roleId, String client) {
        String sessionId = sessionIdForCode(joinCode, client);
        String team = teamName == null ? "" : teamName.strip();
        if (team.isEmpty() || team.length() > 40) {
            throw invalid("A team name must have 1 to 40 characters.");
        }
        String token = newToken();
        SeatTicket[] ticket = new SeatTicket[1];
        change(sessionId, SessionChange.Kind.JOINED, session -> {
            if (session.status() == SessionStatus.FINISHED) {
                throw new PlayException(PlayException.Reason.WRONG_STATE, "This game is over; ask your teacher for a new code.");
            }
            for (SessionStore.SeatRow seat : store.seats(sessionId)) {
                boolean wanted = (chain == null || chain == seat.chain()) && (roleId == null || roleId.equals(seat.roleId()));
                if (wanted && seat.open()
                        && store.claimSeat(sessionId, seat.chain(), seat.roleId(), team, hash(token), clock.instant())) {
                    ticket[0] = new SeatTicket(sessionId, seat.chain(), seat.roleId(), team, token);
                    return;
                }
            }
            throw new PlayException(PlayException.Reason.NOT_ALLOWED, chain == null && roleId == null
                    ? "Every seat of this game is taken. Ask your teacher to add a chain."
                    : "That seat is not free. Pick another one.");
        });
        return ticket[0];
    }

    /** A seat a team can still take, for the join form's seat picker. */
    public record OpenSeat(int chain, String roleId, Label roleName) {}

    /**
     * The open seats of the game with this join code (the code is the key, so nothing else is
     * revealed); wrong codes count towards the same per-device limit as joining.
     */
    public List<OpenSeat> openSeats(String joinCode, String client) {
        String sessionId = sessionIdForCode(joinCode, client);
        Scenario scenario = catalog.load(store.scenarioIdOf(sessionId));
        List<OpenSeat> open = new ArrayList<>();
        for (SessionStore.SeatRow seat : store.seats(sessionId)) {
            if (seat.open()) {
                open.add(new OpenSeat(seat.chain(), seat.roleId(), Label.of(scenario.role(scenario.roleIndex(seat.roleId())).name())));
            }
        }
        open.sort(java.util.Comparator.comparingInt(OpenSeat::chain).thenComparingInt(o -> scenario.roleIndex(o.roleId())));
        return open;
    }

    /** The session a join code opens; a wrong code counts towards the device's limit. */
    private String sessionIdForCode(String joinCode, String client) {
        guard.checkAllowed(client);
        String code = joinCode == null ? "" : joinCode.strip().toUpperCase();
        String sessionId = store.sessionIdByCode(code).orElse(null);
        if (sessionId == null) {
            guard.recordFailure(client);
            throw new PlayException(PlayException.Reason.UNKNOWN_CODE,
                    "There is no game with the code " + code + ". Check the code on the projector.");
        }
        return sessionId;
    }

    /** The seat a token holds (after a dropped connection or in a new browser). */
    public SeatTicket rejoin(String token) {
        SeatTicket ticket = ticket(token);
        presence.seen(hash(token));
        return ticket;
    }

    /** The seat a token holds, read only: what a screen builds itself from (it never writes). */
    public SeatTicket ticket(String token) {
        SessionStore.SeatRow seat = seatOf(token);
        return new SeatTicket(seat.sessionId(), seat.chain(), seat.roleId(), seat.teamName(), token);
    }

    /** A screen of this seat is open: remembered in memory, written in batches (no lock, no row). */
    public void heartbeat(String token) {
        if (token != null && !token.isBlank()) {
            presence.seen(hash(token));
        }
    }

    /**
     * Submits the seat's decision for a turn. Refused when the token holds no seat, the turn is not
     * the one being played, the seat already submitted (a double submit changes nothing), or the
     * decision breaks a rule (each field is named). When every team has submitted, the turn resolves.
     */
    public SessionInfo submit(String token, int turn, DecisionInput input) {
        SessionStore.SeatRow seat = seatOf(token);
        return change(seat.sessionId(), SessionChange.Kind.SUBMITTED, session -> {
            if (session.status() != SessionStatus.RUNNING) {
                throw new PlayException(PlayException.Reason.WRONG_STATE, session.status() == SessionStatus.PAUSED
                        ? "The game is paused; submit when it resumes." : session.status() == SessionStatus.LOBBY
                        ? "The game has not started yet." : "The game is over.");
            }
            if (turn != session.turn()) {
                throw new PlayException(PlayException.Reason.STALE_TURN, "This decision is for turn " + turn
                        + " but turn " + session.turn() + " is being played. Your screen has been updated; decide again.");
            }
            if (store.submission(session.id(), seat.chain(), seat.roleId(), turn).isPresent()) {
                throw new PlayException(PlayException.Reason.ALREADY_SUBMITTED,
                        "Your decision for turn " + turn + " is already in and locked until the turn resolves.");
            }
            GameBook.Games games = book.games(session.id());
            Scenario scenario = games.scenario();
            int role = scenario.roleIndex(seat.roleId());
            Decision decision = toDecision(scenario, role, turn, input);
            List<Violation> violations = DecisionRules.validate(games.state(seat.chain()), role, decision);
            if (!violations.isEmpty()) {
                throw new PlayException(PlayException.Reason.INVALID_DECISION, "The decision was not accepted: "
                        + violations.get(0).message(), violations.stream()
                        .map(v -> new PlayException.Problem(v.field(), v.value(), v.message())).toList());
            }
            store.insertSubmission(session.id(), seat.chain(), seat.roleId(), turn,
                    DecisionFormat.toJson(scenario, decision).toString(), clock.instant());
            presence.seen(hash(token));
            if (allTeamsSubmitted(session)) {
                resolveTurn(session);
            }
        });
    }

    /**
     * What this decision would cost this turn, by a dry run of the engine in which every other seat
     * repeats its last decision; nothing is stored. Refused like a submission when the decision
     * breaks a rule.
     */
    public SeatScreen.Preview preview(String token, DecisionInput input) {
        SessionStore.SeatRow seat = seatOf(token);
        SessionInfo session = session(seat.sessionId());
        GameBook.Games games = book.games(seat.sessionId());
        Scenario scenario = games.scenario();
        GameState state = games.state(seat.chain());
        if (state.finished()) {
            throw new PlayException(PlayException.Reason.WRONG_STATE, "The game is over.");
        }
        int role = scenario.roleIndex(seat.roleId());
        Decision mine = toDecision(scenario, role, state.turn(), input);
        List<Violation> violations = DecisionRules.validate(state, role, mine);
        if (!violations.isEmpty()) {
            throw new PlayException(PlayException.Reason.INVALID_DECISION, "The decision was not accepted: "
                    + violations.get(0).message(), violations.stream()
                    .map(v -> new PlayException.Problem(v.field(), v.value(), v.message())).toList());
        }
        List<Decision> decisions = new ArrayList<>();
        for (int r = 0; r < scenario.roles().size(); r++) {
            Decision repeat = state.lastDecision(r).forTurn(state.turn());
            decisions.add(r == role ? mine : DecisionRules.validate(state, r, repeat).isEmpty() ? repeat : Decision.empty(state.turn()));
        }
        List<GameEvent> injected = book.injectedByTurn(scenario, session.id()).getOrDefault(state.turn(), List.of());
        var costs = TurnResolver.resolve(state, decisions, injected).report().seats().get(role).costs();
        return SeatScreen.Preview.of(costs);
    }

    /** Whether this seat's decision for the turn being played is in. */
    public boolean hasSubmitted(String token) {
        SessionStore.SeatRow seat = seatOf(token);
        SessionInfo session = session(seat.sessionId());
        return store.submission(seat.sessionId(), seat.chain(), seat.roleId(), session.turn()).isPresent();
    }

    /** What a seat may see: its view of its chain's game (never another team's). */
    public SeatView seatView(String token) {
        SessionStore.SeatRow seat = seatOf(token);
        SessionInfo session = session(seat.sessionId());
        GameBook.Games games = book.games(seat.sessionId());
        return new SeatView(games.state(seat.chain()), games.scenario().roleIndex(seat.roleId()), session.sharedDemand());
    }

    /** The turn reports of the token's chain so far, for its history and charts. */
    public List<TurnReport> history(String token) {
        SessionStore.SeatRow seat = seatOf(token);
        return List.copyOf(book.games(seat.sessionId()).reports().get(seat.chain()));
    }

    // ---------------------------------------------------------------- scores

    public List<LeaderboardEntry> leaderboard(String sessionId) {
        SessionInfo session = session(sessionId);
        GameBook.Games games = book.games(sessionId);
        Scenario scenario = games.scenario();
        Map<Integer, List<GameEvent>> injected = book.injectedByTurn(scenario, sessionId);
        int played = games.turn() - 1;
        Scores bots = benchmark(scenario, session.seed(), injected, played);
        Map<Integer, Map<String, String>> names = new LinkedHashMap<>();
        for (SessionStore.SeatRow seat : store.seats(sessionId)) {
            names.computeIfAbsent(seat.chain(), c -> new LinkedHashMap<>())
                    .put(seat.roleId(), seat.teamName() != null ? seat.teamName()
                            : seat.botPolicy() != null ? "bot: " + seat.botPolicy() : "");
        }
        List<LeaderboardEntry> entries = new ArrayList<>();
        for (int chain = 0; chain < session.chains(); chain++) {
            Scores scores = Scores.of(games.state(chain));
            Map<String, BigDecimal> profits = new LinkedHashMap<>();
            Map<String, Double> versusOwnBot = new LinkedHashMap<>();
            for (int role = 0; role < scenario.roles().size(); role++) {
                profits.put(scenario.role(role).id(), money(scores.teamProfits()[role]));
                versusOwnBot.put(scenario.role(role).id(),
                        BenchmarkChain.percentBetter(scores.teamProfits()[role], bots.teamProfits()[role]));
            }
            entries.add(new LeaderboardEntry(chain, money(scores.chain()), money(bots.chain()),
                    BenchmarkChain.percentBetter(scores.chain(), bots.chain()), profits, names.get(chain), versusOwnBot));
        }
        entries.sort(java.util.Comparator.comparing(LeaderboardEntry::chainScore).reversed());
        return entries;
    }

    /** The reference bots on the same scenario, seed and facilitator events, over the turns played so far. */
    private static Scores benchmark(Scenario scenario, long seed, Map<Integer, List<GameEvent>> injected, int turns) {
        return BenchmarkChain.play(scenario, seed, turn -> injected.getOrDefault(turn, List.of()), turns);
    }

    // ---------------------------------------------------------------- turn clock

    /** Closes every running turn whose timer has run out (called by the turn clock). */
    public void closeExpiredTurns() {
        for (String sessionId : store.sessionIdsWithDeadlineBefore(clock.instant())) {
            try {
                change(sessionId, SessionChange.Kind.TURN_RESOLVED, session -> {
                    if (session.status() == SessionStatus.RUNNING && session.turnDeadline() != null
                            && !session.turnDeadline().isAfter(clock.instant())) {
                        resolveTurn(session);
                    }
                });
            } catch (PlayException e) {
                // the session changed meanwhile (paused, ended): nothing to close
            }
        }
    }

    // ---------------------------------------------------------------- internals

    private void resolveTurn(SessionInfo session) {
        GameBook.Games games = book.games(session.id());
        Scenario scenario = games.scenario();
        int turn = session.turn();
        Map<Integer, List<GameEvent>> injectedByTurn = book.injectedByTurn(scenario, session.id());
        List<GameEvent> injected = injectedByTurn.getOrDefault(turn, List.of());
        Map<String, SessionStore.SeatRow> seats = new LinkedHashMap<>();
        for (SessionStore.SeatRow seat : store.seats(session.id())) {
            seats.put(key(seat.chain(), seat.roleId()), seat);
        }
        List<GameState> next = new ArrayList<>(games.states());
        List<List<TurnReport>> reports = new ArrayList<>();
        for (int chain = 0; chain < session.chains(); chain++) {
            GameState state = games.state(chain);
            List<Decision> decisions = new ArrayList<>();
            List<String> defaulted = new ArrayList<>();
            for (int role = 0; role < scenario.roles().size(); role++) {
                SessionStore.SeatRow seat = seats.get(key(chain, scenario.role(role).id()));
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
        Decision repeat = state.lastDecision(role).forTurn(state.turn());
        return DecisionRules.validate(state, role, repeat).isEmpty() ? repeat : Decision.empty(state.turn());
    }

    private Decision toDecision(Scenario scenario, int role, int turn, DecisionInput input) {
        List<PlayException.Problem> problems = new ArrayList<>();
        List<OrderLine> orders = new ArrayList<>();
        for (int i = 0; i < input.orders().size(); i++) {
            DecisionInput.Order o = input.orders().get(i);
            int product = scenario.productIndex(o.product());
            int site = scenario.siteIndex(o.site());
            if (product < 0) {
                problems.add(new PlayException.Problem("orders[" + i + "].product", o.product(), "unknown product"));
            }
            if (site < 0) {
                problems.add(new PlayException.Problem("orders[" + i + "].site", o.site(), "unknown site"));
            }
            orders.add(new OrderLine(product, site, o.quantity(), o.usOnly()));
        }
        List<SiteAmount> production = siteAmounts(scenario, input.production(), "production", problems);
        List<SiteAmount> investment = siteAmounts(scenario, input.investment(), "investment", problems);
        List<Funding> fund = fundings(scenario, input.partnerFund(), "partnerFund", "partner", problems);
        long price = input.price() == null ? Decision.KEEP_PRICE : cents(input.price(), "price", problems);
        List<Funding> prepayments = fundings(scenario, input.prepayments(), "prepayments", "supplier", problems);
        if (!problems.isEmpty()) {
            throw new PlayException(PlayException.Reason.INVALID_DECISION,
                    "The decision was not accepted: " + problems.get(0).field() + " " + problems.get(0).message(), problems);
        }
        ShipPriority shipFirst = input.shipFirst() == null ? ShipPriority.OLDEST : ShipPriority.byId(input.shipFirst());
        if (shipFirst == null) {
            throw new PlayException(PlayException.Reason.INVALID_DECISION, "The decision was not accepted: shipFirst must be oldest, us-first or abroad-first",
                    List.of(new PlayException.Problem("shipFirst", input.shipFirst(), "must be oldest, us-first or abroad-first")));
        }
        return new Decision(turn, orders, production, investment, price, fund, input.otherSales(), prepayments, shipFirst);
    }

    /** Money to other roles, by role id: the partner fund or prepayments. */
    private static List<Funding> fundings(Scenario scenario, List<DecisionInput.Fund> inputs, String field, String roleField,
                                          List<PlayException.Problem> problems) {
        List<Funding> result = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            DecisionInput.Fund f = inputs.get(i);
            int role = scenario.roleIndex(f.partner());
            if (role < 0) {
                problems.add(new PlayException.Problem(field + "[" + i + "]." + roleField, f.partner(), "unknown role"));
            }
            result.add(new Funding(role, cents(f.amount(), field + "[" + i + "].amount", problems)));
        }
        return result;
    }

    private static List<SiteAmount> siteAmounts(Scenario scenario, List<DecisionInput.SiteQuantity> amounts, String field,
                                                List<PlayException.Problem> problems) {
        List<SiteAmount> result = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            int site = scenario.siteIndex(amounts.get(i).site());
            if (site < 0) {
                problems.add(new PlayException.Problem(field + "[" + i + "].site", amounts.get(i).site(), "unknown site"));
            }
            result.add(new SiteAmount(site, amounts.get(i).quantity()));
        }
        return result;
    }

    private static long cents(BigDecimal amount, String field, List<PlayException.Problem> problems) {
        if (amount == null || amount.stripTrailingZeros().scale() > 2) {
            problems.add(new PlayException.Problem(field, String.valueOf(amount), "must be an amount with at most two decimals"));
            return 0;
        }
        return amount.movePointRight(2).longValueExact();
    }

    private EventEffect effect(Scenario scenario, ShockInput shock) {
        String type = shock.type() == null ? "" : shock.type();
        switch (type) {
            case "tariff" -> {
                int product = scenario.productIndex(shock.product());
                if (product < 0 || shock.origin() == null || !shock.origin().matches("[A-Z]{2}")
                        || shock.percent() < 0 || shock.percent() > 500) {
                    throw invalid("A tariff needs a product of the scenario, a two-letter origin country and a rate from 0 to 500 %.");
                }
                return new EventEffect.TariffSet(product, shock.origin(), shock.percent() * 100);
            }
            case "demand" -> {
                if (shock.percent() < -100 || shock.percent() > 1000 || shock.turns() < 0) {
                    throw invalid("A demand change needs a change from -100 to 1000 % and a number of turns (0 = for good).");
                }
                return new EventEffect.DemandShift(shock.percent(), shock.turns());
            }
            case "disruption" -> {
                List<Integer> sites = new ArrayList<>();
                for (String site : shock.sites()) {
                    int index = scenario.siteIndex(site);
                    if (index < 0) {
                        throw invalid("There is no site " + site + " in this scenario.");
                    }
                    sites.add(index);
                }
                if (sites.isEmpty() || shock.percent() < 0 || shock.percent() > 100 || shock.turns() < 1) {
                    throw invalid("A disruption needs at least one site, the capacity kept from 0 to 100 % and at least one turn.");
                }
                return new EventEffect.Disruption(sites, shock.percent(), 0, shock.turns());
            }
            default -> throw invalid("A shock is a tariff, a demand change or a disruption.");
        }
    }

    private static Text news(ShockInput shock) {
        String en = shock.newsEn() == null ? "" : shock.newsEn().strip();
        String ko = shock.newsKo() == null ? "" : shock.newsKo().strip();
        if (en.isEmpty() && ko.isEmpty()) {
            throw invalid("Write the news players will read about the shock.");
        }
        return new Text(en.isEmpty() ? ko : en, ko.isEmpty() ? en : ko);
    }

    private boolean allTeamsSubmitted(SessionInfo session) {
        Set<String> submitted = submittedKeys(session.id(), session.turn());
        for (SessionStore.SeatRow seat : store.seats(session.id())) {
            if (seat.team() && !submitted.contains(key(seat.chain(), seat.roleId()))) {
                return false;
            }
        }
        return true;
    }

    private Set<String> submittedKeys(String sessionId, int turn) {
        Set<String> keys = new HashSet<>();
        for (String[] row : store.submittedSeats(sessionId, turn)) {
            keys.add(key(Integer.parseInt(row[0]), row[1]));
        }
        return keys;
    }

    /** Runs a change to one session under its lock, in one transaction, and tells open screens after commit. */
    private SessionInfo change(String sessionId, SessionChange.Kind kind, java.util.function.Consumer<SessionInfo> body) {
        Object lock = locks.computeIfAbsent(sessionId, id -> new Object());
        synchronized (lock) {
            return tx.execute(status -> {
                store.lock(sessionId);
                SessionInfo session = session(sessionId);
                // another node may have resolved a turn since this node cached the games: rebuild them
                boolean playing = session.status() == SessionStatus.RUNNING || session.status() == SessionStatus.PAUSED;
                if (playing && book.games(sessionId).turn() != session.turn()) {
                    book.evict(sessionId);
                }
                body.accept(session);
                SessionInfo after = session(sessionId);
                broadcaster.publishAfterCommit(new SessionChange(sessionId, kind, after.turn()));
                return after;
            });
        }
    }

    private SessionInfo session(String sessionId) {
        String scenarioId;
        try {
            scenarioId = store.scenarioIdOf(sessionId);
        } catch (org.springframework.dao.EmptyResultDataAccessException e) {
            throw new PlayException(PlayException.Reason.NOT_FOUND, "There is no such game.");
        }
        return store.session(sessionId, catalog.load(scenarioId).turnCount())
                .orElseThrow(() -> new PlayException(PlayException.Reason.NOT_FOUND, "There is no such game."));
    }

    private SessionStore.SeatRow seatOf(String token) {
        if (token == null || token.isBlank()) {
            throw notYourSeat();
        }
        return store.seatByTokenHash(hash(token)).orElseThrow(SessionService::notYourSeat);
    }

    private static PlayException notYourSeat() {
        return new PlayException(PlayException.Reason.NOT_ALLOWED,
                "This seat link is not valid. Join again with the code, or ask your team for its link.");
    }

    private Instant deadlineFromNow(SessionInfo session) {
        return session.timerSeconds() == null ? null : clock.instant().plusSeconds(session.timerSeconds());
    }

    private static void requireStatus(SessionInfo session, SessionStatus wanted, String message) {
        if (session.status() != wanted) {
            throw new PlayException(PlayException.Reason.WRONG_STATE, message);
        }
    }

    private static void checkPolicy(Scenario scenario, String policy) {
        try {
            Policies.byName(policy, scenario);
        } catch (IllegalArgumentException e) {
            throw invalid("Bot policy " + policy + ": " + e.getMessage());
        }
    }

    private static PlayException invalid(String message) {
        return new PlayException(PlayException.Reason.INVALID_INPUT, message);
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

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String key(int chain, String roleId) {
        return chain + "/" + roleId;
    }

    private static BigDecimal money(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

}
