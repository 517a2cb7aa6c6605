package com.chipchain.ui;

import com.chipchain.play.PlayException;
import com.chipchain.play.ScenarioDraft;
import com.chipchain.play.ScenarioStudio;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
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
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;

/**
 * The scenario studio (docs/facilitator-guide.md, "Make your own scenario"): a teacher starts from
 * any scenario they may use, changes it with forms, sees every refusal of the loader at its field
 * as they type, checks it with the bots, and saves it as a revision of their own scenario. Advanced
 * users download and upload the YAML. The parts of the form are in the Studio* classes beside this one.
 */
@Route(value = "studio", layout = MainLayout.class)
@RolesAllowed(SecurityConfig.FACILITATOR)
public class StudioView extends VerticalLayout implements HasDynamicTitle {

    private final ScenarioStudio studio;
    private final Select<ScenarioStudio.Start> from = new Select<>();
    private final Div formArea = new Div();
    private final UnorderedList problemList = new UnorderedList();
    private final Span problemSummary = new Span();
    private final Span moved = new Span();
    /** The problems of the last uploaded file, at its lines (above the form: the form may not show that file). */
    private final Div uploadProblems = new Div();
    private final LineChart demandChart = new LineChart();
    private StudioForm form;
    private StudioFiles files;
    private StudioPreview preview;
    private StudioExploits exploits;
    private StudioHistory history;
    private List<Long> startDemand = List.of();
    /** The id of the scenario the draft was opened from (its history is shown). */
    private String startId = "";

    public StudioView(ScenarioStudio studio) {
        this.studio = studio;
        setId("studio");
        addClassName("studio");
        from.setId("studio-start");
        from.setLabel(getTranslation("studio.start"));
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
        formArea.setId("studio-form");
        uploadProblems.setId("studio-upload-problems");
        uploadProblems.addClassName("studio-upload-problems");
        add(intro, uploadProblems, formArea);
        addDetachListener(e -> stopChecks()); // a check nobody will read stops
        openFirst();
    }

    /** The scenarios the teacher may start from, read again, and the flagship (or the first) opened. */
    private void openFirst() {
        List<ScenarioStudio.Start> starts = studio.starts(SignedIn.teacher());
        from.setItems(starts);
        starts.stream().filter(s -> s.id().equals("made-in-america-2025")).findFirst()
                .or(() -> starts.stream().findFirst()).ifPresent(s -> {
                    from.setValue(s);
                    startId = s.id();
                    act(() -> open(studio.draftFrom(SignedIn.teacher(), s.id())));
                });
    }

    private void stopChecks() {
        if (preview != null) {
            preview.cancel();
        }
        if (exploits != null) {
            exploits.cancel();
        }
    }

    private void open(ScenarioDraft draft) {
        stopChecks();
        startDemand = draft.demand();
        String startYaml = draft.yaml();
        form = new StudioForm(this, draft, this::refresh);
        formArea.removeAll();
        files = new StudioFiles(form, studio, this::act, saved -> {
            startId = saved.scenarioId();
            StudioHistory again = new StudioHistory(studio, startId, this::act);
            formArea.replace(history, again);
            history = again;
        }, this::uploaded);
        boolean mine = studio.starts(SignedIn.teacher()).stream().anyMatch(s -> s.mine() && s.id().equals(startId)
                && s.id().equals(draft.id()));
        if (mine) {
            files.offerRemove(() -> confirmRemove(startId));
        }
        form.filling(() -> {
            preview = new StudioPreview(form, studio, startYaml, this::act);
            exploits = new StudioExploits(form, studio, this::act);
            history = new StudioHistory(studio, startId, this::act);
            formArea.add(namesPanel(), turnsPanel(), demandPanel(), new StudioTimeline(form), cashPanel(), StudioCosts.panel(form),
                    briefingsPanel(), informationPanel(), StudioBots.panel(form), checkPanel(), preview, exploits, files, history);
            return null;
        });
        refresh();
    }

    /** Removing one's own scenario keeps its revisions for the sessions made from it: the teacher confirms it first. */
    private void confirmRemove(String scenarioId) {
        com.vaadin.flow.component.confirmdialog.ConfirmDialog dialog = new com.vaadin.flow.component.confirmdialog.ConfirmDialog(
                getTranslation("studio.remove-title", scenarioId), getTranslation("studio.remove-text"),
                getTranslation("studio.remove-confirm"), confirmed -> act(() -> {
                    int sessions = studio.remove(SignedIn.teacher(), scenarioId);
                    Notification.show(getTranslation("studio.removed", scenarioId, sessions), 8000, Notification.Position.TOP_CENTER)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    openFirst(); // the list no longer offers it
                }));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("studio.remove-cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setId("studio-remove-dialog");
        dialog.open();
    }

    private Div namesPanel() {
        ScenarioDraft draft = form.draft();
        TextField id = form.text("studio-id", "id", getTranslation("studio.id"), draft.id(), draft::setId);
        id.setHelperText(getTranslation("studio.id-help"));
        Div panel = form.panel("studio.names", id);
        for (String language : ScenarioDraft.LANGUAGES) {
            panel.add(form.text("studio-title-" + language, "title." + language, getTranslation("studio.title-in", language.toUpperCase()),
                    draft.title(language), v -> draft.setTitle(language, v)));
        }
        for (String language : ScenarioDraft.LANGUAGES) {
            TextArea description = form.area("studio-description-" + language, "description." + language,
                    getTranslation("studio.description-in", language.toUpperCase()), draft.description(language),
                    v -> draft.setDescription(language, v));
            panel.add(description);
        }
        return panel;
    }

    private Div turnsPanel() {
        ScenarioDraft draft = form.draft();
        IntegerField turns = new IntegerField(getTranslation("studio.turns"));
        turns.setId("studio-turns");
        turns.setMin(1);
        turns.setMax(60);
        turns.setStepButtonsVisible(true);
        turns.setValue(draft.turns());
        turns.setValueChangeMode(ValueChangeMode.LAZY);
        turns.addValueChangeListener(e -> form.edit(() -> {
            int count = e.getValue() == null ? 0 : e.getValue();
            List<ScenarioDraft.TurnsChange> changed = draft.setTurns(count);
            moved.setText(changed.isEmpty() ? "" : getTranslation("studio.turns-moved", count, String.join("; ", changed.stream()
                    .map(c -> getTranslation("studio.turns-" + c.kind().name().toLowerCase().replace('_', '-'), c.paths().size()))
                    .toList())));
            if (changed.stream().anyMatch(c -> c.kind() == ScenarioDraft.TurnsChange.Kind.EVENTS_LEFT_OUT)) {
                replaceTimeline(); // the events after the last turn are gone from the file: and from the list
            }
        }));
        form.register("turns.count", turns);
        moved.setId("studio-turns-moved");
        moved.addClassName("hint");
        return form.panel("studio.turns-title", turns, moved);
    }

    private void replaceTimeline() {
        formArea.getChildren().filter(c -> c instanceof StudioTimeline).findFirst().ifPresent(old -> {
            form.forget("events[");
            formArea.replace(old, form.filling(() -> new StudioTimeline(form)));
        });
    }

    private Div demandPanel() {
        ScenarioDraft draft = form.draft();
        TextField perTurn = form.text("studio-demand", "market.demand.base", getTranslation("studio.demand-per-turn"),
                joined(draft.demand()), v -> {
                    List<Long> values = parsed(v);
                    if (values == null) {
                        form.unreadable("market.demand.base", getTranslation("studio.demand-not-numbers"));
                    } else {
                        form.readable("market.demand.base");
                        draft.setDemand(values);
                    }
                });
        perTurn.setHelperText(getTranslation("studio.demand-help"));
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
        return form.panel("studio.demand-title", demandChart, perTurn, new Paragraph(getTranslation("studio.demand-words")), words);
    }

    private Div cashPanel() {
        Div fields = new Div();
        fields.addClassName("studio-fields");
        List<String> roles = form.draft().roleIds();
        for (int r = 0; r < roles.size(); r++) {
            fields.add(form.number("studio-cash-" + roles.get(r), "roles[" + r + "].cash", form.roleName(r)));
        }
        return form.panel("studio.cash-title", fields);
    }

    private Div briefingsPanel() {
        ScenarioDraft draft = form.draft();
        Div panel = form.panel("studio.briefings-title");
        List<String> roles = draft.roleIds();
        for (int r = 0; r < roles.size(); r++) {
            final int role = r;
            Div texts = new Div();
            for (String language : ScenarioDraft.LANGUAGES) {
                texts.add(form.area("studio-briefing-" + roles.get(r) + "-" + language, "roles[" + r + "].briefing." + language,
                        language.toUpperCase(), draft.briefing(r, language), v -> draft.setBriefing(role, language, v)));
            }
            Details details = new Details(form.roleName(r), texts);
            details.setId("studio-briefing-" + roles.get(r));
            panel.add(details);
        }
        return panel;
    }

    /** What teams see by default: a session's create form starts from it, and the teacher may change it there. */
    private Div informationPanel() {
        com.vaadin.flow.component.checkbox.Checkbox shared = new com.vaadin.flow.component.checkbox.Checkbox(
                getTranslation("studio.information-shared"));
        shared.setId("studio-end-demand-shared");
        shared.setValue(form.draft().endDemandShared());
        shared.addValueChangeListener(e -> form.edit(() -> form.draft().setEndDemandShared(e.getValue())));
        return form.panel("studio.information-title", new Paragraph(getTranslation("studio.information-intro")), shared);
    }

    private Div checkPanel() {
        problemSummary.setId("studio-check");
        problemList.setId("studio-problems");
        return form.panel("studio.check-title", problemSummary, problemList);
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
        List<ScenarioDraft.Problem> problems = form.problems();
        form.show(problems);
        problemList.removeAll();
        for (var problem : problems) {
            problemList.add(new ListItem(problem.path().isEmpty() ? problem.message() : problem.path() + ": " + problem.message()));
        }
        problemSummary.setText(problems.isEmpty() ? getTranslation("studio.check-ok")
                : getTranslation("studio.check-problems", problems.size()));
        problemSummary.getElement().getThemeList().set("badge", true);
        problemSummary.getElement().getThemeList().set("success", problems.isEmpty());
        problemSummary.getElement().getThemeList().set("error", !problems.isEmpty());
        files.setSavable(problems.isEmpty());
        drawDemand();
    }

    private void drawDemand() {
        ScenarioDraft draft = form.draft();
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
