package com.chipchain.play;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for sessions, seats, submissions, injected events and turn records. Only the play services use it. */
@Repository
class SessionStore {

    /** A seat row. */
    record SeatRow(String sessionId, int chain, String roleId, String botPolicy, String teamName, String tokenHash,
                   Instant joinedAt, Instant lastSeenAt, String rejoinPin, int pinFailures) {
        boolean open() {
            return botPolicy == null && tokenHash == null;
        }

        boolean team() {
            return botPolicy == null && tokenHash != null;
        }
    }

    /** A turn record row: all decisions of one chain for one turn, as JSON by role. */
    record TurnRow(int chain, int turn, String decisionsJson, String defaulted) {}

    private final JdbcClient jdbc;

    SessionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertSession(SessionInfo s, int scenarioVersion, Instant now) {
        jdbc.sql("""
                INSERT INTO game_session (id, join_code, scenario_id, scenario_version, scenario_revision, seed, chains, status, turn,
                    timer_seconds, turn_deadline, paused_remaining_ms, default_rule, default_bot_policy, shared_demand, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?, ?, ?)""")
                .params(s.id(), s.joinCode(), s.scenarioId(), scenarioVersion, s.scenarioRevision(), s.seed(), s.chains(), s.status().name(), s.turn(),
                        s.timerSeconds(), s.defaultRule().name(), s.defaultBotPolicy(), s.sharedDemand(), Timestamp.from(now))
                .update();
    }

    boolean joinCodeTaken(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM game_session WHERE join_code = ?").param(code).query(Integer.class).single() > 0;
    }

    Optional<SessionInfo> session(String id, int turnCount) {
        return jdbc.sql("SELECT * FROM game_session WHERE id = ?").param(id)
                .query((rs, n) -> session(rs, turnCount)).optional();
    }

    /** The session's row as it is, its number of turns left to the caller (it comes from the scenario). */
    Optional<SessionInfo> sessionRow(String id) {
        return jdbc.sql("SELECT * FROM game_session WHERE id = ?").param(id).query((rs, n) -> session(rs, 0)).optional();
    }

    /**
     * Locks the session row until the transaction ends, so one node at a time changes a session, and
     * reads it in the same query (a submission is one of 200 in a burst: every query under the lock counts).
     */
    Optional<SessionInfo> lockedSessionRow(String id) {
        return jdbc.sql("SELECT * FROM game_session WHERE id = ? FOR UPDATE").param(id).query((rs, n) -> session(rs, 0)).optional();
    }

    Optional<String> sessionIdByCode(String code) {
        return jdbc.sql("SELECT id FROM game_session WHERE join_code = ?").param(code).query(String.class).optional();
    }

    List<String> sessionIdsWithDeadlineBefore(Instant now) {
        return jdbc.sql("SELECT id FROM game_session WHERE status = 'RUNNING' AND turn_deadline IS NOT NULL AND turn_deadline <= ?")
                .param(Timestamp.from(now)).query(String.class).list();
    }

    /** Every classroom session, newest first (solo practice is not listed). */
    List<String> allSessionIds() {
        return jdbc.sql("SELECT id FROM game_session WHERE solo = FALSE ORDER BY created_at DESC").query(String.class).list();
    }

    void markSolo(String sessionId) {
        jdbc.sql("UPDATE game_session SET solo = TRUE WHERE id = ?").param(sessionId).update();
    }

    /** Solo sessions with no turn resolved (and not created) since {@code before}. */
    List<String> soloSessionsIdleSince(Instant before) {
        return jdbc.sql("""
                SELECT s.id FROM game_session s WHERE s.solo = TRUE AND s.created_at < ?
                AND NOT EXISTS (SELECT 1 FROM turn_record t WHERE t.session_id = s.id AND t.resolved_at >= ?)""")
                .params(Timestamp.from(before), Timestamp.from(before)).query(String.class).list();
    }

    /** Removes a session and everything stored for it. */
    void deleteSession(String sessionId) {
        for (String table : List.of("submission", "turn_record", "injected_event", "broadcast", "co_facilitator", "seat")) {
            jdbc.sql("DELETE FROM " + table + " WHERE session_id = ?").param(sessionId).update();
        }
        jdbc.sql("DELETE FROM game_session WHERE id = ?").param(sessionId).update();
    }

    String scenarioIdOf(String sessionId) {
        return jdbc.sql("SELECT scenario_id FROM game_session WHERE id = ?").param(sessionId).query(String.class).single();
    }

    /** The scenario revision the session pinned (null only for a session older than the library whose file was gone). */
    String scenarioRevisionOf(String sessionId) {
        return jdbc.sql("SELECT scenario_revision FROM game_session WHERE id = ?").param(sessionId).query(String.class).single();
    }

    void updateProgress(String id, SessionStatus status, int turn, Instant deadline, Long pausedRemainingMs) {
        jdbc.sql("UPDATE game_session SET status = ?, turn = ?, turn_deadline = ?, paused_remaining_ms = ? WHERE id = ?")
                .params(status.name(), turn, deadline == null ? null : Timestamp.from(deadline), pausedRemainingMs, id)
                .update();
    }

    void setSharedDemand(String id, boolean shared) {
        jdbc.sql("UPDATE game_session SET shared_demand = ? WHERE id = ?").params(shared, id).update();
    }

    private static SessionInfo session(ResultSet rs, int turnCount) throws SQLException {
        Timestamp deadline = rs.getTimestamp("turn_deadline");
        long paused = rs.getLong("paused_remaining_ms");
        Long pausedRemaining = rs.wasNull() ? null : paused;
        int timer = rs.getInt("timer_seconds");
        Integer timerSeconds = rs.wasNull() ? null : timer;
        return new SessionInfo(rs.getString("id"), rs.getString("join_code"), rs.getString("scenario_id"), rs.getString("scenario_revision"),
                SessionStatus.valueOf(rs.getString("status")), rs.getInt("turn"), turnCount, rs.getInt("chains"),
                timerSeconds, deadline == null ? null : deadline.toInstant(), pausedRemaining,
                DefaultRule.valueOf(rs.getString("default_rule")), rs.getString("default_bot_policy"),
                rs.getBoolean("shared_demand"), rs.getLong("seed"));
    }

    void insertSeat(String sessionId, int chain, String roleId, String botPolicy) {
        jdbc.sql("INSERT INTO seat (session_id, chain_index, role_id, bot_policy) VALUES (?, ?, ?, ?)")
                .params(sessionId, chain, roleId, botPolicy).update();
    }

    List<SeatRow> seats(String sessionId) {
        return jdbc.sql("SELECT * FROM seat WHERE session_id = ? ORDER BY chain_index")
                .param(sessionId).query(SessionStore::seat).list();
    }

    Optional<SeatRow> seatByTokenHash(String tokenHash) {
        return jdbc.sql("SELECT * FROM seat WHERE token_hash = ?").param(tokenHash).query(SessionStore::seat).optional();
    }

    /** Gives an open seat to a team; false when someone else took it first. */
    boolean claimSeat(String sessionId, int chain, String roleId, String teamName, String tokenHash, String pin, Instant now) {
        return jdbc.sql("""
                UPDATE seat SET team_name = ?, token_hash = ?, rejoin_pin = ?, joined_at = ?, last_seen_at = ?
                WHERE session_id = ? AND chain_index = ? AND role_id = ? AND token_hash IS NULL AND bot_policy IS NULL""")
                .params(teamName, tokenHash, pin, Timestamp.from(now), Timestamp.from(now), sessionId, chain, roleId)
                .update() == 1;
    }

    /** A team came back with its PIN: its seat gets a new token (links of the old one stop working). */
    void replaceToken(String sessionId, int chain, String roleId, String tokenHash, Instant now) {
        jdbc.sql("UPDATE seat SET token_hash = ?, last_seen_at = ? WHERE session_id = ? AND chain_index = ? AND role_id = ?")
                .params(tokenHash, Timestamp.from(now), sessionId, chain, roleId).update();
    }

    /** One more wrong PIN typed for this seat, from any browser. */
    void countWrongPin(String sessionId, int chain, String roleId) {
        jdbc.sql("UPDATE seat SET pin_failures = pin_failures + 1 WHERE session_id = ? AND chain_index = ? AND role_id = ?")
                .params(sessionId, chain, roleId).update();
    }

    /** The teacher unlocks a seat's PIN, or gives it a new one (null: keep the PIN). */
    void resetPin(String sessionId, int chain, String roleId, String newPin) {
        jdbc.sql("UPDATE seat SET pin_failures = 0, rejoin_pin = COALESCE(?, rejoin_pin) WHERE session_id = ? AND chain_index = ? AND role_id = ?")
                .params(newPin, sessionId, chain, roleId).update();
    }

    /** Writes the last-seen times of many seats at once (the presence flush; never on a screen's path). */
    void touchSeats(Map<String, Instant> lastSeen) {
        for (Map.Entry<String, Instant> entry : lastSeen.entrySet()) {
            jdbc.sql("UPDATE seat SET last_seen_at = ? WHERE token_hash = ? AND (last_seen_at IS NULL OR last_seen_at < ?)")
                    .params(Timestamp.from(entry.getValue()), entry.getKey(), Timestamp.from(entry.getValue())).update();
        }
    }

    private static SeatRow seat(ResultSet rs, int n) throws SQLException {
        Timestamp joined = rs.getTimestamp("joined_at");
        Timestamp seen = rs.getTimestamp("last_seen_at");
        return new SeatRow(rs.getString("session_id"), rs.getInt("chain_index"), rs.getString("role_id"),
                rs.getString("bot_policy"), rs.getString("team_name"), rs.getString("token_hash"),
                joined == null ? null : joined.toInstant(), seen == null ? null : seen.toInstant(), rs.getString("rejoin_pin"),
                rs.getInt("pin_failures"));
    }

    boolean insertSubmission(String sessionId, int chain, String roleId, int turn, String json, Instant now) {
        if (submission(sessionId, chain, roleId, turn).isPresent()) {
            return false;
        }
        jdbc.sql("INSERT INTO submission (session_id, chain_index, role_id, turn, decision_json, submitted_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(sessionId, chain, roleId, turn, json, Timestamp.from(now)).update();
        return true;
    }

    Optional<String> submission(String sessionId, int chain, String roleId, int turn) {
        return jdbc.sql("SELECT decision_json FROM submission WHERE session_id = ? AND chain_index = ? AND role_id = ? AND turn = ?")
                .params(sessionId, chain, roleId, turn).query(String.class).optional();
    }

    /** The seats (as "chain/role") whose decision for the turn is in. */
    java.util.Set<String> submittedKeys(String sessionId, int turn) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (String[] row : submittedSeats(sessionId, turn)) {
            keys.add(SessionTransactions.key(Integer.parseInt(row[0]), row[1]));
        }
        return keys;
    }

    /** Seats a team plays (not a bot) that have not submitted this turn: 0 closes the turn. */
    int teamsStillDeciding(String sessionId, int turn) {
        // two plain counts: only teams submit (a seat handed to a bot loses its submission of the turn)
        return jdbc.sql("""
                SELECT (SELECT COUNT(*) FROM seat WHERE session_id = ? AND bot_policy IS NULL AND token_hash IS NOT NULL)
                     - (SELECT COUNT(*) FROM submission WHERE session_id = ? AND turn = ?)""")
                .params(sessionId, sessionId, turn).query(Integer.class).single();
    }

    /** Drops a seat's decision for a turn (the seat was handed to a bot: the bot decides it). */
    void deleteSubmission(String sessionId, int chain, String roleId, int turn) {
        jdbc.sql("DELETE FROM submission WHERE session_id = ? AND chain_index = ? AND role_id = ? AND turn = ?")
                .params(sessionId, chain, roleId, turn).update();
    }

    List<String[]> submittedSeats(String sessionId, int turn) {
        return jdbc.sql("SELECT chain_index, role_id FROM submission WHERE session_id = ? AND turn = ?")
                .params(sessionId, turn)
                .query((rs, n) -> new String[] {String.valueOf(rs.getInt(1)), rs.getString(2)}).list();
    }

    int nextInjectedSeq(String sessionId) {
        return jdbc.sql("SELECT COALESCE(MAX(seq), 0) + 1 FROM injected_event WHERE session_id = ?").param(sessionId)
                .query(Integer.class).single();
    }

    void insertInjected(String sessionId, int seq, int turn, String json, Instant now) {
        jdbc.sql("INSERT INTO injected_event (session_id, seq, turn, event_json, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(sessionId, seq, turn, json, Timestamp.from(now)).update();
    }

    /** Injected events by turn, in the order they were injected: {turn, json}. */
    List<Object[]> injected(String sessionId) {
        return jdbc.sql("SELECT turn, event_json FROM injected_event WHERE session_id = ? ORDER BY seq")
                .param(sessionId).query((rs, n) -> new Object[] {rs.getInt(1), rs.getString(2)}).list();
    }

    void insertTurn(String sessionId, int chain, int turn, String decisionsJson, String defaulted, Instant now) {
        jdbc.sql("INSERT INTO turn_record (session_id, chain_index, turn, decisions_json, defaulted, resolved_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(sessionId, chain, turn, decisionsJson, defaulted, Timestamp.from(now)).update();
    }

    /** The last turn with a turn record (0 before the first). */
    int lastResolvedTurn(String sessionId) {
        return jdbc.sql("SELECT COALESCE(MAX(turn), 0) FROM turn_record WHERE session_id = ?").param(sessionId)
                .query(Integer.class).single();
    }

    List<TurnRow> turns(String sessionId) {
        return jdbc.sql("SELECT chain_index, turn, decisions_json, defaulted FROM turn_record WHERE session_id = ? ORDER BY turn, chain_index")
                .param(sessionId).query((rs, n) -> new TurnRow(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4))).list();
    }

    int nextBroadcastSeq(String sessionId) {
        return jdbc.sql("SELECT COALESCE(MAX(seq), 0) + 1 FROM broadcast WHERE session_id = ?").param(sessionId)
                .query(Integer.class).single();
    }

    /** @param chain the one chain it is for, or null for the whole class */
    void insertBroadcast(String sessionId, int seq, Integer chain, String message, Instant now) {
        jdbc.sql("INSERT INTO broadcast (session_id, seq, chain_index, message, sent_at) VALUES (?, ?, ?, ?, ?)")
                .params(sessionId, seq, chain, message, Timestamp.from(now)).update();
    }

    List<Broadcast> broadcasts(String sessionId) {
        return jdbc.sql("SELECT chain_index, message FROM broadcast WHERE session_id = ? ORDER BY seq").param(sessionId)
                .query((rs, n) -> new Broadcast(rs.getObject(1, Integer.class), rs.getString(2))).list();
    }

    /** A team's seat is played by a bot from the next turn on ({@code policy}), or by the team again (null). */
    void setSeatBot(String sessionId, int chain, String roleId, String policy) {
        jdbc.sql("UPDATE seat SET bot_policy = ? WHERE session_id = ? AND chain_index = ? AND role_id = ?")
                .params(policy, sessionId, chain, roleId).update();
    }
}
