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
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

/**
 * The playable scenarios: those shipped inside the jar, and those in the scenarios folder beside it
 * ({@code chipchain.scenarios-dir}, default {@code scenarios}), which add to them. A folder file
 * with the id of a shipped scenario is refused, unless it is the shipped file itself (a clone of
 * the repository has the same files in its folder). Start-up logs what is playable and what is not.
 */
@Service
public class ScenarioCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(ScenarioCatalog.class);
    /** Where the jar keeps its scenarios (the pom copies the repository's scenarios/ there). */
    static final String SHIPPED = "classpath*:scenarios/*.yaml";

    private final Path folder;
    private final List<Source> shipped;
    private final java.util.Map<String, Scenario> loaded = new java.util.concurrent.ConcurrentHashMap<>();

    /** A scenario file's text and where it came from, or why it could not be read. */
    private record Source(String name, String yaml, List<ScenarioProblem> unreadable) {}

    /** A source read: its scenario, or its problems. */
    private record Read(Source source, Scenario scenario, List<ScenarioProblem> problems) {}

    public ScenarioCatalog(@Value("${chipchain.scenarios-dir:scenarios}") String folder) {
        this.folder = Path.of(folder);
        this.shipped = shippedSources();
    }

    /** What a screen shows of a scenario. */
    public record Entry(String id, int version, String titleEn, String titleKo, String descriptionEn,
                        String descriptionKo, int turns, List<String> roles) {}

    public record Listing(List<Entry> scenarios, List<ScenarioProblem> problems) {}

    /** Says once, at start, which scenarios can be played and which files cannot, and why. */
    @EventListener(ApplicationReadyEvent.class)
    public void logWhatIsPlayable() {
        Listing listing = list();
        LOG.info("Playable scenarios ({}): {}", listing.scenarios().size(),
                listing.scenarios().stream().map(e -> e.id() + " v" + e.version()).toList());
        listing.problems().forEach(p -> LOG.warn("Scenario not playable: {}", p));
    }

    public Listing list() {
        List<Entry> entries = new ArrayList<>();
        List<ScenarioProblem> problems = new ArrayList<>();
        for (Read read : readAll()) {
            if (read.scenario() == null) {
                problems.addAll(read.problems());
                continue;
            }
            Scenario s = read.scenario();
            entries.add(new Entry(s.id(), s.version(), s.title().en(), s.title().ko(), s.description().en(),
                    s.description().ko(), s.turnCount(), s.roles().stream().map(r -> r.id()).toList()));
        }
        return new Listing(entries, problems);
    }

    /** The playable scenario with this id (loaded once), or a refusal naming what is wrong. */
    public Scenario load(String id) {
        Scenario cached = loaded.get(id);
        if (cached != null) {
            return cached;
        }
        for (Read read : readAll()) {
            if (read.scenario() != null && read.scenario().id().equals(id)) {
                loaded.put(id, read.scenario());
                return read.scenario();
            }
            String name = Path.of(read.source().name()).getFileName().toString();
            if (read.scenario() == null && (name.equals(id + ".yaml") || name.equals(id + ".yml"))) {
                throw new PlayException(PlayException.Reason.NOT_FOUND, "The scenario " + id + " cannot be played:\n"
                        + read.problems().stream().map(ScenarioProblem::toString).collect(java.util.stream.Collectors.joining("\n")));
            }
        }
        throw new PlayException(PlayException.Reason.NOT_FOUND, "There is no scenario " + id + " in the jar or in " + folder);
    }

    /** The shipped scenarios first, then the folder's; a folder file may not reuse a shipped id. */
    private List<Read> readAll() {
        List<Read> reads = new ArrayList<>();
        java.util.Map<String, String> shippedText = new java.util.HashMap<>();
        for (Source source : shipped) {
            Read read = read(source);
            reads.add(read);
            if (read.scenario() != null) {
                shippedText.put(read.scenario().id(), source.yaml());
            }
        }
        for (Source source : folderSources()) {
            Read read = read(source);
            if (read.scenario() != null && shippedText.containsKey(read.scenario().id())) {
                if (!shippedText.get(read.scenario().id()).equals(source.yaml())) {
                    reads.add(new Read(source, null, List.of(new ScenarioProblem(source.name(), "id",
                            "is " + read.scenario().id() + ", the id of a scenario shipped in the jar; give this file an id of its own"))));
                }
                continue; // the shipped file itself, as a clone of the repository has it
            }
            reads.add(read);
        }
        return reads;
    }

    private static Read read(Source source) {
        if (source.yaml() == null) {
            return new Read(source, null, source.unreadable());
        }
        try {
            return new Read(source, ScenarioLoader.parse(source.name(), source.yaml()), List.of());
        } catch (InvalidScenarioException e) {
            return new Read(source, null, e.problems());
        }
    }

    private static List<Source> shippedSources() {
        List<Source> sources = new ArrayList<>();
        try {
            Resource[] files = new PathMatchingResourcePatternResolver(ScenarioCatalog.class.getClassLoader()).getResources(SHIPPED);
            for (Resource file : files) {
                try (var in = file.getInputStream()) {
                    sources.add(new Source("(shipped) " + file.getFilename(), new String(in.readAllBytes(), StandardCharsets.UTF_8), List.of()));
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot read the scenarios shipped in the jar: {}", e.getMessage());
        }
        sources.sort(java.util.Comparator.comparing(Source::name));
        return List.copyOf(sources);
    }

    private List<Source> folderSources() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Source> sources = new ArrayList<>();
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path file : paths.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList()) {
                try {
                    sources.add(new Source(file.toString(), ScenarioLoader.readFile(file), List.of()));
                } catch (InvalidScenarioException e) {
                    sources.add(new Source(file.toString(), null, e.problems()));
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot list {}: {}", folder, e.getMessage());
        }
        return sources;
    }
}
