package com.chipchain.play;

import com.chipchain.bots.Policies;
import com.chipchain.engine.Scenario;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Solo practice: one chain, the person plays one role, bots of the chosen level play the others;
 * each turn resolves as soon as the person submits. Anyone may practise without a login, so a
 * browser may start only a few games an hour, and a solo game nobody has played for the retention
 * period is deleted (docs/deploy.md, "Solo practice"). Solo games never show in the facilitator's list.
 */
@Service
public class SoloPractice {

    static final int GAMES_PER_DEVICE_PER_HOUR = 5;
    static final int GAMES_PER_ADDRESS_PER_HOUR = 120;
    private static final Logger LOG = LoggerFactory.getLogger(SoloPractice.class);

    private final FacilitatorCommands commands;
    private final SeatDesk seats;
    private final ScenarioCatalog catalog;
    private final SessionStore store;
    private final SessionTransactions sessions;
    private final Clock clock;
    private final Duration retention;
    private final Map<String, Deque<Instant>> started = new ConcurrentHashMap<>();

    SoloPractice(FacilitatorCommands commands, SeatDesk seats, ScenarioCatalog catalog, SessionStore store,
                 SessionTransactions sessions, Clock clock, @Value("${chipchain.solo-retention-hours:24}") long retentionHours) {
        this.commands = commands;
        this.seats = seats;
        this.catalog = catalog;
        this.store = store;
        this.sessions = sessions;
        this.clock = clock;
        this.retention = Duration.ofHours(retentionHours);
    }

    public SeatTicket start(String scenarioId, String roleId, SoloLevel soloLevel, Visitor visitor) {
        Policies.Level level = Policies.Level.valueOf(soloLevel.name());
        Scenario scenario = catalog.load(scenarioId);
        if (scenario.roleIndex(roleId) < 0) {
            throw SessionTransactions.invalid("There is no role " + roleId + " in " + scenarioId + ".");
        }
        countStart("device:" + visitor.device(), GAMES_PER_DEVICE_PER_HOUR);
        countStart("address:" + visitor.address(), GAMES_PER_ADDRESS_PER_HOUR);
        String policy = Policies.forLevel(level).toString();
        Map<String, String> bots = new LinkedHashMap<>();
        for (var role : scenario.roles()) {
            if (!role.id().equals(roleId)) {
                bots.put(role.id(), policy);
            }
        }
        SessionInfo session = commands.create(new SessionSettings(scenarioId, 1, bots, null, DefaultRule.REPEAT_LAST, policy, false, null),
                true, null);
        SeatTicket ticket = seats.join(session.joinCode(), "Solo", 0, roleId, visitor);
        commands.start(session.id());
        return ticket;
    }

    private void countStart(String who, int perHour) {
        Deque<Instant> recent = started.computeIfAbsent(who, w -> new ArrayDeque<>());
        Instant hourAgo = clock.instant().minus(Duration.ofHours(1));
        synchronized (recent) {
            while (!recent.isEmpty() && recent.peekFirst().isBefore(hourAgo)) {
                recent.removeFirst();
            }
            if (recent.size() >= perHour) {
                throw new PlayException(PlayException.Reason.TOO_MANY_ATTEMPTS,
                        "You started " + perHour + " practice games in the last hour. Go on with one of them, or wait a while.")
                        .keyed("solo-cap", perHour);
            }
            recent.addLast(clock.instant());
        }
    }

    /** Deletes solo games nobody has played for the retention period. */
    @Scheduled(fixedDelayString = "${chipchain.solo-cleanup-ms:3600000}", initialDelayString = "${chipchain.solo-cleanup-ms:3600000}")
    public int removeIdleGames() {
        int removed = 0;
        for (String id : store.soloSessionsIdleSince(clock.instant().minus(retention))) {
            sessions.create(() -> {
                store.deleteSession(id);
                return null;
            });
            removed++;
        }
        if (removed > 0) {
            LOG.info("removed {} solo practice games idle for {} h", removed, retention.toHours());
        }
        return removed;
    }
}
