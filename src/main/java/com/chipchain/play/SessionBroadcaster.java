package com.chipchain.play;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Tells every open screen of a session when something changed, after the change is committed. */
@Component
public class SessionBroadcaster {

    /** Stops the listener from hearing more. */
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    private final Map<String, List<Consumer<SessionChange>>> listeners = new ConcurrentHashMap<>();

    public Registration subscribe(String sessionId, Consumer<SessionChange> listener) {
        List<Consumer<SessionChange>> list = listeners.computeIfAbsent(sessionId, id -> new CopyOnWriteArrayList<>());
        list.add(listener);
        return () -> list.remove(listener);
    }

    void publishAfterCommit(SessionChange change) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    publish(change);
                }
            });
        } else {
            publish(change);
        }
    }

    private void publish(SessionChange change) {
        for (Consumer<SessionChange> listener : listeners.getOrDefault(change.sessionId(), List.of())) {
            try {
                listener.accept(change);
            } catch (RuntimeException e) {
                // a screen that fails to update must not stop the others
            }
        }
    }
}
