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
        view.addAttachListener(event -> {
            String id = sessionId.get();
            if (id == null) {
                return;
            }
            UI ui = event.getUI();
            changes = broadcaster.subscribe(id, change -> ui.access(() -> {
                refresh.run();
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
