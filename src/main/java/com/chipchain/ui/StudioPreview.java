package com.chipchain.ui;

import com.chipchain.play.PlayException;
import com.chipchain.play.ScenarioPreview;
import com.chipchain.play.ScenarioStudio;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * "Check it before class" (docs/scenario-library.md, "The preview"): the benchmark bots on the same
 * seeds of the draft and of the scenario it started from, played off the page's thread with a
 * progress bar and a cancel, then set side by side: chain score and fill rate over the seeds, each
 * team's score and bullwhip, and on which turns each stage runs at full capacity.
 */
final class StudioPreview extends Div {

    private final StudioForm form;
    private final ScenarioStudio studio;
    private final String startYaml;
    private AtomicBoolean cancel = new AtomicBoolean();

    StudioPreview(StudioForm form, ScenarioStudio studio, String startYaml, Consumer<Runnable> act) {
        this.form = form;
        this.studio = studio;
        this.startYaml = startYaml;
        addClassName("panel");
        addClassName("studio-panel");
        IntegerField seeds = new IntegerField(form.t("studio.preview-seeds"));
        seeds.setId("studio-preview-seeds");
        seeds.setMin(1);
        seeds.setMax(ScenarioPreview.MAX_SEEDS);
        seeds.setValue(200);
        ProgressBar bar = new ProgressBar();
        bar.setId("studio-preview-progress");
        bar.setVisible(false);
        Span status = new Span();
        status.setId("studio-preview-status");
        Div results = new Div();
        results.setId("studio-preview-results");
        Button stop = new Button(form.t("studio.preview-cancel"));
        stop.setId("studio-preview-cancel");
        stop.setVisible(false);
        Button run = new Button(form.t("studio.preview-run"));
        run.setId("studio-preview-run");
        run.addClickListener(e -> act.accept(() -> {
            int n = seeds.getValue() == null ? 0 : seeds.getValue();
            if (n < 1 || n > ScenarioPreview.MAX_SEEDS) {
                seeds.setInvalid(true);
                seeds.setErrorMessage(form.t("refusal.preview-seeds", ScenarioPreview.MAX_SEEDS));
                return;
            }
            if (!form.problems().isEmpty()) {
                throw new PlayException(PlayException.Reason.INVALID_INPUT, "Fix the problems first.").keyed("preview-problems");
            }
            seeds.setInvalid(false);
            UI ui = UI.getCurrent();
            cancel();
            AtomicBoolean mine = new AtomicBoolean();
            cancel = mine;
            run.setEnabled(false);
            stop.setVisible(true);
            bar.setVisible(true);
            bar.setValue(0);
            status.setText(form.t("studio.preview-running", 0, n));
            results.removeAll();
            Runnable finished = () -> {
                run.setEnabled(true);
                stop.setVisible(false);
                bar.setVisible(false);
            };
            studio.preview(form.draft(), startYaml, n, mine,
                    done -> ui.access(() -> {
                        bar.setValue(done / (double) n);
                        status.setText(form.t("studio.preview-running", done, n));
                    }),
                    result -> ui.access(() -> {
                        finished.run();
                        status.setText(form.t(result.cancelled() ? "studio.preview-cancelled" : "studio.preview-done",
                                result.seeds(), Texts.number(result.millis())));
                        if (result.seeds() > 0) {
                            results.add(results(result));
                        }
                    }),
                    refusal -> ui.access(() -> {
                        finished.run();
                        status.setText(Refusals.of(this, refusal));
                    }));
        }));
        stop.addClickListener(e -> cancel());
        HorizontalLayout row = new HorizontalLayout(seeds, run, stop);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.addClassName("wrap-row");
        add(new H3(form.t("studio.preview-title")), new Paragraph(form.t("studio.preview-intro")), row, bar, status, results);
    }

    /** Stops a preview that is playing (a new one, another draft opened, or the page left). */
    void cancel() {
        cancel.set(true);
    }

    private Div results(ScenarioPreview.Result result) {
        List<String> percentiles = new ArrayList<>();
        for (int p = 0; p <= 100; p += ScenarioPreview.PERCENTILE_STEP) {
            percentiles.add(p + "%");
        }
        LineChart chain = sideBySide("studio-preview-chain", "studio.preview-chain-chart", "studio.preview-chain-axis", percentiles,
                boxed(result.draft().chainPercentiles(), 1), boxed(result.start().chainPercentiles(), 1));
        LineChart fill = sideBySide("studio-preview-fill", "studio.preview-fill-chart", "studio.preview-fill-axis", percentiles,
                boxed(result.draft().fillPercentiles(), 100), boxed(result.start().fillPercentiles(), 100));
        PlainTable teams = new PlainTable("studio-preview-teams", List.of(form.t("studio.preview-team"),
                form.t("studio.preview-score-draft"), form.t("studio.preview-score-start"),
                form.t("studio.preview-bullwhip-draft"), form.t("studio.preview-bullwhip-start"),
                form.t("studio.preview-binds-draft"), form.t("studio.preview-binds-start")));
        List<String> roles = result.draft().roles();
        for (int r = 0; r < roles.size(); r++) {
            int onStart = result.start().roles().indexOf(roles.get(r));
            teams.row(List.of(form.roleName(r),
                    Texts.number(Math.round(result.draft().meanTeamScores()[r])),
                    onStart < 0 ? "" : Texts.number(Math.round(result.start().meanTeamScores()[onStart])),
                    ratio(result.draft().meanBullwhip()[r]),
                    onStart < 0 ? "" : ratio(result.start().meanBullwhip()[onStart]),
                    binds(result.draft(), r),
                    onStart < 0 ? "" : binds(result.start(), onStart)));
        }
        teams.row(List.of(form.t("studio.preview-chain"), Texts.number(Math.round(result.draft().meanChain())),
                Texts.number(Math.round(result.start().meanChain())), "", "", "", ""));
        Div charts = new Div(chain, fill, binding(result));
        charts.addClassName("studio-preview-charts");
        return new Div(charts, teams, new Paragraph(form.t("studio.preview-binds-help", Math.round(ScenarioPreview.BINDS_AT * 100))));
    }

    private LineChart sideBySide(String id, String titleKey, String axisKey, List<String> labels, List<Double> draft, List<Double> start) {
        LineChart chart = new LineChart();
        chart.setId(id);
        chart.decorate(form.t(titleKey), List.of(), false);
        chart.show(labels, List.of(new LineChart.Series(form.t("studio.demand-draft"), draft, "#1676f3"),
                new LineChart.Series(form.t("studio.demand-start"), start, "#868e96", true)), form.t(axisKey));
        return chart;
    }

    /** The share of the games in which each stage of the draft runs at full capacity, turn by turn. */
    private LineChart binding(ScenarioPreview.Result result) {
        ScenarioPreview.Side draft = result.draft();
        List<String> turns = new ArrayList<>();
        int count = draft.bindingShare().length == 0 ? 0 : draft.bindingShare()[0].length;
        for (int t = 1; t <= count; t++) {
            turns.add(String.valueOf(t));
        }
        List<LineChart.Series> lines = new ArrayList<>();
        for (int r = 0; r < draft.roles().size(); r++) {
            if (!draft.hasCapacity(r)) {
                continue;
            }
            List<Double> shares = new ArrayList<>();
            for (double share : draft.bindingShare()[r]) {
                shares.add(share < 0 ? 0 : Math.round(share * 1000) / 10.0);
            }
            lines.add(new LineChart.Series(form.roleName(r), shares, DebriefCharts.color(r)));
        }
        LineChart chart = new LineChart();
        chart.setId("studio-preview-binding");
        chart.decorate(form.t("studio.preview-binding-chart"), List.of(), false);
        chart.show(turns, lines, form.t("studio.preview-binding-axis"));
        return chart;
    }

    /** The turns on which a stage runs at full capacity in at least half the games, as ranges ("2-9, 11"). */
    private String binds(ScenarioPreview.Side side, int role) {
        if (!side.hasCapacity(role)) {
            return form.t("studio.preview-binds-no-capacity");
        }
        double[] shares = side.bindingShare()[role];
        List<String> ranges = new ArrayList<>();
        for (int t = 0; t < shares.length; t++) {
            if (shares[t] < 0.5) {
                continue;
            }
            int from = t;
            while (t + 1 < shares.length && shares[t + 1] >= 0.5) {
                t++;
            }
            ranges.add(from == t ? String.valueOf(from + 1) : (from + 1) + "-" + (t + 1));
        }
        return ranges.isEmpty() ? form.t("studio.preview-binds-never") : String.join(", ", ranges);
    }

    private static List<Double> boxed(double[] values, double scale) {
        List<Double> out = new ArrayList<>();
        for (double v : values) {
            out.add(scale == 1 ? v : Math.round(v * scale * 10) / 10.0);
        }
        return out;
    }

    private static String ratio(double value) {
        return Double.isNaN(value) ? "-" : String.format(Texts.locale(), "%.2f", value);
    }
}
