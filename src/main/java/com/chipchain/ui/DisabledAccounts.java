package com.chipchain.ui;

import com.chipchain.play.accounts.Teacher;
import com.chipchain.play.accounts.TeacherLogins;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

/**
 * A teacher whose account an administrator disables is logged out at their next page, not only at
 * their next login.
 */
@Component
class DisabledAccounts implements VaadinServiceInitListener {

    private final TeacherLogins logins;
    private final AuthenticationContext authentication;

    DisabledAccounts(TeacherLogins logins, AuthenticationContext authentication) {
        this.logins = logins;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            Teacher teacher = SignedIn.teacher();
            if (teacher != null && !logins.active(teacher.username())) {
                enter.rerouteTo(LoginView.class);
                authentication.logout();
            }
        }));
    }
}
