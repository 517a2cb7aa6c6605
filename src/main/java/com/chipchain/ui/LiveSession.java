package com.chipchain.ui;

import com.chipchain.play.SessionBroadcaster;
import com.chipchain.play.SessionChange;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Keeps a view up to date with its session while it is on screen: it refreshes after every change
 * the session publishes and, when asked, also every ten seconds (heartbeats, seats going quiet).
 * Listening starts when the view is attached and stops when it is detached.
 *
 * <p>A page that is not visible (a phone locked between turns, a tab behind another) is not redrawn:
 * the page tells the server when it is hidden and shown again (the document's visibility), a hidden
 * page keeps only the newest change it missed, and it is redrawn for that change the moment it is
 * shown (docs/performance.md, "A hidden screen").
 */
final class LiveSession {

    static final int TICK_MS = 10_000;

    /**
     * Tells the server whenever the document is hidden or shown (an event on the view's element, so
     * it travels like a click), and once at the start when the page opens hidden. Installed again on
     * every attach; a listener left from an earlier attach removes itself.
     */
    private static final String WATCH_VISIBILITY = """
            const el = this;
            if (el.$chipchainVisibility) document.removeEventListener('visibilitychange', el.$chipchainVisibility);
            el.$chipchainVisibility = () => {
              if (!el.isConnected) { document.removeEventListener('visibilitychange', el.$chipchainVisibility); return; }
              el.dispatchEvent(new CustomEvent('chipchain-visibility', {detail: document.visibilityState === 'hidden'}));
            };
            document.addEventListener('visibilitychange', el.$chipchainVisibility);
            if (document.visibilityState === 'hidden') el.$chipchainVisibility();
            """;

    private SessionBroadcaster.Registration changes;
    private Registration ticks;
    private volatile boolean hidden;
    /** The newest change heard while the page was hidden: the redraw it is owed when shown. */
    private final AtomicReference<SessionChange> missed = new AtomicReference<>();
    private java.util.function.Consumer<SessionChange> redraw = change -> { };

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
                java.util.function.Consumer<SessionChange> refresh, Runnable everyTick) {
        view.getElement().addEventListener("chipchain-visibility", event -> shown(!event.getEventData().getBoolean("event.detail")))
                .addEventData("event.detail");
        view.addAttachListener(event -> {
            String id = sessionId.get();
            if (id == null) {
                return;
            }
            UI ui = event.getUI();
            Integer followed = chain.get();
            hidden = false;
            missed.set(null);
            redraw = change -> {
                refresh.accept(change);
                broadcaster.screenRefreshed(change);
            };
            // a room's screen (every chain) redraws for submissions at a pace; a team's screen for its own
            // chain's at once and then at a pace in a burst, for other chains' only in its class count
            changes = broadcaster.subscribe(id, followed, followed == null, change -> {
                if (hidden) {
                    missed.accumulateAndGet(change, (pending, newer) -> SessionChange.kept(followed, pending, newer));
                    if (hidden) {
                        return;
                    }
                    // shown while the change was being put aside: deliver it now unless the page took it
                    change = missed.getAndSet(null);
                    if (change == null) {
                        return;
                    }
                }
                SessionChange heard = change;
                ui.access(() -> redraw.accept(heard));
            });
            view.getElement().executeJs(WATCH_VISIBILITY);
            if (everyTick != null) {
                ui.setPollInterval(TICK_MS);
                ticks = ui.addPollListener(poll -> everyTick.run());
            }
        });
        view.addDetachListener(event -> {
            missed.set(null);
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

    /** The page was hidden or shown again (on the UI's thread): shown, it is redrawn for what it missed. */
    private void shown(boolean visible) {
        hidden = !visible;
        if (visible) {
            SessionChange change = missed.getAndSet(null);
            if (change != null) {
                redraw.accept(change);
            }
        }
    }
}
