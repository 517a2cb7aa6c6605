package com.chipchain.ui;

import com.chipchain.play.PlayException;
import com.chipchain.play.accounts.Accounts;
import com.chipchain.play.accounts.FirstAdministrator;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The first visit of a fresh install: the first administrator is made here, once, with the set-up
 * code the server printed in its log. Once any account exists the page only points to the login.
 */
@Route(value = "setup", layout = MainLayout.class)
@AnonymousAllowed
public class SetupView extends VerticalLayout implements HasDynamicTitle {

    private final FirstAdministrator first;

    public SetupView(FirstAdministrator first) {
        this.first = first;
        setId("setup");
        setAlignItems(Alignment.CENTER);
        if (!first.needed()) {
            done(getTranslation("setup.done"));
            return;
        }
        TextField code = new TextField(getTranslation("setup.code"));
        code.setId("setup-code");
        code.setHelperText(getTranslation("setup.code-help"));
        TextField name = new TextField(getTranslation("setup.name"));
        name.setId("setup-name");
        name.setHelperText(getTranslation("account.name-help"));
        PasswordField password = new PasswordField(getTranslation("setup.password"));
        password.setId("setup-password");
        password.setHelperText(getTranslation("account.password-help", Accounts.SHORTEST_PASSWORD));
        PasswordField again = new PasswordField(getTranslation("setup.password-again"));
        again.setId("setup-password-again");
        Paragraph refusal = new Paragraph();
        refusal.setId("setup-refusal");
        refusal.addClassName("form-refusal");
        refusal.setVisible(false);
        Button create = new Button(getTranslation("setup.create"), e -> {
            if (!password.getValue().equals(again.getValue())) {
                refusal.setText(getTranslation("account.passwords-differ"));
                refusal.setVisible(true);
                return;
            }
            try {
                first.setUp(code.getValue(), name.getValue(), password.getValue());
                done(getTranslation("setup.created", name.getValue().strip().toLowerCase(java.util.Locale.ROOT)));
            } catch (PlayException ex) {
                refusal.setText(Refusals.of(this, ex));
                refusal.setVisible(true);
            }
        });
        create.setId("setup-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        for (com.vaadin.flow.component.HasSize field : List.of(code, name, password, again)) {
            field.setWidthFull();
        }
        Div form = new Div(new H2(getTranslation("setup.title")), new Paragraph(getTranslation("setup.intro")), code, name,
                password, again, refusal, new Div(create));
        form.addClassName("panel");
        form.addClassName("account-form");
        add(form);
    }

    private void done(String message) {
        removeAll();
        Paragraph said = new Paragraph(message);
        said.setId("setup-result");
        Anchor login = new Anchor("login", getTranslation("setup.to-login"));
        login.setId("setup-login-link");
        Div box = new Div(new H2(getTranslation("setup.title")), said, login);
        box.addClassName("panel");
        add(box);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("setup.title");
    }
}
