package com.chipchain.play;

import com.chipchain.engine.EventEffect;
import com.chipchain.engine.GameEvent;
import com.chipchain.engine.Scenario;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The facilitator's view of what the scenario has scripted and what the facilitator added, turn by
 * turn: which events are past, which take effect when the turn being played resolves, which are to
 * come, and which scripted tariffs a facilitator's tariff has overridden (docs/rules.md, "A
 * facilitator's tariff wins").
 */
@Service
public class EventTimeline {

    public enum Phase { PAST, NOW, LATER }

    /** One event: scripted by the scenario, or a facilitator's shock. */
    public record Item(int turn, String turnLabel, Label news, boolean facilitator, boolean overridden, Phase phase) {}

    private final SessionBoard board;
    private final ScenarioCatalog catalog;

    EventTimeline(SessionBoard board, ScenarioCatalog catalog) {
        this.board = board;
        this.catalog = catalog;
    }

    public List<Item> of(String sessionId) {
        SessionBoard.Snapshot snapshot = board.snapshot(sessionId);
        Scenario scenario = catalog.of(snapshot.info());
        int now = snapshot.info().turn();
        List<Item> items = new ArrayList<>();
        for (GameEvent event : scenario.timeline()) {
            items.add(item(scenario, event, now, false, overridden(event, snapshot.injected())));
        }
        for (Map.Entry<Integer, List<GameEvent>> injected : snapshot.injected().entrySet()) {
            for (GameEvent event : injected.getValue()) {
                items.add(item(scenario, event, now, true, false));
            }
        }
        items.sort(Comparator.comparingInt(Item::turn).thenComparing(Item::facilitator));
        return items;
    }

    /** True when a facilitator set the tariff this scripted event would set, on its turn or before. */
    static boolean overridden(GameEvent scripted, Map<Integer, List<GameEvent>> injected) {
        if (!(scripted.effect() instanceof EventEffect.TariffSet tariff)) {
            return false;
        }
        for (Map.Entry<Integer, List<GameEvent>> byTurn : injected.entrySet()) {
            if (byTurn.getKey() > scripted.turn()) {
                continue;
            }
            for (GameEvent shock : byTurn.getValue()) {
                if (shock.effect() instanceof EventEffect.TariffSet set && set.product() == tariff.product()
                        && set.origin().equals(tariff.origin()) && set.onContent() == tariff.onContent()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Item item(Scenario scenario, GameEvent event, int now, boolean facilitator, boolean overridden) {
        Phase phase = event.turn() < now ? Phase.PAST : event.turn() == now ? Phase.NOW : Phase.LATER;
        String label = scenario.turnLabel(Math.max(1, Math.min(event.turn(), scenario.turnCount())));
        return new Item(event.turn(), label, Label.of(event.news()), facilitator, overridden, phase);
    }
}
