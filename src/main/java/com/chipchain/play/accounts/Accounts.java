package com.chipchain.play.accounts;

import com.chipchain.play.PlayException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teacher accounts: an administrator adds teachers, disables and re-enables them and resets their
 * passwords; every teacher changes their own password. Names are kept in lower case so that
 * "Teacher" and "teacher" are one account. Passwords are stored only as hashes.
 */
@Service
public class Accounts {

    public static final int SHORTEST_PASSWORD = 8;
    static final int LONGEST_PASSWORD = 200;
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._@-]{2,40}");

    private final AccountStore store;
    private final PasswordEncoder encoder;
    private final Clock clock;

    Accounts(AccountStore store, PasswordEncoder encoder, Clock clock) {
        this.store = store;
        this.encoder = encoder;
        this.clock = clock;
    }

    public List<Account> all(Teacher asker) {
        requireAdmin(asker);
        return store.all();
    }

    public boolean none() {
        return store.count() == 0;
    }

    /** An administrator adds a teacher (or another administrator). */
    @Transactional
    public Account add(Teacher asker, String username, String password, boolean admin) {
        requireAdmin(asker);
        return create(username, password, admin);
    }

    /**
     * Adds an account from the server's own command line ({@code accounts add}): whoever can run the
     * jar against the database is trusted. The first administrator made so owns the sessions from
     * before accounts, as the set-up page's would.
     */
    @Transactional
    public Account createOnServer(String username, String password, boolean admin) {
        boolean first = none();
        Account account = create(username, password, admin);
        if (first && admin) {
            store.adoptOwnerlessSessions(account.username());
        }
        return account;
    }

    /** Adds an account without asking who: for the first administrator and the command line on the server itself. */
    @Transactional
    Account create(String username, String password, boolean admin) {
        String name = checkedName(username);
        checkPassword(password);
        if (store.find(name).isPresent()) {
            throw new PlayException(PlayException.Reason.NAME_TAKEN, "There is already an account " + name + ".")
                    .keyed("account-taken", name);
        }
        store.insert(name, encoder.encode(password), admin, clock.instant());
        return store.find(name).orElseThrow().account();
    }

    @Transactional
    public void setEnabled(Teacher asker, String username, boolean enabled) {
        requireAdmin(asker);
        AccountStore.Row row = existing(username);
        if (!enabled && row.username().equals(asker.username())) {
            throw new PlayException(PlayException.Reason.NOT_ALLOWED, "You cannot disable your own account.")
                    .keyed("account-disable-self");
        }
        if (!enabled && row.admin() && row.enabled() && store.enabledAdmins() <= 1) {
            throw new PlayException(PlayException.Reason.NOT_ALLOWED, row.username() + " is the last active administrator.")
                    .keyed("account-last-admin", row.username());
        }
        store.setEnabled(row.username(), enabled);
    }

    /** An administrator sets a new password for a teacher who forgot theirs. */
    @Transactional
    public void resetPassword(Teacher asker, String username, String newPassword) {
        requireAdmin(asker);
        AccountStore.Row row = existing(username);
        checkPassword(newPassword);
        store.setPasswordHash(row.username(), encoder.encode(newPassword));
    }

    /** A teacher changes their own password; the current one proves it is them. */
    @Transactional
    public void changeOwnPassword(Teacher me, String currentPassword, String newPassword) {
        AccountStore.Row row = existing(me.username());
        if (currentPassword == null || !encoder.matches(currentPassword, row.passwordHash())) {
            throw new PlayException(PlayException.Reason.INVALID_INPUT, "Your current password is not right.")
                    .keyed("account-current-password");
        }
        checkPassword(newPassword);
        store.setPasswordHash(row.username(), encoder.encode(newPassword));
    }

    static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    static String checkedName(String username) {
        String name = normalize(username);
        if (!NAME.matcher(name).matches()) {
            throw new PlayException(PlayException.Reason.INVALID_INPUT,
                    "A name has 2 to 40 letters, digits or the signs . _ - @ (no spaces).").keyed("account-name");
        }
        return name;
    }

    static void checkPassword(String password) {
        if (password == null || password.length() < SHORTEST_PASSWORD || password.length() > LONGEST_PASSWORD) {
            throw new PlayException(PlayException.Reason.INVALID_INPUT,
                    "A password has " + SHORTEST_PASSWORD + " to " + LONGEST_PASSWORD + " characters.")
                    .keyed("account-password-length", SHORTEST_PASSWORD, LONGEST_PASSWORD);
        }
    }

    private AccountStore.Row existing(String username) {
        String name = normalize(username);
        return store.find(name).orElseThrow(() -> new PlayException(PlayException.Reason.NOT_FOUND,
                "There is no account " + name + ".").keyed("account-unknown", name));
    }

    static void requireAdmin(Teacher asker) {
        if (asker == null || !asker.admin()) {
            throw new PlayException(PlayException.Reason.NOT_ALLOWED, "Only an administrator can manage accounts.")
                    .keyed("account-admin-only");
        }
    }
}
