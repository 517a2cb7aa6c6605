package com.chipchain.play;

import com.chipchain.engine.Scenario;
import com.chipchain.play.accounts.Teacher;
import com.chipchain.scenario.InvalidScenarioException;
import com.chipchain.scenario.ScenarioLoader;
import com.chipchain.scenario.ScenarioProblem;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The scenario library (docs/scenario-library.md). New sessions are made from the scenario files
 * playable now ({@link ScenarioFolder}); every file that was ever playable here is stored as a
 * revision, and a session is always rebuilt from the revision it pinned when it was created, so a
 * file changed, raised to a new version or deleted afterwards never changes a started or finished
 * session.
 */
@Service
public class ScenarioCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(ScenarioCatalog.class);

    private final ScenarioFolder files;
    private final ScenarioRevisions revisions;
    private final Clock clock;
    /** Scenarios by revision: a revision never changes, so it is parsed once. */
    private final Map<String, Scenario> byRevision = new ConcurrentHashMap<>();
    private final Set<String> stored = ConcurrentHashMap.newKeySet();
    private volatile boolean olderSessionsPinned;

    ScenarioCatalog(@Value("${chipchain.scenarios-dir:scenarios}") String folder, ScenarioRevisions revisions, Clock clock) {
        this.files = new ScenarioFolder(Path.of(folder));
        this.revisions = revisions;
        this.clock = clock;
    }

    /** What a screen shows of a scenario; {@code revision} names the exact text a new session would pin. */
    public record Entry(String id, int version, String revision, String titleEn, String titleKo, String descriptionEn,
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

    /** The scenarios a new session can be made from, and the files that cannot be played, with why. */
    public Listing list() {
        List<Entry> entries = new ArrayList<>();
        List<ScenarioProblem> problems = new ArrayList<>();
        for (ScenarioFolder.Read read : scan()) {
            if (!read.playable()) {
                problems.addAll(read.problems());
                continue;
            }
            Scenario s = read.scenario();
            entries.add(new Entry(s.id(), s.version(), read.hash(), s.title().en(), s.title().ko(), s.description().en(),
                    s.description().ko(), s.turnCount(), s.roles().stream().map(r -> r.id()).toList()));
        }
        return new Listing(entries, problems);
    }

    /**
     * The scenarios a teacher can make a new session from: the files, then the studio's scenarios the
     * teacher owns or colleagues shared (an administrator sees all of them), each at its current revision.
     */
    public Listing list(Teacher teacher) {
        Listing files = list();
        List<Entry> entries = new ArrayList<>(files.scenarios());
        for (ScenarioRevisions.Head head : revisions.heads()) {
            if (mayUse(teacher, head) && entries.stream().noneMatch(e -> e.id().equals(head.scenarioId()))) {
                try {
                    Scenario s = revision(head.revision());
                    entries.add(new Entry(s.id(), s.version(), head.revision(), s.title().en(), s.title().ko(),
                            s.description().en(), s.description().ko(), s.turnCount(), s.roles().stream().map(r -> r.id()).toList()));
                } catch (PlayException e) {
                    LOG.warn("Studio scenario {} is left out of the list: {}", head.scenarioId(), e.getMessage());
                }
            }
        }
        return new Listing(entries, files.problems());
    }

    /** The scenario a new session with this id would be made from, or a refusal naming what is wrong. */
    public Scenario load(String id) {
        return byRevision.get(currentRevision(id));
    }

    /** {@link #currentRevision(String)}, or the current revision of a studio scenario this teacher may use. */
    public String currentRevision(String id, Teacher teacher) {
        if (teacher != null) {
            var head = revisions.head(id);
            if (head.isPresent() && mayUse(teacher, head.get())) {
                return head.get().revision();
            }
        }
        return currentRevision(id);
    }

    /** The studio scenario with this id, whoever owns it (empty for files and unknown ids). */
    java.util.Optional<ScenarioRevisions.Head> studioScenario(String id) {
        return revisions.head(id);
    }

    static boolean mayUse(Teacher teacher, ScenarioRevisions.Head head) {
        return teacher != null && (teacher.admin() || head.shared() || head.owner().equals(teacher.username()));
    }

    /** The revision a new session with this id would pin: the playable file with that id now. */
    public String currentRevision(String id) {
        for (ScenarioFolder.Read read : scan()) {
            if (read.playable() && read.scenario().id().equals(id)) {
                return read.hash();
            }
            if (!read.playable() && read.namedFor(id)) {
                throw new PlayException(PlayException.Reason.NOT_FOUND, "The scenario " + id + " cannot be played:\n"
                        + read.problems().stream().map(ScenarioProblem::toString).collect(Collectors.joining("\n")));
            }
        }
        throw new PlayException(PlayException.Reason.NOT_FOUND, "There is no scenario " + id + " in the jar or in " + files.path());
    }

    /** The scenario of a stored revision, whatever the files say today. */
    public Scenario revision(String hash) {
        if (hash == null) {
            throw new PlayException(PlayException.Reason.NOT_FOUND, "This game was made before the scenario library and its "
                    + "scenario file was gone when the library started, so it cannot be opened.").keyed("revision-missing");
        }
        Scenario known = byRevision.get(hash);
        if (known != null) {
            return known;
        }
        ScenarioRevisions.Revision stored = revisions.find(hash).orElseThrow(() -> new PlayException(
                PlayException.Reason.NOT_FOUND, "The scenario revision " + hash + " is not in the library.").keyed("revision-missing"));
        try {
            Scenario scenario = ScenarioLoader.parse(stored.scenarioId() + " (revision " + hash.substring(0, 12) + ")", stored.yaml());
            byRevision.putIfAbsent(hash, scenario);
            return scenario;
        } catch (InvalidScenarioException e) {
            // a revision was playable when it was stored; only a loader that became stricter refuses it now
            throw new PlayException(PlayException.Reason.WRONG_STATE, "The scenario revision " + hash.substring(0, 12)
                    + " of " + stored.scenarioId() + " no longer loads:\n"
                    + e.problems().stream().map(ScenarioProblem::toString).collect(Collectors.joining("\n")));
        }
    }

    /** The text of a stored revision, as it was when it was stored. */
    public String yamlOf(String hash) {
        return revisions.find(hash == null ? "" : hash).map(ScenarioRevisions.Revision::yaml).orElseThrow(() -> new PlayException(
                PlayException.Reason.NOT_FOUND, "The scenario revision " + hash + " is not in the library.").keyed("revision-missing"));
    }

    /** A studio draft's text parsed (the caller checked it), kept as the revision it will be stored as. */
    Scenario parsedDraft(String yaml) {
        String hash = ScenarioRevisions.hashOf(yaml);
        Scenario known = byRevision.get(hash);
        if (known != null) {
            return known;
        }
        try {
            Scenario scenario = ScenarioLoader.parse("draft", yaml);
            byRevision.putIfAbsent(hash, scenario);
            return scenario;
        } catch (InvalidScenarioException e) {
            throw new PlayException(PlayException.Reason.INVALID_INPUT, "The scenario cannot be saved: " + e.problems().get(0));
        }
    }

    /** The scenario a session was created from. */
    public Scenario of(SessionInfo session) {
        return revision(session.scenarioRevision());
    }

    /** Reads the files and stores every playable one as a revision (once per text). */
    private List<ScenarioFolder.Read> scan() {
        List<ScenarioFolder.Read> reads = files.readAll();
        for (ScenarioFolder.Read read : reads) {
            if (read.playable()) {
                store(read);
            }
        }
        if (!olderSessionsPinned) {
            int pinned = 0;
            for (ScenarioFolder.Read read : reads) {
                if (read.playable()) {
                    pinned += revisions.pinUnpinnedSessions(read.scenario().id(), read.scenario().version(), read.hash());
                }
            }
            if (pinned > 0) {
                LOG.info("Pinned {} sessions made before the scenario library to the revisions playable now", pinned);
            }
            olderSessionsPinned = true;
        }
        return reads;
    }

    private void store(ScenarioFolder.Read read) {
        byRevision.putIfAbsent(read.hash(), read.scenario());
        if (stored.contains(read.hash())) {
            return;
        }
        ScenarioFolder.Source source = read.source();
        Scenario scenario = read.scenario();
        boolean isNew = revisions.insertIfAbsent(new ScenarioRevisions.Revision(read.hash(), scenario.id(), scenario.version(),
                source.yaml(), source.shipped() ? ScenarioRevisions.Source.SHIPPED : ScenarioRevisions.Source.FOLDER,
                source.shipped() ? "shipped in the jar" : "from the scenarios folder: " + Path.of(source.name()).getFileName(),
                null, clock.instant()));
        if (isNew) {
            LOG.info("Scenario library: stored {} v{} as revision {}", scenario.id(), scenario.version(), read.hash().substring(0, 12));
        }
        stored.add(read.hash());
    }
}
