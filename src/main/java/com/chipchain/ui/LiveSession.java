package com.chipchain.ui;

import com.chipchain.play.SessionBroadcaster;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.function.Supplier;

/**
 * Keeps a view up to date with its session while it is on screen: it refreshes after every change
 * the session publishes and, when asked, also every ten seconds (heartbeats, seats going quiet).
 * Listening starts when the view is attached and stops when it is detached.
 */
final class LiveSession {

    static final int TICK_MS = 10_000;

    private SessionBroadcaster.Registration changes;
    private Registration ticks;

    /**
     * @param sessionId read on attach (after navigation has set it); null means nothing to follow
     * @param everyTick run every ten seconds while attached, or null for none
     */
    LiveSession(Component view, SessionBroadcaster broadcaster, Supplier<String> sessionId, Runnable refresh,
                Runnable everyTick) {
        this(view, broadcaster, sessionId, () -> null, refresh, everyTick);
    }

    /**
     * @param chain read on attach: the one chain whose changes the view shows besides the session's
     *     (a team's screen), or null for all of them (console, projector, debrief)
     */
    LiveSession(Component view, SessionBroadcaster broadcaster, Supplier<String> sessionId, Supplier<Integer> chain,
                Runnable refresh, Runnable everyTick) {
        this(view, broadcaster, sessionId, chain, change -> refresh.run(), everyTick);
    }

    /** @param refresh given the change heard (a team's screen treats another chain's change lightly) */
    LiveSession(Component view, SessionBroadcaster broadcaster, Supplier<String> sessionId, Supplier<Integer> chain,
                java.util.function.Consumer<com.chipchain.play.SessionChange> refresh, Runnable everyTick) {
        view.addAttachListener(event -> {
            String id = sessionId.get();
            if (id == null) {
                return;
            }
            UI ui = event.getUI();
            Integer followed = chain.get();
            // a room's screen (every chain) redraws for submissions at a pace; a team's screen at once
            changes = broadcaster.subscribe(id, followed, followed == null, change -> ui.access(() -> {
                refresh.accept(change);
                broadcaster.screenRefreshed(change);
            }));
            if (everyTick != null) {
                ui.setPollInterval(TICK_MS);
                ticks = ui.addPollListener(poll -> everyTick.run());
            }
        });
        view.addDetachListener(event -> {
            if (changes != null) {
                changes.close();
                changes = null;
            }
            if (ticks != null) {
                ticks.remove();
                event.getUI().setPollInterval(-1);
                ticks = null;
            }
        });
    }
}
