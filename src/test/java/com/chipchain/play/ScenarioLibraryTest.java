package com.chipchain.play;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A session is rebuilt from the scenario revision it pinned when it was created: changing its file
 * (same version), raising the file's version or deleting the file afterwards changes nothing of a
 * played class, and never breaks the teacher's start page, the console, a seat link or the debrief
 * (docs/scenario-library.md).
 */
class ScenarioLibraryTest {

    /**
     * A scenario id of this test's own: the PostgreSQL run of the play tests shares one database, so a
     * fixed id would meet the revisions an earlier test or run stored under it.
     */
    private static String ownId() {
        return "my-beer-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    }

    private static final Map<String, String> ALL_BOTS = Map.of("retailer", "sterman", "wholesaler", "sterman",
            "distributor", "sterman", "factory", "sterman");

    @Test
    void a_played_class_keeps_its_books_when_its_scenario_file_is_changed_raised_or_deleted(@TempDir Path folder,
                                                                                             @TempDir Path downloads)
            throws IOException {
        Path database = PlayTestSupport.newDatabase();
        String id = ownId();
        String beer = Files.readString(Path.of("scenarios", "classic-beer-game.yaml"));
        Path file = folder.resolve(id + ".yaml");
        String original = beer.replace("id: classic-beer-game", "id: " + id);
        Files.writeString(file, original);
        String dir = "--chipchain.scenarios-dir=" + folder;

        String finished;
        String running;
        String finishedCsv;
        String runningCsv;
        String teamToken;
        try (ConfigurableApplicationContext app = PlayTestSupport.start(database, dir)) {
            PlayDriver play = PlayDriver.of(app);
            SessionInfo done = play.create(new SessionSettings(id, 1, ALL_BOTS, null, DefaultRule.REPEAT_LAST,
                    "base-stock", false, 7L));
            finished = done.id();
            assertThat(done.scenarioRevision()).as("a new session pins a revision").hasSize(64);
            play.start(finished);
            for (int turn = 1; turn <= 5; turn++) {
                play.closeTurnNow(finished);
            }
            play.end(finished);
            finishedCsv = app.getBean(DebriefService.class).csv(finished);

            SessionInfo live = play.create(new SessionSettings(id, 1,
                    Map.of("wholesaler", "sterman", "distributor", "sterman", "factory", "sterman"), null,
                    DefaultRule.REPEAT_LAST, "base-stock", false, 8L));
            running = live.id();
            teamToken = play.join(live.joinCode(), "Team", 0, "retailer", "test").token();
            play.start(running);
            play.closeTurnNow(running);
            play.closeTurnNow(running);
            runningCsv = app.getBean(DebriefService.class).csv(running);
        }

        // the same version, a different cost: a silent change that used to replay played classes to other books
        Files.writeString(file, original.replace("holdingCost: 0.50", "holdingCost: 2.50"));
        try (ConfigurableApplicationContext app = PlayTestSupport.start(database, dir)) {
            assertThat(app.getBean(DebriefService.class).csv(finished)).isEqualTo(finishedCsv);
            assertThat(app.getBean(DebriefService.class).csv(running)).isEqualTo(runningCsv);
            PlayDriver play = PlayDriver.of(app);
            SessionInfo fresh = play.create(new SessionSettings(id, 1, ALL_BOTS, null, DefaultRule.REPEAT_LAST,
                    "base-stock", false, 7L));
            assertThat(fresh.scenarioRevision()).as("a new session takes the file as it is now")
                    .isNotEqualTo(play.info(finished).scenarioRevision());

            // the export names the revision; its game log replays through the command line against that revision only
            DebriefService debriefs = app.getBean(DebriefService.class);
            String log = debriefs.gameLog(finished, 0);
            assertThat(log).contains("\"revision\" : \"" + play.info(finished).scenarioRevision() + "\"");
            assertThat(debriefs.scenarioFile(finished)).isEqualTo(original);
            assertThat(debriefs.scenarioFileName(finished)).startsWith(id + "-").endsWith(".yaml");
            Path logFile = Files.writeString(downloads.resolve("chain-1.json"), log);
            Path pinned = Files.writeString(downloads.resolve(debriefs.scenarioFileName(finished)), debriefs.scenarioFile(finished));
            var out = new java.io.ByteArrayOutputStream();
            var err = new java.io.ByteArrayOutputStream();
            assertThat(com.chipchain.cli.Cli.run(new String[] {"replay", "--log", logFile.toString(), "--scenario", pinned.toString()},
                    new java.io.PrintStream(out), new java.io.PrintStream(err))).as(err.toString()).isZero();
            assertThat(com.chipchain.cli.Cli.run(new String[] {"replay", "--log", logFile.toString(), "--scenario", file.toString()},
                    new java.io.PrintStream(out), new java.io.PrintStream(err))).isEqualTo(1);
            assertThat(err.toString()).contains("another text of it", "downloaded with the log");
        }

        // a raised version
        Files.writeString(file, original.replace("version: 1", "version: 2"));
        try (ConfigurableApplicationContext app = PlayTestSupport.start(database, dir)) {
            assertThat(app.getBean(DebriefService.class).csv(finished)).isEqualTo(finishedCsv);
            assertThat(app.getBean(DebriefService.class).debrief(finished).chains()).hasSize(1);
        }

        // the file deleted: the start page lists every session, the class goes on, the seat link works
        Files.delete(file);
        try (ConfigurableApplicationContext app = PlayTestSupport.start(database, dir)) {
            PlayDriver play = PlayDriver.of(app);
            assertThat(play.sessions()).extracting(SessionInfo::id).contains(finished, running);
            assertThat(app.getBean(ScenarioCatalog.class).list().scenarios()).extracting(ScenarioCatalog.Entry::id)
                    .doesNotContain(id);
            assertThat(app.getBean(DebriefService.class).csv(finished)).isEqualTo(finishedCsv);
            assertThat(play.seats(running)).hasSize(4);
            assertThat(play.rejoin(teamToken).teamName()).isEqualTo("Team");
            play.submit(teamToken, 3, RestartTest.order(5));
            assertThat(play.info(running).turn()).isEqualTo(4);
            assertThatThrownBy(() -> play.create(new SessionSettings(id, 1, ALL_BOTS, null, DefaultRule.REPEAT_LAST,
                    "base-stock", false, 7L))).isInstanceOf(PlayException.class).hasMessageContaining("no scenario " + id);
        }
    }

    @Test
    void every_text_a_scenario_file_had_is_stored_once_as_a_revision(@TempDir Path folder) throws IOException {
        String id = ownId();
        String beer = Files.readString(Path.of("scenarios", "classic-beer-game.yaml"));
        Path file = folder.resolve(id + ".yaml");
        Files.writeString(file, beer.replace("id: classic-beer-game", "id: " + id));
        try (ConfigurableApplicationContext app = PlayTestSupport.start(PlayTestSupport.newDatabase(), "--chipchain.scenarios-dir=" + folder)) {
            ScenarioCatalog catalog = app.getBean(ScenarioCatalog.class);
            ScenarioRevisions revisions = app.getBean(ScenarioRevisions.class);
            String first = catalog.currentRevision(id);
            catalog.list();
            catalog.list();
            assertThat(revisions.revisionsOf(id)).extracting(ScenarioRevisions.Summary::hash).containsExactly(first);

            Files.writeString(file, beer.replace("id: classic-beer-game", "id: " + id).replace("version: 1", "version: 2"));
            String second = catalog.currentRevision(id);
            assertThat(second).isNotEqualTo(first);
            assertThat(revisions.revisionsOf(id)).extracting(ScenarioRevisions.Summary::hash).containsExactly(first, second);
            assertThat(catalog.revision(first).version()).isEqualTo(1);
            assertThat(catalog.revision(second).version()).isEqualTo(2);
            assertThat(revisions.revisionsOf("made-in-america-2025")).singleElement()
                    .satisfies(r -> assertThat(r.source()).isEqualTo(ScenarioRevisions.Source.SHIPPED));
            assertThatThrownBy(() -> catalog.revision("0".repeat(64))).isInstanceOf(PlayException.class)
                    .hasMessageContaining("not in the library");

            // a broken file is said on the teacher's start page, and the rest stays playable
            Files.writeString(folder.resolve("broken.yaml"), "id: [unclosed");
            assertThat(app.getBean(ScenarioChoices.class).unplayableScenarioFiles()).singleElement()
                    .satisfies(problem -> assertThat(problem).contains("broken.yaml", "not valid YAML"));
            assertThat(app.getBean(ScenarioChoices.class).playableScenarios()).hasSize(7);
        }
    }

    @Test
    void sessions_from_before_the_library_are_pinned_to_the_revision_playable_when_it_starts() {
        Path database = PlayTestSupport.newDatabase();
        String old;
        try (ConfigurableApplicationContext app = PlayTestSupport.start(database)) {
            PlayDriver play = PlayDriver.of(app);
            old = play.create(new SessionSettings("classic-beer-game", 1, ALL_BOTS, null, DefaultRule.REPEAT_LAST,
                    "base-stock", false, 3L)).id();
            // as a database from before the library has it
            app.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                    .sql("UPDATE game_session SET scenario_revision = NULL WHERE id = ?").param(old).update();
        }
        try (ConfigurableApplicationContext app = PlayTestSupport.start(database)) {
            assertThat(PlayDriver.of(app).info(old).scenarioRevision())
                    .isEqualTo(app.getBean(ScenarioCatalog.class).currentRevision("classic-beer-game"));
            List<String> on = app.getBean(ScenarioRevisions.class).sessionsOn(app.getBean(ScenarioCatalog.class).currentRevision("classic-beer-game"));
            assertThat(on).contains(old);
        }
    }
}
