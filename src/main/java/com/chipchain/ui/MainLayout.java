package com.chipchain.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.chipchain.play.accounts.Teacher;
import java.util.Locale;

/** The frame around every screen: the game's name and the language switch. */
@StyleSheet("context://frontend/styles.css")
public class MainLayout extends AppLayout implements RouterLayout {

    static final Locale KOREAN = Locale.KOREAN;

    public MainLayout(AuthenticationContext authentication) {
        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("app-title");
        RouterLink home = new RouterLink(getTranslation("nav.home"), HomeView.class);
        home.setId("nav-home");
        RouterLink solo = new RouterLink(getTranslation("nav.solo"), SoloView.class);
        solo.setId("nav-solo");
        RouterLink facilitator = new RouterLink(getTranslation("nav.facilitator"), FacilitatorView.class);
        facilitator.setId("nav-facilitator");
        Button language = new Button(getTranslation("app.switch-language"), e -> switchLanguage());
        language.setId("switch-language");
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout bar = new HorizontalLayout(title, home, solo, facilitator);
        Teacher me = SignedIn.teacher();
        if (me != null) {
            if (me.admin()) {
                RouterLink accounts = new RouterLink(getTranslation("nav.accounts"), AccountsView.class);
                accounts.setId("nav-accounts");
                bar.add(accounts);
            }
            RouterLink password = new RouterLink(getTranslation("nav.password"), PasswordView.class);
            password.setId("nav-password");
            password.getElement().setAttribute("title", me.username());
            Button logout = new Button(getTranslation("nav.logout"), e -> authentication.logout());
            logout.setId("nav-logout");
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            bar.add(password, logout);
        }
        bar.add(language);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(title);
        bar.addClassName("app-bar");
        addToNavbar(bar);
    }

    private void switchLanguage() {
        UI ui = UI.getCurrent();
        boolean korean = KOREAN.getLanguage().equals(ui.getLocale().getLanguage());
        Locale next = korean ? Locale.ENGLISH : KOREAN;
        ui.getSession().setLocale(next);
        ui.setLocale(next);
        ui.getPage().reload();
    }
}
