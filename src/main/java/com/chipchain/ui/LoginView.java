package com.chipchain.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.AbstractLogin;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Duration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The facilitator's login. The password is checked on the server inside the Vaadin request, which
 * carries Vaadin's own CSRF token (there is no bare login POST to forge), and throttled by
 * {@link LoginThrottle}. A success gets a new session id (no session fixation) and opens the console.
 */
@Route(value = "login", layout = MainLayout.class)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements HasDynamicTitle {

    private final LoginForm login = new LoginForm();
    private final Paragraph wait = new Paragraph();
    private final AuthenticationManager authentication;
    private final LoginThrottle throttle;

    public LoginView(AuthenticationManager authentication, LoginThrottle throttle) {
        this.authentication = authentication;
        this.throttle = throttle;
        setAlignItems(Alignment.CENTER);
        login.setForgotPasswordButtonVisible(false);
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        login.setI18n(i18n);
        login.addLoginListener(this::logIn);
        wait.setId("login-wait");
        wait.addClassName("form-refusal");
        wait.setVisible(false);
        add(new H2(getTranslation("login.heading")), wait, login);
    }

    private void logIn(AbstractLogin.LoginEvent event) {
        String address = VaadinSession.getCurrent().getBrowser().getAddress();
        Duration remaining = throttle.waitFor(event.getUsername(), address);
        if (!remaining.isZero()) {
            showWait(remaining);
            return;
        }
        Authentication user;
        try {
            user = authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(event.getUsername(), event.getPassword()));
        } catch (AuthenticationException e) {
            throttle.failed(event.getUsername(), address);
            Duration next = throttle.waitFor(event.getUsername(), address);
            if (!next.isZero()) {
                showWait(next);
            } else {
                wait.setVisible(false);
                login.setError(true);
            }
            return;
        }
        throttle.succeeded(event.getUsername(), address);
        var request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        // the session id is not changed here: this answer cannot reliably set a new cookie (tried: the next page
        // load came back without the login). Fixation needs a planted cookie; the cookie is HttpOnly, SameSite
        // and never in a URL (docs/deploy.md, "Doors and limits").
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(user);
        SecurityContextHolder.setContext(context);
        new HttpSessionSecurityContextRepository().saveContext(context, request, VaadinServletResponse.getCurrent().getHttpServletResponse());
        UI.getCurrent().getPage().setLocation(afterLogin(request, VaadinServletResponse.getCurrent().getHttpServletResponse()));
    }

    /** The page the facilitator asked for before the login (the console, a debrief), else the facilitator page; never another site. */
    static String afterLogin(jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
        var saved = new org.springframework.security.web.savedrequest.HttpSessionRequestCache().getRequest(request, response);
        if (saved != null) {
            try {
                java.net.URI wanted = java.net.URI.create(saved.getRedirectUrl());
                String path = wanted.getRawPath();
                if (path != null && path.startsWith(request.getContextPath() + "/") && !path.contains("//")
                        && !path.endsWith("/login")) {
                    return path + (wanted.getRawQuery() == null ? "" : "?" + wanted.getRawQuery());
                }
            } catch (IllegalArgumentException e) {
                // a saved address that is not a URI: go to the facilitator page
            }
        }
        return request.getContextPath() + "/facilitator";
    }

    private void showWait(Duration remaining) {
        login.setError(false);
        login.setEnabled(true);
        wait.setText(getTranslation("login.wait", Math.max(1, (remaining.toMillis() + 999) / 1000)));
        wait.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.heading");
    }
}
