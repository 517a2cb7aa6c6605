package com.chipchain.play.accounts;

/**
 * The teacher a request acts for, as the login established it: the screens pass it to every
 * facilitator command, which then acts only on sessions this teacher may run.
 */
public record Teacher(String username, boolean admin) {

    public Teacher {
        username = Accounts.normalize(username);
    }
}
