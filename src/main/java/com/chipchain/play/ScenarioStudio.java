package com.chipchain.play;

import com.chipchain.engine.Scenario;
import com.chipchain.play.accounts.Teacher;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The studio's use cases (docs/scenario-library.md, "The studio"): start a draft from any scenario a
 * teacher may use, save a draft the loader accepts as a new revision of the teacher's own scenario,
 * and read a scenario's history with the sessions that used each revision.
 */
@Service
public class ScenarioStudio {

    /** Longest change note kept with a revision. */
    public static final int NOTE_LENGTH = 500;

    private final ScenarioCatalog catalog;
    private final ScenarioRevisions revisions;
    private final Clock clock;
    /**
     * Previews run here, off the pages' threads: as many at once as the machine has cores less one
     * (at least one), so a preview never takes the cores a running class needs; more wait their turn.
     */
    private final java.util.concurrent.ExecutorService previews = java.util.concurrent.Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors() - 1), runnable -> {
                Thread thread = new Thread(runnable, "scenario-preview");
                thread.setDaemon(true);
                thread.setPriority(Thread.MIN_PRIORITY);
                return thread;
            });

    ScenarioStudio(ScenarioCatalog catalog, ScenarioRevisions revisions, Clock clock) {
        this.catalog = catalog;
        this.revisions = revisions;
        this.clock = clock;
    }

    /** One scenario a draft can start from. {@code mine} when the teacher owns it (saving adds a revision to it). */
    public record Start(String id, Label title, int version, int turns, boolean studio, boolean mine, boolean shared) {}

    /** A saved revision. */
    public record Saved(String scenarioId, String revision, int version) {}

    /** One revision in a scenario's history, with the sessions made from it. */
    public record HistoryLine(String revision, int version, String note, String author, Instant storedAt, List<String> sessions) {}

    /** Every scenario the teacher may start a draft from: the shipped and folder ones, their own, the shared ones. */
    public List<Start> starts(Teacher teacher) {
        List<Start> starts = new ArrayList<>();
        for (ScenarioCatalog.Entry entry : catalog.list(teacher).scenarios()) {
            var head = catalog.studioScenario(entry.id());
            boolean mine = head.map(h -> h.owner().equals(teacher.username())).orElse(false);
            starts.add(new Start(entry.id(), new Label(entry.titleEn(), entry.titleKo()), entry.version(), entry.turns(),
                    head.isPresent(), mine, head.map(ScenarioRevisions.Head::shared).orElse(false)));
        }
        return starts;
    }

    /**
     * A draft of a scenario. Started from somebody else's scenario (or a shipped one), it gets an id
     * of the teacher's own and version 1, so saving it never touches the original.
     */
    public ScenarioDraft draftFrom(Teacher teacher, String scenarioId) {
        String revision = catalog.currentRevision(scenarioId, teacher);
        ScenarioDraft draft = ScenarioDraft.of(catalog.yamlOf(revision));
        boolean mine = catalog.studioScenario(scenarioId).map(h -> h.owner().equals(teacher.username())).orElse(false);
        if (!mine) {
            draft.setId(freeId(scenarioId + "-" + idPart(teacher.username())));
            draft.setVersion(1);
        }
        return draft;
    }

    /**
     * Stores the draft as a new revision of the teacher's scenario with that id (made when new) and
     * makes it the one new sessions are made from. Refused, with nothing stored, when the loader
     * refuses the draft, when the id is a shipped or folder scenario's or another teacher's, or when
     * the text is the revision already current.
     */
    @Transactional
    public Saved save(Teacher teacher, ScenarioDraft draft, String note, boolean shared) {
        List<ScenarioDraft.Problem> problems = draft.problems();
        if (!problems.isEmpty()) {
            throw new PlayException(PlayException.Reason.INVALID_INPUT, "The scenario cannot be saved: "
                    + problems.get(0).path() + ": " + problems.get(0).message()).keyed("studio-problems", problems.size());
        }
        String id = draft.id();
        String text = note == null ? "" : note.strip();
        if (text.isEmpty() || text.length() > NOTE_LENGTH) {
            throw new PlayException(PlayException.Reason.INVALID_INPUT, "Say in 1 to " + NOTE_LENGTH
                    + " characters what this revision changes.").keyed("studio-note", NOTE_LENGTH);
        }
        if (fileScenarioIds().contains(id)) {
            throw new PlayException(PlayException.Reason.NAME_TAKEN, "The id " + id
                    + " is a scenario shipped with Chipchain or in the scenarios folder; give yours an id of its own.")
                    .keyed("studio-id-shipped", id);
        }
        var head = revisions.head(id);
        if (head.isPresent() && !head.get().owner().equals(teacher.username())) {
            throw new PlayException(PlayException.Reason.NAME_TAKEN, "The id " + id
                    + " belongs to another teacher's scenario; give yours an id of its own.").keyed("studio-id-taken", id);
        }
        if (head.isPresent()) {
            // a new revision of one's own scenario is its next version unless the teacher set a later one
            int current = catalog.revision(head.get().revision()).version();
            if (draft.version() <= current && !ScenarioRevisions.hashOf(draft.yaml()).equals(head.get().revision())) {
                draft.setVersion(current + 1);
            }
        }
        String yaml = draft.yaml();
        String revision = ScenarioRevisions.hashOf(yaml);
        if (head.isPresent() && head.get().revision().equals(revision) && head.get().shared() == shared) {
            throw new PlayException(PlayException.Reason.INVALID_INPUT, "Nothing has changed since the last revision.")
                    .keyed("studio-unchanged");
        }
        Scenario scenario = catalog.parsedDraft(yaml);
        Instant now = clock.instant();
        revisions.insertIfAbsent(new ScenarioRevisions.Revision(revision, id, scenario.version(), yaml,
                ScenarioRevisions.Source.TEACHER, text, teacher.username(), now));
        revisions.moveHead(id, revision, teacher.username(), shared, now);
        return new Saved(id, revision, scenario.version());
    }

    /**
     * Removes one of the teacher's own scenarios (an administrator may remove any): no new session
     * can be made from it and it leaves every list, but its revisions are kept, so the sessions made
     * from it play, replay and export as before. Returns how many sessions were made from it.
     * Shipped and folder scenarios are not the studio's to remove.
     */
    @Transactional
    public int remove(Teacher teacher, String scenarioId) {
        var head = revisions.head(scenarioId).filter(h -> h.owner().equals(teacher.username()) || teacher.admin());
        if (head.isEmpty()) {
            throw new PlayException(PlayException.Reason.NOT_FOUND, "There is no scenario " + scenarioId
                    + " of yours to remove.").keyed("studio-remove-none", scenarioId);
        }
        int sessions = 0;
        for (ScenarioRevisions.Summary revision : revisions.revisionsOf(scenarioId)) {
            sessions += revisions.sessionsOn(revision.hash()).size();
        }
        revisions.removeHead(scenarioId);
        return sessions;
    }

    /** The revisions of a scenario the teacher may use, oldest first, with the sessions made from each. */
    public List<HistoryLine> history(Teacher teacher, String scenarioId) {
        catalog.currentRevision(scenarioId, teacher); // refuses what the teacher may not see
        List<HistoryLine> lines = new ArrayList<>();
        for (ScenarioRevisions.Summary revision : revisions.revisionsOf(scenarioId)) {
            lines.add(new HistoryLine(revision.hash(), revision.version(), revision.note(), revision.author(),
                    revision.createdAt(), revisions.sessionsOn(revision.hash())));
        }
        return lines;
    }

    /** Two revisions of a scenario the teacher may use, side by side (older first). */
    public List<RevisionDiff.Row> compare(Teacher teacher, String scenarioId, String older, String newer) {
        List<ScenarioStudio.HistoryLine> history = history(teacher, scenarioId);
        if (history.stream().noneMatch(h -> h.revision().equals(older)) || history.stream().noneMatch(h -> h.revision().equals(newer))) {
            throw new PlayException(PlayException.Reason.NOT_FOUND, "Choose two revisions of " + scenarioId + ".").keyed("compare-choose");
        }
        return RevisionDiff.of(catalog.yamlOf(older), catalog.yamlOf(newer));
    }

    /**
     * Starts a preview of a draft against the scenario it started from (its text when opened) off the
     * caller's thread; {@code progress} hears the seeds done, {@code done} the result or the refusal.
     * Setting {@code cancel} stops it at the next seed.
     */
    public void preview(ScenarioDraft draft, String startYaml, int seeds, java.util.concurrent.atomic.AtomicBoolean cancel,
                        java.util.function.IntConsumer progress, java.util.function.Consumer<ScenarioPreview.Result> done,
                        java.util.function.Consumer<PlayException> refused) {
        String draftYaml = draft.yaml();
        previews.submit(() -> {
            try {
                done.accept(ScenarioPreview.run(draftYaml, startYaml, seeds, progress, cancel::get));
            } catch (PlayException e) {
                refused.accept(e);
            } catch (RuntimeException e) {
                refused.accept(new PlayException(PlayException.Reason.INVALID_INPUT, "The preview stopped: " + e.getMessage()));
            }
        });
    }

    /**
     * Starts the exploit search on a draft ({@link ExploitCheck}) off the caller's thread, on the same
     * low-priority pool as the previews; {@code progress} hears the games played.
     */
    public void huntExploits(ScenarioDraft draft, int rulesPerSeat, java.util.concurrent.atomic.AtomicBoolean cancel,
                             java.util.function.IntConsumer progress, java.util.function.Consumer<ExploitCheck.Result> done,
                             java.util.function.Consumer<PlayException> refused) {
        String draftYaml = draft.yaml();
        previews.submit(() -> {
            try {
                done.accept(ExploitCheck.run(draftYaml, rulesPerSeat, progress, cancel::get));
            } catch (PlayException e) {
                refused.accept(e);
            } catch (RuntimeException e) {
                refused.accept(new PlayException(PlayException.Reason.INVALID_INPUT, "The search stopped: " + e.getMessage()));
            }
        });
    }

    /** The games an exploit search of this size plays on the draft (for its progress bar); 0 when the draft does not load. */
    public int exploitGames(ScenarioDraft draft, int rulesPerSeat) {
        try {
            return ExploitCheck.games(com.chipchain.scenario.ScenarioLoader.parse("draft", draft.yaml()), rulesPerSeat);
        } catch (com.chipchain.scenario.InvalidScenarioException e) {
            return 0;
        }
    }

    @jakarta.annotation.PreDestroy
    void stopPreviews() {
        previews.shutdownNow();
    }

    /** The ids of the scenarios shipped in the jar and in the scenarios folder (read once per use: it scans the folder). */
    private java.util.Set<String> fileScenarioIds() {
        return catalog.list().scenarios().stream().map(ScenarioCatalog.Entry::id).collect(java.util.stream.Collectors.toSet());
    }

    /** The id, or the id with -2, -3 ... when it is taken. */
    private String freeId(String wanted) {
        String base = wanted.length() > 60 ? wanted.substring(0, 60) : wanted;
        java.util.Set<String> files = fileScenarioIds();
        String id = base;
        for (int n = 2; files.contains(id) || revisions.head(id).isPresent(); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** A user name as it may stand in a scenario id (lower-case letters, digits and dashes). */
    static String idPart(String username) {
        String part = username.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return part.isEmpty() ? "teacher" : part;
    }
}
