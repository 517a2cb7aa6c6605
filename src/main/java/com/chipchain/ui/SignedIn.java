package com.chipchain.ui;

import com.chipchain.play.accounts.Teacher;
import com.chipchain.play.accounts.TeacherLogins;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The teacher this screen acts for, from the login. */
final class SignedIn {

    private SignedIn() {}

    /** The logged-in teacher, or null on a page opened without a login. */
    static Teacher teacher() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || user instanceof AnonymousAuthenticationToken || !user.isAuthenticated()) {
            return null;
        }
        boolean admin = user.getAuthorities().stream().anyMatch(a -> ("ROLE_" + TeacherLogins.ADMIN).equals(a.getAuthority()));
        return new Teacher(user.getName(), admin);
    }
}
