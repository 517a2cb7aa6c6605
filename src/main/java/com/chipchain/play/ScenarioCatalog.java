package com.chipchain.play;

import com.chipchain.engine.Scenario;
import com.chipchain.scenario.InvalidScenarioException;
import com.chipchain.scenario.ScenarioLoader;
import com.chipchain.scenario.ScenarioProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** The scenarios found in the scenarios folder: the playable ones, and the problems of the broken ones. */
@Service
public class ScenarioCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(ScenarioCatalog.class);

    private final Path folder;

    public ScenarioCatalog(@Value("${chipchain.scenarios-dir:scenarios}") String folder) {
        this.folder = Path.of(folder);
    }

    /** What a screen shows of a scenario. */
    public record Entry(String id, int version, String titleEn, String titleKo, String descriptionEn,
                        String descriptionKo, int turns, List<String> roles) {}

    public record Listing(List<Entry> scenarios, List<ScenarioProblem> problems) {}

    public Listing list() {
        List<Entry> entries = new ArrayList<>();
        List<ScenarioProblem> problems = new ArrayList<>();
        for (Path file : files()) {
            try {
                Scenario s = ScenarioLoader.load(file);
                entries.add(new Entry(s.id(), s.version(), s.title().en(), s.title().ko(), s.description().en(),
                        s.description().ko(), s.turnCount(), s.roles().stream().map(r -> r.id()).toList()));
            } catch (InvalidScenarioException e) {
                LOG.warn("Scenario file not playable:\n{}", e.getMessage());
                problems.addAll(e.problems());
            }
        }
        return new Listing(entries, problems);
    }

    private List<Path> files() {
        if (!Files.isDirectory(folder)) {
            LOG.warn("No scenarios folder at {}", folder.toAbsolutePath());
            return List.of();
        }
        try (Stream<Path> paths = Files.list(folder)) {
            return paths.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            LOG.warn("Cannot list {}: {}", folder, e.getMessage());
            return List.of();
        }
    }
}
