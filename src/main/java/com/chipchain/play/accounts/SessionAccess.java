package com.chipchain.play.accounts;

import com.chipchain.play.PlayException;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may run a classroom session: its owner (the teacher who created it), the colleagues the owner
 * added as co-facilitators, and administrators. Everyone else is told the session does not exist,
 * the same answer a made-up session id gets, so ids cannot be probed.
 */
@Service
public class SessionAccess {

    private final AccountStore store;
    private final Clock clock;

    SessionAccess(AccountStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Refuses, as "no such game", a teacher who may not run this session. */
    public void require(Teacher teacher, String sessionId) {
        if (!mayRun(teacher, sessionId)) {
            throw noSuchGame();
        }
    }

    public boolean mayRun(Teacher teacher, String sessionId) {
        if (teacher == null || sessionId == null || !store.sessionExists(sessionId)) {
            return false;
        }
        if (teacher.admin()) {
            return true;
        }
        return store.owner(sessionId).map(teacher.username()::equals).orElse(false)
                || store.isCoFacilitator(sessionId, teacher.username());
    }

    /** The owner and administrators choose the co-facilitators; co-facilitators run the class. */
    public boolean mayShare(Teacher teacher, String sessionId) {
        return mayRun(teacher, sessionId)
                && (teacher.admin() || store.owner(sessionId).map(teacher.username()::equals).orElse(false));
    }

    /** The classroom sessions this teacher sees in their list, newest first (an administrator: all of them). */
    public List<String> visibleSessionIds(Teacher teacher, List<String> allNewestFirst) {
        if (teacher == null) {
            return List.of();
        }
        if (teacher.admin()) {
            return allNewestFirst;
        }
        return store.sessionIdsOf(teacher.username());
    }

    public void claim(String sessionId, Teacher owner) {
        if (owner != null) {
            store.setOwner(sessionId, owner.username());
        }
    }

    public String owner(String sessionId) {
        return store.owner(sessionId).orElse(null);
    }

    public List<String> coFacilitators(Teacher teacher, String sessionId) {
        require(teacher, sessionId);
        return store.coFacilitators(sessionId);
    }

    @Transactional
    public void addCoFacilitator(Teacher teacher, String sessionId, String colleague) {
        requireSharer(teacher, sessionId);
        String name = Accounts.normalize(colleague);
        AccountStore.Row row = store.find(name).orElseThrow(() -> new PlayException(PlayException.Reason.NOT_FOUND,
                "There is no account " + name + ".").keyed("account-unknown", name));
        if (!row.enabled()) {
            throw new PlayException(PlayException.Reason.NOT_ALLOWED, "The account " + name + " is disabled.")
                    .keyed("account-disabled", name);
        }
        if (name.equals(store.owner(sessionId).orElse(null)) || store.isCoFacilitator(sessionId, name)) {
            throw new PlayException(PlayException.Reason.NAME_TAKEN, name + " already runs this session.")
                    .keyed("co-facilitator-already", name);
        }
        store.addCoFacilitator(sessionId, name, clock.instant());
    }

    @Transactional
    public void removeCoFacilitator(Teacher teacher, String sessionId, String colleague) {
        requireSharer(teacher, sessionId);
        store.removeCoFacilitator(sessionId, Accounts.normalize(colleague));
    }

    private void requireSharer(Teacher teacher, String sessionId) {
        require(teacher, sessionId);
        if (!mayShare(teacher, sessionId)) {
            throw new PlayException(PlayException.Reason.NOT_ALLOWED,
                    "Only the session's owner or an administrator chooses its co-facilitators.").keyed("co-facilitator-owner-only");
        }
    }

    static PlayException noSuchGame() {
        return new PlayException(PlayException.Reason.NOT_FOUND, "There is no such game.").keyed("no-such-game");
    }
}
