package com.chipchain.ui;

import com.chipchain.play.PlayException;
import com.chipchain.play.RevisionDiff;
import com.chipchain.play.ScenarioStudio;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.Consumer;

/** The studio's history of a scenario: its revisions, the sessions made from each, and two of them side by side. */
final class StudioHistory extends Div {

    private String t(String key, Object... parameters) {
        return getTranslation(key, parameters);
    }

    /** The revisions of the scenario the draft came from, the sessions made from each, and two side by side. */
    StudioHistory(ScenarioStudio studio, String startId, Consumer<Runnable> act) {
        setId("studio-history");
        addClassName("panel");
        addClassName("studio-panel");
        add(new H3(getTranslation("studio.history-title")));
        List<ScenarioStudio.HistoryLine> history;
        try {
            history = studio.history(SignedIn.teacher(), startId);
        } catch (PlayException e) {
            return; // an uploaded file's scenario has no history here yet
        }
        add(new Paragraph(t("studio.history-of", startId)));
        PlainTable table = new PlainTable("studio-history-table", List.of(t("studio.history-version"),
                t("studio.history-stored"), t("studio.history-by"), t("studio.history-note"),
                t("studio.history-sessions")));
        java.time.format.DateTimeFormatter when = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(java.time.ZoneId.systemDefault());
        for (ScenarioStudio.HistoryLine line : history) {
            table.row(List.of("v" + line.version() + " (" + line.revision().substring(0, 8) + ")", when.format(line.storedAt()),
                    line.author() == null ? "" : line.author(), line.note(), String.valueOf(line.sessions().size())));
        }
        add(table);
        if (history.size() >= 2) {
            Select<ScenarioStudio.HistoryLine> older = new Select<>();
            Select<ScenarioStudio.HistoryLine> newer = new Select<>();
            older.setId("studio-compare-older");
            newer.setId("studio-compare-newer");
            older.setLabel(t("studio.compare-older"));
            newer.setLabel(t("studio.compare-newer"));
            for (Select<ScenarioStudio.HistoryLine> select : List.of(older, newer)) {
                select.setItems(history);
                select.setItemLabelGenerator(h -> "v" + h.version() + " (" + h.revision().substring(0, 8) + ") " + h.note());
            }
            older.setValue(history.get(history.size() - 2));
            newer.setValue(history.get(history.size() - 1));
            Div sideBySide = new Div();
            sideBySide.setId("studio-compare");
            Button compare = new Button(t("studio.compare"), e -> act.accept(() -> {
                sideBySide.removeAll();
                List<RevisionDiff.Row> rows = studio.compare(SignedIn.teacher(), startId, older.getValue().revision(),
                        newer.getValue().revision());
                if (rows.stream().allMatch(r -> r.kind() == RevisionDiff.Kind.GAP)) {
                    sideBySide.add(new Paragraph(t("studio.compare-same")));
                    return;
                }
                PlainTable diff = new PlainTable("studio-compare-table", List.of(t("studio.compare-line"),
                        t("studio.compare-older"), t("studio.compare-line"),
                        t("studio.compare-newer"), t("studio.compare-change")));
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
                            new PlainTable.Badge(t("studio.compare-" + row.kind().name().toLowerCase()), theme));
                }
                sideBySide.add(diff);
            }));
            compare.setId("studio-compare-button");
            HorizontalLayout row = new HorizontalLayout(older, newer, compare);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.addClassName("wrap-row");
            add(row, sideBySide);
        }
    }
}
