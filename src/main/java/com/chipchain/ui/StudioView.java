package com.chipchain.ui;

import com.chipchain.play.PlayException;
import com.chipchain.play.RevisionDiff;
import com.chipchain.play.ScenarioDraft;
import com.chipchain.play.ScenarioPreview;
import com.chipchain.play.ScenarioStudio;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scenario studio (docs/facilitator-guide.md, "Make your own scenario"): a teacher starts from
 * any scenario they may use, changes it with forms, sees every refusal of the loader at its field
 * as they type, and saves it as a revision of their own scenario. Advanced users download and
 * upload the YAML.
 */
@Route(value = "studio", layout = MainLayout.class)
@RolesAllowed(SecurityConfig.FACILITATOR)
public class StudioView extends VerticalLayout implements HasDynamicTitle {

    private final ScenarioStudio studio;
    /** Every field of the form with the path the loader names in its problems. */
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    /** What was typed and cannot be read at all (not a number): kept out of the draft, shown at its field. */
    private final Map<String, String> typed = new LinkedHashMap<>();
    private final Div form = new Div();
    private final UnorderedList problemList = new UnorderedList();
    private final Span problemSummary = new Span();
    private final Span moved = new Span();
    /** The problems of the last uploaded file, at its lines (above the form: the form may not show that file). */
    private final Div uploadProblems = new Div();
    private final LineChart demandChart = new LineChart();
    /** The save button of the form on show (a new one with every opened draft). */
    private Button save = new Button();
    private ScenarioDraft draft;
    private List<Long> startDemand = List.of();
    /** The scenario the draft started from, as it was opened: the other side of the preview. */
    private String startYaml = "";
    /** The id of the scenario the draft was opened from (its history is shown). */
    private String startId = "";
    private java.util.concurrent.atomic.AtomicBoolean previewCancel = new java.util.concurrent.atomic.AtomicBoolean();
    /** True while the form is filled from the draft: those value changes are not edits. */
    private boolean filling;

    public StudioView(ScenarioStudio studio) {
        this.studio = studio;
        setId("studio");
        addClassName("studio");
        List<ScenarioStudio.Start> starts = studio.starts(SignedIn.teacher());
        Select<ScenarioStudio.Start> from = new Select<>();
        from.setId("studio-start");
        from.setLabel(getTranslation("studio.start"));
        from.setItems(starts);
        from.setItemLabelGenerator(s -> Texts.of(s.title()) + " (" + s.id() + ", v" + s.version() + ")"
                + (s.mine() ? " - " + getTranslation("studio.mine") : s.studio() ? " - " + getTranslation("studio.shared") : ""));
        Button open = new Button(getTranslation("studio.open"), e -> {
            if (from.getValue() != null) {
                uploadProblems.removeAll();
                startId = from.getValue().id();
                act(() -> open(studio.draftFrom(SignedIn.teacher(), from.getValue().id())));
            }
        });
        open.setId("studio-open");
        HorizontalLayout top = new HorizontalLayout(from, open);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.addClassName("wrap-row");
        Div intro = new Div(new H2(getTranslation("studio.title")), new Paragraph(getTranslation("studio.intro")), top);
        intro.addClassName("panel");
        form.setId("studio-form");
        uploadProblems.setId("studio-upload-problems");
        uploadProblems.addClassName("studio-upload-problems");
        add(intro, uploadProblems, form);
        addDetachListener(e -> previewCancel.set(true)); // a preview nobody will read stops
        starts.stream().filter(s -> s.id().equals("made-in-america-2025")).findFirst()
                .or(() -> starts.stream().findFirst()).ifPresent(s -> {
                    from.setValue(s);
                    startId = s.id();
                    act(() -> open(studio.draftFrom(SignedIn.teacher(), s.id())));
                });
    }

    private void open(ScenarioDraft opened) {
        previewCancel.set(true);
        draft = opened;
        startDemand = opened.demand();
        startYaml = opened.yaml();
        fields.clear();
        typed.clear();
        form.removeAll();
        filling = true;
        form.add(namesPanel(), turnsPanel(), demandPanel(), cashPanel(), briefingsPanel(), checkPanel(), previewPanel(), savePanel(), historyPanel());
        filling = false;
        refresh();
    }

    private Div namesPanel() {
        TextField id = text("studio-id", "id", getTranslation("studio.id"), draft.id(), draft::setId);
        id.setHelperText(getTranslation("studio.id-help"));
        Div panel = panel("studio.names", id);
        for (String language : ScenarioDraft.LANGUAGES) {
            panel.add(text("studio-title-" + language, "title." + language, getTranslation("studio.title-in", language.toUpperCase()),
                    draft.title(language), v -> draft.setTitle(language, v)));
        }
        for (String language : ScenarioDraft.LANGUAGES) {
            TextArea description = area("studio-description-" + language, "description." + language,
                    getTranslation("studio.description-in", language.toUpperCase()), draft.description(language),
                    v -> draft.setDescription(language, v));
            panel.add(description);
        }
        return panel;
    }

    private Div turnsPanel() {
        IntegerField turns = new IntegerField(getTranslation("studio.turns"));
        turns.setId("studio-turns");
        turns.setMin(1);
        turns.setMax(60);
        turns.setStepButtonsVisible(true);
        turns.setValue(draft.turns());
        turns.setValueChangeMode(ValueChangeMode.LAZY);
        turns.addValueChangeListener(e -> edit(() -> {
            int count = e.getValue() == null ? 0 : e.getValue();
            List<ScenarioDraft.TurnsChange> changed = draft.setTurns(count);
            moved.setText(changed.isEmpty() ? "" : getTranslation("studio.turns-moved", count, String.join("; ", changed.stream()
                    .map(c -> getTranslation("studio.turns-" + c.kind().name().toLowerCase().replace('_', '-'), c.paths().size()))
                    .toList())));
        }));
        fields.put("turns.count", turns);
        moved.setId("studio-turns-moved");
        moved.addClassName("hint");
        return panel("studio.turns-title", turns, moved);
    }

    private Div demandPanel() {
        TextField perTurn = text("studio-demand", "market.demand.base", getTranslation("studio.demand-per-turn"),
                joined(draft.demand()), v -> {
                    List<Long> values = parsed(v);
                    if (values == null) {
                        typed.put("market.demand.base", getTranslation("studio.demand-not-numbers"));
                    } else {
                        typed.remove("market.demand.base");
                        draft.setDemand(values);
                    }
                });
        perTurn.setHelperText(getTranslation("studio.demand-help"));
        perTurn.setWidthFull();
        IntegerField level = new IntegerField(getTranslation("studio.demand-level"));
        level.setId("studio-demand-level");
        level.setValue(draft.demand().isEmpty() ? 1000 : draft.demand().get(0).intValue());
        NumberField growth = new NumberField(getTranslation("studio.demand-growth"));
        growth.setId("studio-demand-growth");
        growth.setValue(0.0);
        IntegerField shockTurn = new IntegerField(getTranslation("studio.demand-shock-turn"));
        shockTurn.setId("studio-demand-shock-turn");
        IntegerField shockPercent = new IntegerField(getTranslation("studio.demand-shock-percent"));
        shockPercent.setId("studio-demand-shock-percent");
        shockPercent.setHelperText(getTranslation("studio.demand-shock-help"));
        IntegerField shockTurns = new IntegerField(getTranslation("studio.demand-shock-turns"));
        shockTurns.setId("studio-demand-shock-turns");
        shockTurns.setValue(1);
        Button draw = new Button(getTranslation("studio.demand-draw"), e -> {
            List<Long> path = ScenarioDraft.demandPath(level.getValue() == null ? 0 : level.getValue(),
                    growth.getValue() == null ? 0 : growth.getValue(), Math.max(1, draft.turns()),
                    shockTurn.getValue() == null ? 0 : shockTurn.getValue(),
                    shockPercent.getValue() == null ? 0 : shockPercent.getValue(),
                    shockTurns.getValue() == null ? 1 : shockTurns.getValue());
            perTurn.setValue(joined(path));
        });
        draw.setId("studio-demand-draw");
        HorizontalLayout words = new HorizontalLayout(level, growth, shockTurn, shockPercent, shockTurns, draw);
        words.addClassName("wrap-row");
        words.setAlignItems(FlexComponent.Alignment.BASELINE);
        demandChart.setId("studio-demand-chart");
        demandChart.decorate(getTranslation("studio.demand-chart"), List.of(), false);
        return panel("studio.demand-title", demandChart, perTurn, new Paragraph(getTranslation("studio.demand-words")), words);
    }

    private Div cashPanel() {
        Div panel = panel("studio.cash-title");
        List<String> roles = draft.roleIds();
        for (int r = 0; r < roles.size(); r++) {
            final int role = r;
            BigDecimalField cash = new BigDecimalField(roleName(r));
            cash.setId("studio-cash-" + roles.get(r));
            cash.setValue(draft.cash(r));
            cash.setValueChangeMode(ValueChangeMode.LAZY);
            String path = "roles[" + r + "].cash";
            cash.addValueChangeListener(e -> edit(() -> {
                if (e.getValue() == null) {
                    typed.put(path, getTranslation("studio.cash-empty"));
                } else {
                    typed.remove(path);
                    draft.setCash(role, e.getValue());
                }
            }));
            fields.put("roles[" + r + "].cash", cash);
            panel.add(cash);
        }
        return panel;
    }

    private Div briefingsPanel() {
        Div panel = panel("studio.briefings-title");
        List<String> roles = draft.roleIds();
        for (int r = 0; r < roles.size(); r++) {
            final int role = r;
            Div texts = new Div();
            for (String language : ScenarioDraft.LANGUAGES) {
                texts.add(area("studio-briefing-" + roles.get(r) + "-" + language, "roles[" + r + "].briefing." + language,
                        language.toUpperCase(), draft.briefing(r, language), v -> draft.setBriefing(role, language, v)));
            }
            Details details = new Details(roleName(r), texts);
            details.setId("studio-briefing-" + roles.get(r));
            panel.add(details);
        }
        return panel;
    }

    private Div checkPanel() {
        problemSummary.setId("studio-check");
        problemList.setId("studio-problems");
        return panel("studio.check-title", problemSummary, problemList);
    }

    /** "Check it before class": the benchmark bots on the same seeds of the draft and of what it started from. */
    private Div previewPanel() {
        IntegerField seeds = new IntegerField(getTranslation("studio.preview-seeds"));
        seeds.setId("studio-preview-seeds");
        seeds.setMin(1);
        seeds.setMax(ScenarioPreview.MAX_SEEDS);
        seeds.setValue(200);
        com.vaadin.flow.component.progressbar.ProgressBar bar = new com.vaadin.flow.component.progressbar.ProgressBar();
        bar.setId("studio-preview-progress");
        bar.setVisible(false);
        Span status = new Span();
        status.setId("studio-preview-status");
        Div results = new Div();
        results.setId("studio-preview-results");
        Button cancel = new Button(getTranslation("studio.preview-cancel"));
        cancel.setId("studio-preview-cancel");
        cancel.setVisible(false);
        Button run = new Button(getTranslation("studio.preview-run"));
        run.setId("studio-preview-run");
        run.addClickListener(e -> act(() -> {
            int n = seeds.getValue() == null ? 0 : seeds.getValue();
            if (n < 1 || n > ScenarioPreview.MAX_SEEDS) {
                seeds.setInvalid(true);
                seeds.setErrorMessage(getTranslation("refusal.preview-seeds", ScenarioPreview.MAX_SEEDS));
                return;
            }
            if (!draft.problems().isEmpty()) {
                throw new PlayException(PlayException.Reason.INVALID_INPUT, "Fix the problems first.").keyed("preview-problems");
            }
            seeds.setInvalid(false);
            UI ui = UI.getCurrent();
            java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
            previewCancel.set(true);
            previewCancel = stop;
            run.setEnabled(false);
            cancel.setVisible(true);
            bar.setVisible(true);
            bar.setValue(0);
            status.setText(getTranslation("studio.preview-running", 0, n));
            results.removeAll();
            studio.preview(draft, startYaml, n, stop,
                    done -> ui.access(() -> {
                        bar.setValue(done / (double) n);
                        status.setText(getTranslation("studio.preview-running", done, n));
                    }),
                    result -> ui.access(() -> {
                        run.setEnabled(true);
                        cancel.setVisible(false);
                        bar.setVisible(false);
                        status.setText(getTranslation(result.cancelled() ? "studio.preview-cancelled" : "studio.preview-done",
                                result.seeds(), Texts.number(result.millis())));
                        if (result.seeds() > 0) {
                            results.add(previewResults(result));
                        }
                    }),
                    refusal -> ui.access(() -> {
                        run.setEnabled(true);
                        cancel.setVisible(false);
                        bar.setVisible(false);
                        status.setText(Refusals.of(this, refusal));
                    }));
        }));
        cancel.addClickListener(e -> previewCancel.set(true));
        HorizontalLayout row = new HorizontalLayout(seeds, run, cancel);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.addClassName("wrap-row");
        return panel("studio.preview-title", new Paragraph(getTranslation("studio.preview-intro")), row, bar, status, results);
    }

    private Div previewResults(ScenarioPreview.Result result) {
        List<String> percentiles = new ArrayList<>();
        for (int p = 0; p <= 100; p += ScenarioPreview.PERCENTILE_STEP) {
            percentiles.add(p + "%");
        }
        LineChart chain = new LineChart();
        chain.setId("studio-preview-chain");
        chain.decorate(getTranslation("studio.preview-chain-chart"), List.of(), false);
        chain.show(percentiles, List.of(
                new LineChart.Series(getTranslation("studio.demand-draft"), boxed(result.draft().chainPercentiles()), "#1676f3"),
                new LineChart.Series(getTranslation("studio.demand-start"), boxed(result.start().chainPercentiles()), "#868e96", true)),
                getTranslation("studio.preview-chain-axis"));
        LineChart fill = new LineChart();
        fill.setId("studio-preview-fill");
        fill.decorate(getTranslation("studio.preview-fill-chart"), List.of(), false);
        fill.show(percentiles, List.of(
                new LineChart.Series(getTranslation("studio.demand-draft"), percent(result.draft().fillPercentiles()), "#1676f3"),
                new LineChart.Series(getTranslation("studio.demand-start"), percent(result.start().fillPercentiles()), "#868e96", true)),
                getTranslation("studio.preview-fill-axis"));
        PlainTable teams = new PlainTable("studio-preview-teams", List.of(getTranslation("studio.preview-team"),
                getTranslation("studio.preview-score-draft"), getTranslation("studio.preview-score-start"),
                getTranslation("studio.preview-bullwhip-draft"), getTranslation("studio.preview-bullwhip-start")));
        List<String> roles = result.draft().roles();
        for (int r = 0; r < roles.size(); r++) {
            int onStart = result.start().roles().indexOf(roles.get(r));
            teams.row(List.of(roleName(r),
                    Texts.number(Math.round(result.draft().meanTeamScores()[r])),
                    onStart < 0 ? "" : Texts.number(Math.round(result.start().meanTeamScores()[onStart])),
                    ratio(result.draft().meanBullwhip()[r]),
                    onStart < 0 ? "" : ratio(result.start().meanBullwhip()[onStart])));
        }
        teams.row(List.of(getTranslation("studio.preview-chain"), Texts.number(Math.round(result.draft().meanChain())),
                Texts.number(Math.round(result.start().meanChain())), "", ""));
        Div charts = new Div(chain, fill);
        charts.addClassName("studio-preview-charts");
        return new Div(charts, teams);
    }

    private static List<Double> boxed(double[] values) {
        List<Double> out = new ArrayList<>();
        for (double v : values) {
            out.add(v);
        }
        return out;
    }

    private static List<Double> percent(double[] values) {
        List<Double> out = new ArrayList<>();
        for (double v : values) {
            out.add(Math.round(v * 1000) / 10.0);
        }
        return out;
    }

    private static String ratio(double value) {
        return Double.isNaN(value) ? "-" : String.format(Texts.locale(), "%.2f", value);
    }

    /** The revisions of the scenario the draft came from, the sessions made from each, and two side by side. */
    private Div historyPanel() {
        Div panel = panel("studio.history-title");
        panel.setId("studio-history");
        List<ScenarioStudio.HistoryLine> history;
        try {
            history = studio.history(SignedIn.teacher(), startId);
        } catch (PlayException e) {
            return panel; // an uploaded file's scenario has no history here yet
        }
        panel.add(new Paragraph(getTranslation("studio.history-of", startId)));
        PlainTable table = new PlainTable("studio-history-table", List.of(getTranslation("studio.history-version"),
                getTranslation("studio.history-stored"), getTranslation("studio.history-by"), getTranslation("studio.history-note"),
                getTranslation("studio.history-sessions")));
        java.time.format.DateTimeFormatter when = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(java.time.ZoneId.systemDefault());
        for (ScenarioStudio.HistoryLine line : history) {
            table.row(List.of("v" + line.version() + " (" + line.revision().substring(0, 8) + ")", when.format(line.storedAt()),
                    line.author() == null ? "" : line.author(), line.note(), String.valueOf(line.sessions().size())));
        }
        panel.add(table);
        if (history.size() >= 2) {
            Select<ScenarioStudio.HistoryLine> older = new Select<>();
            Select<ScenarioStudio.HistoryLine> newer = new Select<>();
            older.setId("studio-compare-older");
            newer.setId("studio-compare-newer");
            older.setLabel(getTranslation("studio.compare-older"));
            newer.setLabel(getTranslation("studio.compare-newer"));
            for (Select<ScenarioStudio.HistoryLine> select : List.of(older, newer)) {
                select.setItems(history);
                select.setItemLabelGenerator(h -> "v" + h.version() + " (" + h.revision().substring(0, 8) + ") " + h.note());
            }
            older.setValue(history.get(history.size() - 2));
            newer.setValue(history.get(history.size() - 1));
            Div sideBySide = new Div();
            sideBySide.setId("studio-compare");
            Button compare = new Button(getTranslation("studio.compare"), e -> act(() -> {
                sideBySide.removeAll();
                List<RevisionDiff.Row> rows = studio.compare(SignedIn.teacher(), startId, older.getValue().revision(),
                        newer.getValue().revision());
                if (rows.stream().allMatch(r -> r.kind() == RevisionDiff.Kind.GAP)) {
                    sideBySide.add(new Paragraph(getTranslation("studio.compare-same")));
                    return;
                }
                PlainTable diff = new PlainTable("studio-compare-table", List.of(getTranslation("studio.compare-line"),
                        getTranslation("studio.compare-older"), getTranslation("studio.compare-line"),
                        getTranslation("studio.compare-newer"), getTranslation("studio.compare-change")));
                for (RevisionDiff.Row row : rows) {
                    if (row.kind() == RevisionDiff.Kind.GAP || row.kind() == RevisionDiff.Kind.SAME) {
                        boolean gap = row.kind() == RevisionDiff.Kind.GAP;
                        diff.row(List.of(gap ? "..." : String.valueOf(row.oldLine()), row.oldText(),
                                gap ? "..." : String.valueOf(row.newLine()), row.newText(), ""));
                        continue;
                    }
                    String theme = switch (row.kind()) {
                        case REMOVED -> "error";
                        case ADDED -> "success";
                        default -> "contrast";
                    };
                    diff.row(List.of(row.oldLine() == 0 ? "" : String.valueOf(row.oldLine()), row.oldText(),
                            row.newLine() == 0 ? "" : String.valueOf(row.newLine()), row.newText()),
                            new PlainTable.Badge(getTranslation("studio.compare-" + row.kind().name().toLowerCase()), theme));
                }
                sideBySide.add(diff);
            }));
            compare.setId("studio-compare-button");
            HorizontalLayout row = new HorizontalLayout(older, newer, compare);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.addClassName("wrap-row");
            panel.add(row, sideBySide);
        }
        return panel;
    }

    private Div savePanel() {
        TextField note = new TextField(getTranslation("studio.note"));
        note.setId("studio-note");
        note.setMaxLength(ScenarioStudio.NOTE_LENGTH);
        note.setValueChangeMode(ValueChangeMode.EAGER);
        note.setWidthFull();
        Checkbox shared = new Checkbox(getTranslation("studio.share"));
        shared.setId("studio-share");
        save = new Button(getTranslation("studio.save"));
        save.setId("studio-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> act(() -> {
            ScenarioStudio.Saved saved = studio.save(SignedIn.teacher(), draft, note.getValue(), shared.getValue());
            startId = saved.scenarioId();
            form.getChildren().filter(c -> "studio-history".equals(c.getId().orElse(null))).findFirst()
                    .ifPresent(old -> form.replace(old, historyPanel()));
            Notification.show(getTranslation("studio.saved", saved.scenarioId(), saved.version(), saved.revision().substring(0, 12)),
                    6000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            note.clear();
        }));
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = draft.yaml().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), draft.id() + ".yaml", "application/yaml", bytes.length);
        }), "");
        download.getElement().setAttribute("download", true);
        download.setId("studio-download");
        Button downloadButton = new Button(getTranslation("studio.download"));
        downloadButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        downloadButton.setTabIndex(-1);
        download.add(downloadButton);
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            String text = new String(bytes, StandardCharsets.UTF_8);
            // the upload arrives outside the page's lock
            getUI().ifPresent(ui -> ui.access(() -> uploaded(metadata.fileName(), text)));
        }));
        upload.setId("studio-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(1_000_000);
        upload.setAcceptedFileTypes(".yaml", ".yml");
        upload.setDropLabel(new Span(getTranslation("studio.upload")));
        HorizontalLayout row = new HorizontalLayout(shared, save, download);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.addClassName("wrap-row");
        return panel("studio.save-title", note, row, new Paragraph(getTranslation("studio.yaml-help")), upload);
    }

    /**
     * An uploaded file: its problems listed at their lines of the file as uploaded, and the file opened
     * in the form when it is a scenario at all (a mapping of YAML). Nothing is saved either way.
     */
    private void uploaded(String fileName, String text) {
        List<ScenarioDraft.Problem> problems = ScenarioDraft.problemsOf(text);
        try {
            open(ScenarioDraft.of(text));
        } catch (PlayException e) {
            // not a scenario at all: the form keeps what it had, the list says why
        }
        uploadProblems.removeAll();
        if (!problems.isEmpty()) {
            uploadProblems.add(new Paragraph(getTranslation("studio.upload-problems", fileName, problems.size())));
            UnorderedList list = new UnorderedList();
            for (ScenarioDraft.Problem problem : problems) {
                String where = problem.line() > 0 ? getTranslation("studio.upload-line", problem.line()) + " - " : "";
                list.add(new ListItem(where + (problem.path().isEmpty() ? "" : problem.path() + ": ") + problem.message()));
            }
            uploadProblems.add(list);
            uploadProblems.getElement().scrollIntoView();
        }
        Notification.show(getTranslation(problems.isEmpty() ? "studio.uploaded" : "studio.uploaded-problems"),
                6000, Notification.Position.TOP_CENTER);
    }

    /** After every edit: the loader's verdict, at each field and in the list; the chart; whether it can be saved. */
    private void refresh() {
        List<ScenarioDraft.Problem> problems = new ArrayList<>(draft.problems());
        typed.forEach((path, message) -> problems.add(0, new ScenarioDraft.Problem(path, message)));
        fields.forEach((path, field) -> {
            var here = ScenarioDraft.at(problems, path);
            field.setInvalid(!here.isEmpty());
            field.setErrorMessage(here.isEmpty() ? null : here.get(0).message());
        });
        problemList.removeAll();
        for (var problem : problems) {
            problemList.add(new ListItem(problem.path().isEmpty() ? problem.message() : problem.path() + ": " + problem.message()));
        }
        problemSummary.setText(problems.isEmpty() ? getTranslation("studio.check-ok")
                : getTranslation("studio.check-problems", problems.size()));
        problemSummary.getElement().getThemeList().set("badge", true);
        problemSummary.getElement().getThemeList().set("success", problems.isEmpty());
        problemSummary.getElement().getThemeList().set("error", !problems.isEmpty());
        save.setEnabled(problems.isEmpty());
        drawDemand();
    }

    private void drawDemand() {
        int turns = Math.max(1, Math.min(60, draft.turns()));
        List<String> labels = new ArrayList<>();
        for (int t = 1; t <= turns; t++) {
            labels.add(String.valueOf(t));
        }
        demandChart.show(labels, List.of(
                new LineChart.Series(getTranslation("studio.demand-draft"), spread(draft.demand(), turns), "#1676f3"),
                new LineChart.Series(getTranslation("studio.demand-start"), spread(startDemand, turns), "#868e96", true)),
                getTranslation("studio.demand-units"));
    }

    /** A demand list drawn over the game's turns: the last value repeats, as the engine plays it. */
    private static List<Long> spread(List<Long> values, int turns) {
        List<Long> out = new ArrayList<>();
        for (int t = 0; t < turns && !values.isEmpty(); t++) {
            out.add(Math.max(0, values.get(Math.min(t, values.size() - 1))));
        }
        return out;
    }

    private void edit(Runnable change) {
        if (filling) {
            return;
        }
        change.run();
        refresh();
    }

    private TextField text(String id, String path, String label, String value, java.util.function.Consumer<String> set) {
        return bound(new TextField(label), id, path, value, set);
    }

    private TextArea area(String id, String path, String label, String value, java.util.function.Consumer<String> set) {
        return bound(new TextArea(label), id, path, value, set);
    }

    /** A text field of the form: filled from the draft, writing to it as the teacher types, shown invalid at its path. */
    private <F extends AbstractField<?, String> & HasValidation & HasValueChangeMode & HasSize> F bound(
            F field, String id, String path, String value, java.util.function.Consumer<String> set) {
        field.setId(id);
        field.setValue(value == null ? "" : value);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setWidthFull();
        field.addValueChangeListener(e -> edit(() -> set.accept(e.getValue())));
        fields.put(path, field);
        return field;
    }

    private Div panel(String titleKey, Component... content) {
        Div panel = new Div(new H3(getTranslation(titleKey)));
        panel.add(content);
        panel.addClassName("panel");
        panel.addClassName("studio-panel");
        return panel;
    }

    private String roleName(int role) {
        String name = draft.roleName(role, Texts.locale().getLanguage().equals("ko") ? "ko" : "en");
        return name.isEmpty() ? draft.roleIds().get(role) : name;
    }

    private static String joined(List<Long> values) {
        return String.join(", ", values.stream().map(String::valueOf).toList());
    }

    /** Whole numbers separated by commas or spaces, or null when one is not. */
    private static List<Long> parsed(String text) {
        List<Long> values = new ArrayList<>();
        for (String part : text.split("[,\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                values.add(Long.parseLong(part.strip()));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return values;
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (PlayException e) {
            Notification.show(Refusals.of(this, e), 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("studio.title");
    }
}
