package com.chipchain.ui;

import com.chipchain.play.accounts.SessionAccess;
import com.chipchain.play.accounts.Teacher;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;

/**
 * The console's "Who runs this class": the owner, and the colleagues the owner (or an
 * administrator) adds as co-facilitators; only they see the add and remove buttons.
 */
final class CoFacilitatorsPanel extends Div {

    private final SessionAccess access;
    private final Teacher me;
    private final String sessionId;
    /** Runs a change the way the console runs its own (a refusal becomes a notification). */
    private final Consumer<Runnable> act;

    CoFacilitatorsPanel(SessionAccess access, Teacher me, String sessionId, Consumer<Runnable> act) {
        this.access = access;
        this.me = me;
        this.sessionId = sessionId;
        this.act = act;
        setId("co-facilitators");
        addClassName("panel");
        draw();
    }

    private void draw() {
        removeAll();
        String owner = access.owner(sessionId);
        add(new H3(getTranslation("console.team-title")));
        Paragraph ownedBy = new Paragraph(owner == null ? getTranslation("console.team-no-owner") : getTranslation("console.team-owner", owner));
        ownedBy.setId("session-owner");
        add(ownedBy);
        boolean mayShare = access.mayShare(me, sessionId);
        for (String colleague : access.coFacilitators(me, sessionId)) {
            HorizontalLayout row = new HorizontalLayout(new Span(colleague));
            row.addClassName("co-facilitator");
            if (mayShare) {
                Button remove = new Button(getTranslation("console.team-remove"), e -> change(() -> access.removeCoFacilitator(me, sessionId, colleague)));
                remove.setId("remove-co-facilitator-" + colleague);
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                row.add(remove);
            }
            row.setAlignItems(Alignment.BASELINE);
            add(row);
        }
        if (mayShare) {
            TextField colleague = new TextField(getTranslation("console.team-name"));
            colleague.setId("co-facilitator-name");
            colleague.setHelperText(getTranslation("console.team-help"));
            Button add = new Button(getTranslation("console.team-add"), e -> change(() -> access.addCoFacilitator(me, sessionId, colleague.getValue())));
            add.setId("add-co-facilitator");
            HorizontalLayout form = new HorizontalLayout(colleague, add);
            form.addClassName("wrap-row");
            form.setAlignItems(Alignment.BASELINE);
            add(form);
        }
    }

    private void change(Runnable change) {
        act.accept(change);
        draw();
    }
}
