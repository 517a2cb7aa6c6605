package com.chipchain.play;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored scenario revisions (docs/scenario-library.md): a revision is a scenario's YAML text,
 * named by its SHA-256, written once and never changed.
 */
@Repository
class ScenarioRevisions {

    /** Where a revision came from. */
    enum Source { SHIPPED, FOLDER, TEACHER }

    record Revision(String hash, String scenarioId, int version, String yaml, Source source, String note,
                    String author, Instant createdAt) {}

    /** A revision without its text, for lists. */
    record Summary(String hash, String scenarioId, int version, Source source, String note, String author,
                   Instant createdAt) {}

    private final JdbcClient jdbc;
    /**
     * The insert of a revision runs in a savepoint when a transaction is open (the studio's save): on
     * PostgreSQL a refused insert aborts the whole transaction unless it is rolled back to a savepoint.
     */
    private final org.springframework.transaction.support.TransactionTemplate savepoint;

    ScenarioRevisions(JdbcClient jdbc, org.springframework.transaction.PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.savepoint = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_NESTED);
    }

    static String hashOf(String yaml) {
        return com.chipchain.scenario.ScenarioFiles.revisionOf(yaml);
    }

    /** Stores the revision unless a revision with its text is stored already; true when it was new. */
    boolean insertIfAbsent(Revision revision) {
        return !exists(revision.hash()) && insertUnlessTaken(revision);
    }

    /** The insert itself; false when another node stored the same text between the check and the insert. */
    boolean insertUnlessTaken(Revision revision) {
        try {
            savepoint.executeWithoutResult(status -> jdbc.sql("""
                    INSERT INTO scenario_revision (revision_hash, scenario_id, version, yaml, source, note, author, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(revision.hash(), revision.scenarioId(), revision.version(), revision.yaml(),
                            revision.source().name(), revision.note(), revision.author(), Timestamp.from(revision.createdAt()))
                    .update());
            return true;
        } catch (DuplicateKeyException e) {
            return false; // another node stored the same text first: the same revision
        }
    }

    boolean exists(String hash) {
        return jdbc.sql("SELECT COUNT(*) FROM scenario_revision WHERE revision_hash = ?").param(hash)
                .query(Integer.class).single() > 0;
    }

    Optional<Revision> find(String hash) {
        return jdbc.sql("SELECT * FROM scenario_revision WHERE revision_hash = ?").param(hash)
                .query((rs, n) -> new Revision(rs.getString("revision_hash"), rs.getString("scenario_id"), rs.getInt("version"),
                        rs.getString("yaml"), Source.valueOf(rs.getString("source")), rs.getString("note"),
                        rs.getString("author"), rs.getTimestamp("created_at").toInstant()))
                .optional();
    }

    /** Every stored revision of a scenario id, oldest first. */
    List<Summary> revisionsOf(String scenarioId) {
        return jdbc.sql("""
                SELECT revision_hash, scenario_id, version, source, note, author, created_at FROM scenario_revision
                WHERE scenario_id = ? ORDER BY seq""").param(scenarioId)
                .query((rs, n) -> new Summary(rs.getString("revision_hash"), rs.getString("scenario_id"), rs.getInt("version"),
                        Source.valueOf(rs.getString("source")), rs.getString("note"), rs.getString("author"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** A teacher's scenario: the revision playable now, its owner and whether colleagues may use it. */
    record Head(String scenarioId, String revision, String owner, boolean shared, Instant updatedAt) {}

    Optional<Head> head(String scenarioId) {
        return jdbc.sql("SELECT * FROM scenario_head WHERE scenario_id = ?").param(scenarioId).query(ScenarioRevisions::head).optional();
    }

    /** Every teacher's scenario, by id. */
    List<Head> heads() {
        return jdbc.sql("SELECT * FROM scenario_head ORDER BY scenario_id").query(ScenarioRevisions::head).list();
    }

    /** Points a teacher's scenario at a revision (making the scenario when it is new). */
    void moveHead(String scenarioId, String revision, String owner, boolean shared, Instant now) {
        int updated = jdbc.sql("UPDATE scenario_head SET revision_hash = ?, shared = ?, updated_at = ? WHERE scenario_id = ?")
                .params(revision, shared, Timestamp.from(now), scenarioId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO scenario_head (scenario_id, revision_hash, owner, shared, updated_at) VALUES (?, ?, ?, ?, ?)")
                    .params(scenarioId, revision, owner, shared, Timestamp.from(now)).update();
        }
    }

    /** Drops a teacher's scenario from the lists; its revisions stay, and so every session made from them. */
    boolean removeHead(String scenarioId) {
        return jdbc.sql("DELETE FROM scenario_head WHERE scenario_id = ?").param(scenarioId).update() > 0;
    }

    private static Head head(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Head(rs.getString("scenario_id"), rs.getString("revision_hash"), rs.getString("owner"),
                rs.getBoolean("shared"), rs.getTimestamp("updated_at").toInstant());
    }

    /** The sessions created from a revision, newest first. */
    List<String> sessionsOn(String hash) {
        return jdbc.sql("SELECT id FROM game_session WHERE scenario_revision = ? ORDER BY created_at DESC").param(hash)
                .query(String.class).list();
    }

    /**
     * Pins the sessions made before the library (no revision yet) of this scenario id and version to
     * this revision; returns how many.
     */
    int pinUnpinnedSessions(String scenarioId, int version, String hash) {
        return jdbc.sql("""
                UPDATE game_session SET scenario_revision = ?
                WHERE scenario_revision IS NULL AND scenario_id = ? AND scenario_version = ?""")
                .params(hash, scenarioId, version).update();
    }
}
