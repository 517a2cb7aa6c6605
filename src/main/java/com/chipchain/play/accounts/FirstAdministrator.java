package com.chipchain.play.accounts;

import com.chipchain.play.PlayException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first administrator of a fresh install. An install that configured
 * {@code chipchain.facilitator.password} (before accounts existed) gets that login as its first
 * administrator, owning the sessions made before. Otherwise the server prints a one-time set-up
 * code in its log, and the set-up page creates the first administrator with it, once.
 */
@Component
@ConditionalOnWebApplication
public class FirstAdministrator {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final Accounts accounts;
    private final AccountStore store;
    private final String configuredName;
    private final String configuredPassword;
    private volatile String setupCode;

    FirstAdministrator(Accounts accounts, AccountStore store,
                       @Value("${chipchain.facilitator.username:teacher}") String configuredName,
                       @Value("${chipchain.facilitator.password:}") String configuredPassword) {
        this.accounts = accounts;
        this.store = store;
        this.configuredName = configuredName;
        this.configuredPassword = configuredPassword;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public synchronized void atStart() {
        if (store.count() > 0) {
            if (!configuredPassword.isBlank()) {
                LOG.info("chipchain.facilitator.password is no longer read: accounts exist. Manage them on the Accounts page.");
            }
            return;
        }
        if (!configuredPassword.isBlank()) {
            Account admin = accounts.create(configuredName, configuredPassword, true);
            int adopted = store.adoptOwnerlessSessions(admin.username());
            LOG.info("The configured facilitator login {} is now the first administrator (owning {} earlier sessions).",
                    admin.username(), adopted);
            return;
        }
        setupCode = newCode();
        LOG.warn("""

                ============================================================
                  No teacher account yet. Open /setup in a browser and
                  enter this one-time set-up code:  {}
                  (or stop the server and run:
                    java -jar chipchain.jar accounts add --admin NAME)
                ============================================================""", setupCode);
    }

    public boolean needed() {
        return store.count() == 0;
    }

    /** Creates the first administrator with the printed code; refused once any account exists. */
    @Transactional
    public synchronized Account setUp(String code, String username, String password) {
        if (store.count() > 0) {
            setupCode = null;
            throw new PlayException(PlayException.Reason.WRONG_STATE, "Chipchain is already set up.").keyed("setup-done");
        }
        String expected = setupCode;
        String typed = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT).replace(" ", "").replace("-", "");
        if (expected == null || !MessageDigest.isEqual(expected.replace("-", "").getBytes(StandardCharsets.UTF_8),
                typed.getBytes(StandardCharsets.UTF_8))) {
            throw new PlayException(PlayException.Reason.NOT_ALLOWED, "That set-up code is not right.").keyed("setup-code");
        }
        Account admin = accounts.create(username, password, true);
        store.adoptOwnerlessSessions(admin.username());
        setupCode = null;
        LOG.info("First administrator {} set up in the browser.", admin.username());
        return admin;
    }

    private static String newCode() {
        SecureRandom random = new SecureRandom();
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }
}
