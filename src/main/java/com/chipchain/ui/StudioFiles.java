package com.chipchain.ui;

import com.chipchain.play.ScenarioStudio;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Saving a draft as a revision (with a change note, private or shared), and the full scenario file
 * for advanced users: downloaded as YAML, and uploaded back into the form.
 */
final class StudioFiles extends Div {

    private final Button save;
    private final HorizontalLayout actions;

    /**
     * @param saved hears each saved revision
     * @param uploaded hears an uploaded file's name and text, on the page's thread
     */
    StudioFiles(StudioForm form, ScenarioStudio studio, Consumer<Runnable> act, Consumer<ScenarioStudio.Saved> saved,
                BiConsumer<String, String> uploaded) {
        addClassName("panel");
        addClassName("studio-panel");
        TextField note = new TextField(form.t("studio.note"));
        note.setId("studio-note");
        note.setMaxLength(ScenarioStudio.NOTE_LENGTH);
        note.setValueChangeMode(ValueChangeMode.EAGER);
        note.setWidthFull();
        Checkbox shared = new Checkbox(form.t("studio.share"));
        shared.setId("studio-share");
        save = new Button(form.t("studio.save"));
        save.setId("studio-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> act.accept(() -> {
            ScenarioStudio.Saved revision = studio.save(SignedIn.teacher(), form.draft(), note.getValue(), shared.getValue());
            saved.accept(revision);
            Notification.show(form.t("studio.saved", revision.scenarioId(), revision.version(), revision.revision().substring(0, 12)),
                    6000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            note.clear();
        }));
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = form.draft().yaml().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), form.draft().id() + ".yaml", "application/yaml", bytes.length);
        }), "");
        download.getElement().setAttribute("download", true);
        download.setId("studio-download");
        Button downloadButton = new Button(form.t("studio.download"));
        downloadButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        downloadButton.setTabIndex(-1);
        download.add(downloadButton);
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            String text = new String(bytes, StandardCharsets.UTF_8);
            // the upload arrives outside the page's lock
            getUI().ifPresent(ui -> ui.access(() -> uploaded.accept(metadata.fileName(), text)));
        }));
        upload.setId("studio-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(1_000_000);
        upload.setAcceptedFileTypes(".yaml", ".yml");
        upload.setDropLabel(new Span(form.t("studio.upload")));
        actions = new HorizontalLayout(shared, save, download);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.addClassName("wrap-row");
        add(new H3(form.t("studio.save-title")), note, actions, new Paragraph(form.t("studio.yaml-help")), upload);
    }

    /** Offers to remove the opened scenario (the teacher's own). */
    void offerRemove(Runnable remove) {
        Button button = new Button(getTranslation("studio.remove"), e -> remove.run());
        button.setId("studio-remove");
        button.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        actions.add(button);
    }

    /** Save is offered only while the loader accepts the draft. */
    void setSavable(boolean savable) {
        save.setEnabled(savable);
    }
}
