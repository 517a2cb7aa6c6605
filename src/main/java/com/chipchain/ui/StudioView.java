package com.chipchain.ui;

import com.chipchain.play.PlayException;
import com.chipchain.play.ScenarioDraft;
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
    private final LineChart demandChart = new LineChart();
    /** The save button of the form on show (a new one with every opened draft). */
    private Button save = new Button();
    private ScenarioDraft draft;
    private List<Long> startDemand = List.of();
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
        add(intro, form);
        starts.stream().filter(s -> s.id().equals("made-in-america-2025")).findFirst()
                .or(() -> starts.stream().findFirst()).ifPresent(s -> {
                    from.setValue(s);
                    act(() -> open(studio.draftFrom(SignedIn.teacher(), s.id())));
                });
    }

    private void open(ScenarioDraft opened) {
        draft = opened;
        startDemand = opened.demand();
        fields.clear();
        typed.clear();
        form.removeAll();
        filling = true;
        form.add(namesPanel(), turnsPanel(), demandPanel(), cashPanel(), briefingsPanel(), checkPanel(), savePanel());
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
            getUI().ifPresent(ui -> ui.access(() -> act(() -> {
                ScenarioDraft uploaded = ScenarioDraft.of(text);
                open(uploaded);
                Notification.show(getTranslation(draft.problems().isEmpty() ? "studio.uploaded" : "studio.uploaded-problems"),
                        6000, Notification.Position.TOP_CENTER);
            })));
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
