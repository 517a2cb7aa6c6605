package com.chipchain.play;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped scenarios are in the jar; a scenarios folder adds to them and may not replace one. */
class ScenarioFolderTest {

    static final String[] SHIPPED = {"classic-beer-game", "demand-bust", "export-controls-2025", "made-in-america-2025",
            "taiwan-strait-disruption", "tariff-escalation"};

    @Test
    void without_a_scenarios_folder_all_six_shipped_scenarios_are_playable(@TempDir Path empty) {
        ScenarioFolder files = new ScenarioFolder(empty.resolve("no-such-folder"));
        assertThat(files.readAll()).allSatisfy(read -> assertThat(read.playable()).isTrue())
                .extracting(read -> read.scenario().id()).containsExactlyInAnyOrder(SHIPPED);
        assertThat(files.readAll()).filteredOn(read -> read.scenario().id().equals("made-in-america-2025")).singleElement()
                .satisfies(read -> assertThat(read.scenario().turnCount()).isEqualTo(16));
    }

    @Test
    void a_folder_adds_its_own_scenarios_and_refuses_a_shipped_id_with_other_content(@TempDir Path folder) throws IOException {
        String flagship = Files.readString(Path.of("scenarios", "made-in-america-2025.yaml"));
        String beer = Files.readString(Path.of("scenarios", "classic-beer-game.yaml"));
        Files.writeString(folder.resolve("made-in-america-2025.yaml"), flagship); // the shipped file itself: no noise
        Files.writeString(folder.resolve("my-flagship.yaml"), flagship.replace("id: made-in-america-2025", "id: my-flagship"));
        Files.writeString(folder.resolve("beer-copy.yaml"), beer.replace("version: 1", "version: 2"));
        Files.writeString(folder.resolve("broken.yaml"), "id: [unclosed");
        ScenarioFolder files = new ScenarioFolder(folder);

        var reads = files.readAll();
        assertThat(reads).filteredOn(ScenarioFolder.Read::playable).extracting(read -> read.scenario().id())
                .contains(SHIPPED).contains("my-flagship").hasSize(7);
        var problems = reads.stream().flatMap(read -> read.problems().stream()).toList();
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.file()).endsWith("beer-copy.yaml");
            assertThat(p.message()).contains("classic-beer-game", "shipped in the jar", "an id of its own");
        });
        assertThat(problems).anySatisfy(p -> assertThat(p.file()).endsWith("broken.yaml"));
        assertThat(reads).filteredOn(read -> read.namedFor("broken")).singleElement()
                .satisfies(read -> assertThat(read.playable()).isFalse());
    }
}
