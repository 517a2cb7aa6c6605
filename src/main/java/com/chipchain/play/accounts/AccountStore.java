package com.chipchain.play.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for teacher accounts, co-facilitators, session owners and the installation's shared secrets. */
@Repository
class AccountStore {

    record Row(String username, String passwordHash, boolean admin, boolean enabled, Instant createdAt) {
        Account account() {
            return new Account(username, admin, enabled, createdAt);
        }
    }

    private final JdbcClient jdbc;

    AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int count() {
        return jdbc.sql("SELECT COUNT(*) FROM teacher_account").query(Integer.class).single();
    }

    Optional<Row> find(String username) {
        return jdbc.sql("SELECT * FROM teacher_account WHERE username = ?").param(username)
                .query((rs, n) -> new Row(rs.getString("username"), rs.getString("password_hash"), rs.getBoolean("admin"),
                        rs.getBoolean("enabled"), rs.getTimestamp("created_at").toInstant())).optional();
    }

    List<Account> all() {
        return jdbc.sql("SELECT * FROM teacher_account ORDER BY username")
                .query((rs, n) -> new Account(rs.getString("username"), rs.getBoolean("admin"), rs.getBoolean("enabled"),
                        rs.getTimestamp("created_at").toInstant())).list();
    }

    void insert(String username, String passwordHash, boolean admin, Instant now) {
        jdbc.sql("INSERT INTO teacher_account (username, password_hash, admin, enabled, created_at) VALUES (?, ?, ?, TRUE, ?)")
                .params(username, passwordHash, admin, Timestamp.from(now)).update();
    }

    boolean setEnabled(String username, boolean enabled) {
        return jdbc.sql("UPDATE teacher_account SET enabled = ? WHERE username = ?").params(enabled, username).update() == 1;
    }

    boolean setPasswordHash(String username, String passwordHash) {
        return jdbc.sql("UPDATE teacher_account SET password_hash = ? WHERE username = ?").params(passwordHash, username).update() == 1;
    }

    int enabledAdmins() {
        return jdbc.sql("SELECT COUNT(*) FROM teacher_account WHERE admin = TRUE AND enabled = TRUE").query(Integer.class).single();
    }

    /** Gives the sessions made before accounts existed to {@code username}. */
    int adoptOwnerlessSessions(String username) {
        return jdbc.sql("UPDATE game_session SET owner = ? WHERE owner IS NULL AND solo = FALSE").param(username).update();
    }

    Optional<String> owner(String sessionId) {
        return jdbc.sql("SELECT owner FROM game_session WHERE id = ?").param(sessionId)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional().flatMap(o -> o);
    }

    boolean sessionExists(String sessionId) {
        return jdbc.sql("SELECT COUNT(*) FROM game_session WHERE id = ?").param(sessionId).query(Integer.class).single() > 0;
    }

    void setOwner(String sessionId, String username) {
        jdbc.sql("UPDATE game_session SET owner = ? WHERE id = ?").params(username, sessionId).update();
    }

    List<String> coFacilitators(String sessionId) {
        return jdbc.sql("SELECT username FROM co_facilitator WHERE session_id = ? ORDER BY username").param(sessionId)
                .query(String.class).list();
    }

    boolean isCoFacilitator(String sessionId, String username) {
        return jdbc.sql("SELECT COUNT(*) FROM co_facilitator WHERE session_id = ? AND username = ?").params(sessionId, username)
                .query(Integer.class).single() > 0;
    }

    void addCoFacilitator(String sessionId, String username, Instant now) {
        jdbc.sql("INSERT INTO co_facilitator (session_id, username, added_at) VALUES (?, ?, ?)")
                .params(sessionId, username, Timestamp.from(now)).update();
    }

    void removeCoFacilitator(String sessionId, String username) {
        jdbc.sql("DELETE FROM co_facilitator WHERE session_id = ? AND username = ?").params(sessionId, username).update();
    }

    /** Classroom sessions this teacher owns or helps to run, newest first. */
    List<String> sessionIdsOf(String username) {
        return jdbc.sql("""
                SELECT id FROM game_session WHERE solo = FALSE
                AND (owner = ? OR id IN (SELECT session_id FROM co_facilitator WHERE username = ?))
                ORDER BY created_at DESC""").params(username, username).query(String.class).list();
    }

    Optional<String> secret(String name) {
        return jdbc.sql("SELECT secret_value FROM server_secret WHERE secret_name = ?").param(name).query(String.class).optional();
    }

    /** Stores a secret unless another node stored one first; returns the one that is kept. */
    String secretOrInsert(String name, String value) {
        Optional<String> existing = secret(name);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            jdbc.sql("INSERT INTO server_secret (secret_name, secret_value) VALUES (?, ?)").params(name, value).update();
            return value;
        } catch (org.springframework.dao.DuplicateKeyException e) {
            return secret(name).orElseThrow();
        }
    }
}
