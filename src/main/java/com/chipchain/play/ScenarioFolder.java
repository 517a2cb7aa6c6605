package com.chipchain.play;

import com.chipchain.engine.Scenario;
import com.chipchain.scenario.InvalidScenarioException;
import com.chipchain.scenario.ScenarioLoader;
import com.chipchain.scenario.ScenarioProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The scenario files on this server: those shipped inside the jar, and those in the scenarios folder
 * beside it, which add to them. A folder file with the id of a shipped scenario is refused, unless it
 * is the shipped file itself (a clone of the repository has the same files in its folder). The
 * folder is read again at every look, so a file dropped there is seen without a restart.
 */
final class ScenarioFolder {

    private static final Logger LOG = LoggerFactory.getLogger(ScenarioFolder.class);
    /** Where the jar keeps its scenarios (the pom copies the repository's scenarios/ there). */
    static final String SHIPPED = "classpath*:scenarios/*.yaml";

    private final Path folder;
    private final List<Source> shipped;
    /** Parsed scenarios by the hash of their text: a file that has not changed is not parsed again. */
    private final Map<String, Scenario> parsed = new ConcurrentHashMap<>();

    /** A scenario file's text and where it came from, or why it could not be read. */
    record Source(String name, String yaml, List<ScenarioProblem> unreadable, boolean shipped) {}

    /** A file read: its scenario and the hash of its text, or its problems. */
    record Read(Source source, Scenario scenario, String hash, List<ScenarioProblem> problems) {

        boolean playable() {
            return scenario != null;
        }

        boolean namedFor(String id) {
            String name = Path.of(source.name()).getFileName().toString();
            return name.equals(id + ".yaml") || name.equals(id + ".yml");
        }
    }

    ScenarioFolder(Path folder) {
        this.folder = folder;
        this.shipped = shippedSources();
    }

    Path path() {
        return folder;
    }

    /** The shipped scenarios first, then the folder's; a folder file may not reuse a shipped id. */
    List<Read> readAll() {
        List<Read> reads = new ArrayList<>();
        Map<String, String> shippedText = new HashMap<>();
        for (Source source : shipped) {
            Read read = read(source);
            reads.add(read);
            if (read.playable()) {
                shippedText.put(read.scenario().id(), source.yaml());
            }
        }
        for (Source source : folderSources()) {
            Read read = read(source);
            if (read.playable() && shippedText.containsKey(read.scenario().id())) {
                if (!shippedText.get(read.scenario().id()).equals(source.yaml())) {
                    reads.add(new Read(source, null, null, List.of(new ScenarioProblem(source.name(), "id",
                            "is " + read.scenario().id() + ", the id of a scenario shipped in the jar; give this file an id of its own"))));
                }
                continue; // the shipped file itself, as a clone of the repository has it
            }
            reads.add(read);
        }
        return reads;
    }

    private Read read(Source source) {
        if (source.yaml() == null) {
            return new Read(source, null, null, source.unreadable());
        }
        String hash = ScenarioRevisions.hashOf(source.yaml());
        Scenario known = parsed.get(hash);
        if (known != null) {
            return new Read(source, known, hash, List.of());
        }
        try {
            Scenario scenario = ScenarioLoader.parse(source.name(), source.yaml());
            parsed.put(hash, scenario);
            return new Read(source, scenario, hash, List.of());
        } catch (InvalidScenarioException e) {
            return new Read(source, null, null, e.problems());
        }
    }

    private static List<Source> shippedSources() {
        List<Source> sources = new ArrayList<>();
        try {
            Resource[] files = new PathMatchingResourcePatternResolver(ScenarioFolder.class.getClassLoader()).getResources(SHIPPED);
            for (Resource file : files) {
                try (var in = file.getInputStream()) {
                    sources.add(new Source("(shipped) " + file.getFilename(), new String(in.readAllBytes(), StandardCharsets.UTF_8),
                            List.of(), true));
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot read the scenarios shipped in the jar: {}", e.getMessage());
        }
        sources.sort(Comparator.comparing(Source::name));
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
                    sources.add(new Source(file.toString(), ScenarioLoader.readFile(file), List.of(), false));
                } catch (InvalidScenarioException e) {
                    sources.add(new Source(file.toString(), null, e.problems(), false));
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot list {}: {}", folder, e.getMessage());
        }
        return sources;
    }
}
