package com.chipchain.ui;

import com.chipchain.play.PlayException;
import com.chipchain.play.accounts.Accounts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** A teacher changes their own password; the current one proves it is them. */
@Route(value = "password", layout = MainLayout.class)
@RolesAllowed(SecurityConfig.FACILITATOR)
public class PasswordView extends VerticalLayout implements HasDynamicTitle {

    public PasswordView(Accounts accounts) {
        setId("password-page");
        setAlignItems(Alignment.CENTER);
        PasswordField current = new PasswordField(getTranslation("password.current"));
        current.setId("password-current");
        PasswordField fresh = new PasswordField(getTranslation("password.new"));
        fresh.setId("password-new");
        fresh.setHelperText(getTranslation("account.password-help", Accounts.SHORTEST_PASSWORD));
        PasswordField again = new PasswordField(getTranslation("setup.password-again"));
        again.setId("password-again");
        Paragraph result = new Paragraph();
        result.setId("password-result");
        result.setVisible(false);
        Button change = new Button(getTranslation("password.change"), e -> {
            result.setVisible(true);
            result.removeClassName("form-refusal");
            if (!fresh.getValue().equals(again.getValue())) {
                result.addClassName("form-refusal");
                result.setText(getTranslation("account.passwords-differ"));
                return;
            }
            try {
                accounts.changeOwnPassword(SignedIn.teacher(), current.getValue(), fresh.getValue());
                current.clear();
                fresh.clear();
                again.clear();
                result.setText(getTranslation("password.changed"));
            } catch (PlayException ex) {
                result.addClassName("form-refusal");
                result.setText(Refusals.of(this, ex));
            }
        });
        change.setId("password-change");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(new H2(getTranslation("password.title", SignedIn.teacher().username())), current, fresh, again, result, change);
        form.addClassName("panel");
        form.addClassName("account-form");
        add(form);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title", SignedIn.teacher() == null ? "" : SignedIn.teacher().username());
    }
}
