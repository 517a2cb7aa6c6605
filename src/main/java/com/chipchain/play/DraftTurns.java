package com.chipchain.play;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A new number of turns for the studio's draft ({@link ScenarioDraft#setTurns}), with the rest of
 * the file kept within them as the loader asks.
 */
final class DraftTurns {

    private DraftTurns() {}

    static List<ScenarioDraft.TurnsChange> setTurns(ObjectNode tree, int count) {
        ObjectNode turns = tree.withObjectProperty("turns");
        turns.put("count", count);
        List<String> changed = new ArrayList<>();
        if (count < 1) {
            return List.of();
        }
        cut((ArrayNode) tree.path("market").path("demand").path("base"), count, "market.demand.base", changed);
        ArrayNode roles = tree.path("roles") instanceof ArrayNode list ? list : tree.putArray("roles");
        for (int r = 0; r < roles.size(); r++) {
            JsonNode others = roles.get(r).path("otherBuyers").path("demand");
            if (others instanceof ArrayNode list) {
                cut(list, count, "roles[" + r + "].otherBuyers.demand", changed);
            }
            JsonNode sites = roles.get(r).path("sites");
            for (int s = 0; s < sites.size(); s++) {
                JsonNode build = sites.get(s).path("build");
                if (build instanceof ObjectNode b && b.path("fromTurn").asInt(1) > count) {
                    b.put("fromTurn", count);
                    changed.add("roles[" + r + "].sites[" + s + "].build.fromTurn");
                }
            }
        }
        dropAfter(tree, "events", "turn", count, changed);
        dropAfter(tree, "shocks", "fromTurn", count, changed);
        for (int i = 0; tree.path("shocks") instanceof ArrayNode shocks && i < shocks.size(); i++) {
            ObjectNode shock = (ObjectNode) shocks.get(i);
            if (shock.path("toTurn").asInt(count) > count) {
                shock.put("toTurn", count);
                changed.add("shocks[" + i + "].toTurn");
            }
        }
        return summary(changed);
    }

    private static List<ScenarioDraft.TurnsChange> summary(List<String> changed) {
        java.util.Map<ScenarioDraft.TurnsChange.Kind, List<String>> byKind = new java.util.EnumMap<>(ScenarioDraft.TurnsChange.Kind.class);
        for (String path : changed) {
            ScenarioDraft.TurnsChange.Kind kind = path.equals("market.demand.base") ? ScenarioDraft.TurnsChange.Kind.DEMAND_CUT
                    : path.endsWith("otherBuyers.demand") ? ScenarioDraft.TurnsChange.Kind.OUTSIDE_DEMAND_CUT
                    : path.endsWith("build.fromTurn") ? ScenarioDraft.TurnsChange.Kind.BUILD_START_MOVED
                    : path.startsWith("events") ? ScenarioDraft.TurnsChange.Kind.EVENTS_LEFT_OUT
                    : path.startsWith("shocks (") ? ScenarioDraft.TurnsChange.Kind.SHOCKS_LEFT_OUT
                    : ScenarioDraft.TurnsChange.Kind.SHOCKS_END_EARLIER;
            byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(path);
        }
        List<ScenarioDraft.TurnsChange> out = new ArrayList<>();
        byKind.forEach((kind, paths) -> out.add(new ScenarioDraft.TurnsChange(kind, List.copyOf(paths))));
        return out;
    }

    private static void cut(ArrayNode list, int count, String path, List<String> changed) {
        if (list.size() > count) {
            while (list.size() > count) {
                list.remove(list.size() - 1);
            }
            changed.add(path);
        }
    }

    private static void dropAfter(ObjectNode tree, String section, String turnField, int count, List<String> changed) {
        if (!(tree.path(section) instanceof ArrayNode list)) {
            return;
        }
        int dropped = 0;
        for (Iterator<JsonNode> it = list.iterator(); it.hasNext(); ) {
            if (it.next().path(turnField).asInt(0) > count) {
                it.remove();
                dropped++;
            }
        }
        if (dropped > 0) {
            for (int i = 0; i < dropped; i++) {
                changed.add(section + " (after turn " + count + ")");
            }
        }
    }
}
