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
    private final java.util.Map<String, Scenario> loaded = new java.util.concurrent.ConcurrentHashMap<>();

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

    /** The playable scenario with this id (loaded once), or a refusal naming what is wrong. */
    public Scenario load(String id) {
        Scenario cached = loaded.get(id);
        if (cached != null) {
            return cached;
        }
        for (Path file : files()) {
            String name = file.getFileName().toString();
            if (name.equals(id + ".yaml") || name.equals(id + ".yml")) {
                try {
                    Scenario scenario = ScenarioLoader.load(file);
                    loaded.put(id, scenario);
                    return scenario;
                } catch (InvalidScenarioException e) {
                    throw new PlayException(PlayException.Reason.NOT_FOUND, "The scenario " + id + " cannot be played:\n" + e.getMessage());
                }
            }
        }
        throw new PlayException(PlayException.Reason.NOT_FOUND, "There is no scenario " + id + " in " + folder);
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
