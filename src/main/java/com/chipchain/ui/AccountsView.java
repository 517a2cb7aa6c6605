package com.chipchain.ui;

import com.chipchain.play.PlayException;
import com.chipchain.play.accounts.Account;
import com.chipchain.play.accounts.Accounts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The administrator's page: add teachers, disable and re-enable them, reset a forgotten password. */
@Route(value = "accounts", layout = MainLayout.class)
@RolesAllowed(SecurityConfig.ADMIN)
public class AccountsView extends VerticalLayout implements HasDynamicTitle {

    private final Accounts accounts;
    private final Div list = new Div();

    public AccountsView(Accounts accounts) {
        this.accounts = accounts;
        setId("accounts");
        list.setId("account-list");
        list.addClassName("panel");
        add(addForm(), list);
        showAccounts();
    }

    private Div addForm() {
        TextField name = new TextField(getTranslation("accounts.name"));
        name.setId("account-name");
        name.setHelperText(getTranslation("account.name-help"));
        PasswordField password = new PasswordField(getTranslation("accounts.password"));
        password.setId("account-password");
        password.setHelperText(getTranslation("accounts.password-help", Accounts.SHORTEST_PASSWORD));
        Checkbox admin = new Checkbox(getTranslation("accounts.admin"));
        admin.setId("account-admin");
        Button add = new Button(getTranslation("accounts.add"), e -> act(() -> {
            Account added = accounts.add(SignedIn.teacher(), name.getValue(), password.getValue(), admin.getValue());
            name.clear();
            password.clear();
            admin.clear();
            said(getTranslation("accounts.added", added.username()));
        }));
        add.setId("account-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(name, password, admin, add);
        row.addClassName("wrap-row");
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        Div form = new Div(new H2(getTranslation("accounts.add-title")), row);
        form.addClassName("panel");
        return form;
    }

    private void showAccounts() {
        list.removeAll();
        list.add(new H2(getTranslation("accounts.title")));
        for (Account account : accounts.all(SignedIn.teacher())) {
            Span name = new Span(account.username());
            name.addClassName("account-username");
            Span role = new Span(getTranslation(account.admin() ? "accounts.role-admin" : "accounts.role-teacher"));
            role.getElement().getThemeList().add("badge");
            Span state = new Span(getTranslation(account.enabled() ? "accounts.active" : "accounts.disabled"));
            state.getElement().getThemeList().add(account.enabled() ? "badge success" : "badge error");
            state.setId("account-state-" + account.username());
            Button toggle = new Button(getTranslation(account.enabled() ? "accounts.disable" : "accounts.enable"),
                    e -> act(() -> accounts.setEnabled(SignedIn.teacher(), account.username(), !account.enabled())));
            toggle.setId((account.enabled() ? "account-disable-" : "account-enable-") + account.username());
            Button reset = new Button(getTranslation("accounts.reset"), e -> resetDialog(account.username()));
            reset.setId("account-reset-" + account.username());
            reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            HorizontalLayout row = new HorizontalLayout(name, role, state, toggle, reset);
            row.addClassName("wrap-row");
            row.addClassName("account-row");
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            list.add(row);
        }
    }

    private void resetDialog(String username) {
        Dialog dialog = new Dialog();
        dialog.setId("reset-dialog");
        dialog.setHeaderTitle(getTranslation("accounts.reset-title", username));
        PasswordField password = new PasswordField(getTranslation("password.new"));
        password.setId("reset-password");
        password.setHelperText(getTranslation("accounts.password-help", Accounts.SHORTEST_PASSWORD));
        dialog.add(new Paragraph(getTranslation("accounts.reset-help")), password);
        Button save = new Button(getTranslation("accounts.reset-save"), e -> act(() -> {
            accounts.resetPassword(SignedIn.teacher(), username, password.getValue());
            dialog.close();
            said(getTranslation("accounts.reset-done", username));
        }));
        save.setId("reset-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("console.end-cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    private void act(Runnable action) {
        try {
            action.run();
            showAccounts();
        } catch (PlayException e) {
            Notification.show(Refusals.of(this, e), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void said(String text) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.title");
    }
}
