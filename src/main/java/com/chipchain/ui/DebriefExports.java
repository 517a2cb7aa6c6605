package com.chipchain.ui;

import com.chipchain.play.DebriefService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * The class's data to take home, from the browser: the session as CSV, each chain's JSON game log
 * (which the command line replays), and a printable debrief. Each file is made when it is clicked.
 */
final class DebriefExports extends Div {

    DebriefExports(DebriefService debriefs, String sessionId, int chains) {
        setId("debrief-exports");
        addClassName("exports");
        addClassName("no-print");
        add(download("download-csv", getTranslation("debrief.download.csv"), "chipchain-" + sessionId + ".csv",
                "text/csv; charset=utf-8", () -> debriefs.csv(sessionId)));
        for (int chain = 0; chain < chains; chain++) {
            final int c = chain;
            add(download("download-log-" + (chain + 1), getTranslation("debrief.download.log", chain + 1),
                    "chipchain-" + sessionId + "-chain-" + (chain + 1) + ".json", "application/json",
                    () -> debriefs.gameLog(sessionId, c)));
        }
        add(download("download-scenario", getTranslation("debrief.download.scenario"), debriefs.scenarioFileName(sessionId),
                "application/yaml; charset=utf-8", () -> debriefs.scenarioFile(sessionId)));
        Button print = new Button(getTranslation("debrief.print"), e -> getUI().ifPresent(ui -> ui.getPage().executeJs(
                "document.querySelectorAll('vaadin-details').forEach(d => d.opened = true); setTimeout(() => window.print(), 800)")));
        print.setId("print-debrief");
        add(print);
    }

    private static Anchor download(String id, String text, String fileName, String type,
                                   java.util.function.Supplier<String> content) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
        }), "");
        anchor.getElement().setAttribute("download", true);
        anchor.setId(id);
        Button button = new Button(text);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setTabIndex(-1);
        anchor.add(button);
        return anchor;
    }
}
