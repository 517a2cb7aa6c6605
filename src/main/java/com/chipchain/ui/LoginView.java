package com.chipchain.ui;

import com.chipchain.play.accounts.FirstAdministrator;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The teacher's login: a form posted to Spring Security's login (with Vaadin's CSRF token), which
 * gives the browser a new session id on success and is throttled by {@link ThrottledLogin}. A
 * fresh install without accounts points to the set-up page instead.
 */
@Route(value = "login", layout = MainLayout.class)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();
    private final Paragraph wait = new Paragraph();
    private final Paragraph setup = new Paragraph();

    public LoginView(FirstAdministrator first) {
        setAlignItems(Alignment.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        login.setI18n(i18n);
        wait.setId("login-wait");
        wait.addClassName("form-refusal");
        wait.setVisible(false);
        setup.setId("login-setup");
        setup.setVisible(first.needed());
        setup.add(getTranslation("login.no-account") + " ");
        Anchor setUp = new Anchor("setup", getTranslation("login.setup-link"));
        setUp.setId("login-setup-link");
        setup.add(setUp);
        Paragraph forgot = new Paragraph(getTranslation("login.forgot"));
        forgot.setId("login-forgot");
        forgot.addClassName("hint");
        add(new H2(getTranslation("login.heading")), setup, wait, login, forgot);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        login.setError(query.getParameters().containsKey("error"));
        query.getSingleParameter("wait").ifPresent(seconds -> {
            try {
                showWait(Math.max(1, Math.min(3600, Long.parseLong(seconds))));
            } catch (NumberFormatException e) {
                // a hand-made address: no wait to show
            }
        });
    }

    private void showWait(long seconds) {
        login.setError(false);
        wait.setText(getTranslation("login.wait", seconds));
        wait.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.heading");
    }
}
