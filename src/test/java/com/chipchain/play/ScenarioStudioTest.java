package com.chipchain.play;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chipchain.play.accounts.Teacher;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A teacher's scenarios: made from any scenario, saved as revisions of their own, seen only by them unless shared. */
class ScenarioStudioTest {

    @RegisterExtension
    static final RunningApp app = new RunningApp();

    // names of this run's own: the PostgreSQL run of the play tests shares one database, and the ids of
    // a teacher's scenarios are made from the teacher's name
    static final String RUN = java.util.UUID.randomUUID().toString().substring(0, 6);
    static final Teacher ALICE = new Teacher("alice" + RUN, false);
    static final Teacher BOB = new Teacher("bob" + RUN, false);
    static final String PRIVATE = ALICE.username() + "-private-beer";

    ScenarioStudio studio() {
        return app.getBean(ScenarioStudio.class);
    }

    static SessionSettings allBots(String scenarioId) {
        return new SessionSettings(scenarioId, 1, Map.of("foundry", "benchmark", "memory", "benchmark", "packager", "benchmark",
                "assembler", "benchmark", "nvidia", "benchmark"), null, DefaultRule.REPEAT_LAST, "benchmark", false, 11L);
    }

    @Test
    void a_variant_of_the_flagship_is_saved_played_and_edited_without_changing_the_played_class() {
        ScenarioDraft draft = studio().draftFrom(ALICE, "made-in-america-2025");
        assertThat(draft.id()).isEqualTo("made-in-america-2025-" + ALICE.username());
        assertThat(draft.version()).isEqualTo(1);
        draft.setTurns(12);
        draft.setDemand(ScenarioDraft.demandPath(1500, 4, 12, 7, -40, 2));
        draft.setTitle("en", "Alice's flagship");
        ScenarioStudio.Saved first = studio().save(ALICE, draft, "12 turns, a dip at turn 7", false);
        assertThat(first.scenarioId()).isEqualTo("made-in-america-2025-" + ALICE.username());

        PlayDriver play = app.driver();
        SessionInfo session = play.create(allBots(first.scenarioId()), ALICE);
        assertThat(session.turnCount()).isEqualTo(12);
        assertThat(session.scenarioRevision()).isEqualTo(first.revision());
        play.start(session.id());
        for (int turn = 1; turn <= 12; turn++) {
            play.closeTurnNow(session.id());
        }
        String csv = app.getBean(DebriefService.class).csv(session.id());

        ScenarioDraft again = studio().draftFrom(ALICE, first.scenarioId());
        assertThat(again.id()).as("her own scenario keeps its id").isEqualTo(first.scenarioId());
        again.setDemand(List.of(900L));
        ScenarioStudio.Saved second = studio().save(ALICE, again, "lower demand", false);
        assertThat(second.version()).as("a new revision of her scenario is its next version").isEqualTo(2);
        assertThat(second.revision()).isNotEqualTo(first.revision());
        assertThat(app.getBean(DebriefService.class).csv(session.id())).as("the played class is not touched").isEqualTo(csv);

        List<ScenarioStudio.HistoryLine> history = studio().history(ALICE, first.scenarioId());
        assertThat(history).extracting(ScenarioStudio.HistoryLine::note).containsExactly("12 turns, a dip at turn 7", "lower demand");
        assertThat(history.get(0).sessions()).containsExactly(session.id());
        assertThat(history.get(1).sessions()).isEmpty();
        assertThat(play.create(allBots(first.scenarioId()), ALICE).scenarioRevision()).isEqualTo(second.revision());
    }

    @Test
    void a_teachers_unshared_scenario_is_hers_alone_until_she_shares_it() {
        ScenarioDraft draft = studio().draftFrom(ALICE, "classic-beer-game");
        draft.setId(PRIVATE);
        studio().save(ALICE, draft, "my beer game", false);
        ScenarioCatalog catalog = app.getBean(ScenarioCatalog.class);
        assertThat(catalog.list(ALICE).scenarios()).extracting(ScenarioCatalog.Entry::id).contains(PRIVATE);
        assertThat(catalog.list(BOB).scenarios()).extracting(ScenarioCatalog.Entry::id).doesNotContain(PRIVATE);
        assertThat(studio().starts(BOB)).extracting(ScenarioStudio.Start::id).doesNotContain(PRIVATE);
        assertThatThrownBy(() -> app.driver().create(new SessionSettings(PRIVATE, 1, Map.of(), null,
                DefaultRule.REPEAT_LAST, "base-stock", false, 1L), BOB)).isInstanceOf(PlayException.class)
                .hasMessageContaining("no scenario " + PRIVATE);
        assertThatThrownBy(() -> studio().draftFrom(BOB, PRIVATE)).isInstanceOf(PlayException.class);
        assertThatThrownBy(() -> studio().history(BOB, PRIVATE)).isInstanceOf(PlayException.class);

        ScenarioDraft shared = studio().draftFrom(ALICE, PRIVATE);
        studio().save(ALICE, shared, "shared with the department", true);
        assertThat(catalog.list(BOB).scenarios()).extracting(ScenarioCatalog.Entry::id).contains(PRIVATE);
        ScenarioDraft bobs = studio().draftFrom(BOB, PRIVATE);
        assertThat(bobs.id()).as("Bob's draft of it is his own").isEqualTo(PRIVATE + "-" + BOB.username());
        bobs.setId(PRIVATE);
        assertThatThrownBy(() -> studio().save(BOB, bobs, "taking it over", false)).isInstanceOf(PlayException.class)
                .hasMessageContaining("another teacher's scenario");
    }

    @Test
    void nothing_is_stored_when_the_draft_or_its_note_is_refused() {
        ScenarioRevisions revisions = app.getBean(ScenarioRevisions.class);
        ScenarioDraft draft = studio().draftFrom(ALICE, "demand-bust");
        draft.setDemand(List.of(-3L));
        assertThatThrownBy(() -> studio().save(ALICE, draft, "broken", false)).isInstanceOf(PlayException.class)
                .hasMessageContaining("market.demand.base");
        draft.setDemand(List.of(100L));
        assertThatThrownBy(() -> studio().save(ALICE, draft, "  ", false)).isInstanceOf(PlayException.class)
                .hasMessageContaining("what this revision changes");
        draft.setId("demand-bust");
        assertThatThrownBy(() -> studio().save(ALICE, draft, "over the shipped one", false)).isInstanceOf(PlayException.class)
                .hasMessageContaining("shipped with Chipchain");
        assertThat(revisions.revisionsOf("demand-bust-" + ALICE.username())).isEmpty();
        assertThat(revisions.revisionsOf("demand-bust")).singleElement()
                .satisfies(r -> assertThat(r.source()).isEqualTo(ScenarioRevisions.Source.SHIPPED));

        draft.setId("demand-bust-" + ALICE.username());
        studio().save(ALICE, draft, "first", false);
        assertThatThrownBy(() -> studio().save(ALICE, draft, "again", false)).isInstanceOf(PlayException.class)
                .hasMessageContaining("Nothing has changed");
    }

    @Test
    void a_revision_stored_by_another_node_in_the_meantime_leaves_the_save_transaction_usable() {
        ScenarioRevisions revisions = app.getBean(ScenarioRevisions.class);
        String yaml = "# " + RUN + " raced\n" + ScenarioDraft.of(app.getBean(ScenarioCatalog.class)
                .yamlOf(app.getBean(ScenarioCatalog.class).currentRevision("classic-beer-game"))).yaml();
        var revision = new ScenarioRevisions.Revision(ScenarioRevisions.hashOf(yaml), "raced-" + RUN, 1, yaml,
                ScenarioRevisions.Source.TEACHER, "raced", ALICE.username(), java.time.Instant.now());
        var transactions = new org.springframework.transaction.support.TransactionTemplate(
                app.getBean(org.springframework.transaction.PlatformTransactionManager.class));
        boolean[] seen = new boolean[2];
        transactions.executeWithoutResult(status -> {
            seen[0] = revisions.insertUnlessTaken(revision);
            // the other node's insert, as this node's check missed it: refused, and the transaction goes on
            seen[1] = revisions.insertUnlessTaken(revision);
            assertThat(revisions.exists(revision.hash())).isTrue(); // on PostgreSQL: fails in an aborted transaction
        });
        assertThat(seen).containsExactly(true, false);
        assertThat(revisions.exists(revision.hash())).as("the first insert was committed").isTrue();
    }

    @Test
    void a_removed_scenario_leaves_the_lists_and_the_sessions_made_from_it_keep_their_revision() {
        ScenarioDraft draft = studio().draftFrom(ALICE, "classic-beer-game");
        draft.setId(ALICE.username() + "-to-remove");
        ScenarioStudio.Saved saved = studio().save(ALICE, draft, "a beer game to remove", false);
        PlayDriver play = app.driver();
        SessionInfo session = play.create(new SessionSettings(saved.scenarioId(), 1, Map.of(), null,
                DefaultRule.REPEAT_LAST, "base-stock", false, 3L), ALICE);
        play.start(session.id());
        play.closeTurnNow(session.id());
        String csv = app.getBean(DebriefService.class).csv(session.id());

        assertThatThrownBy(() -> studio().remove(BOB, saved.scenarioId())).as("not Bob's").isInstanceOf(PlayException.class);
        assertThatThrownBy(() -> studio().remove(ALICE, "classic-beer-game")).as("shipped").isInstanceOf(PlayException.class);
        assertThat(studio().remove(ALICE, saved.scenarioId())).as("sessions made from it").isEqualTo(1);

        ScenarioCatalog catalog = app.getBean(ScenarioCatalog.class);
        assertThat(catalog.list(ALICE).scenarios()).extracting(ScenarioCatalog.Entry::id).doesNotContain(saved.scenarioId());
        assertThat(studio().starts(ALICE)).extracting(ScenarioStudio.Start::id).doesNotContain(saved.scenarioId());
        assertThatThrownBy(() -> play.create(new SessionSettings(saved.scenarioId(), 1, Map.of(), null,
                DefaultRule.REPEAT_LAST, "base-stock", false, 3L), ALICE)).isInstanceOf(PlayException.class);
        // the session made from it plays on and exports as before
        assertThat(catalog.of(session).id()).isEqualTo(saved.scenarioId());
        assertThat(app.getBean(DebriefService.class).csv(session.id())).isEqualTo(csv);
        play.closeTurnNow(session.id());
        assertThat(play.info(session.id()).turn()).isEqualTo(3);
        assertThat(app.getBean(DebriefService.class).scenarioFile(session.id())).isEqualTo(catalog.yamlOf(saved.revision()));
    }
}
