package com.chipchain.play;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The dated events of a scenario file's tree ({@code events:}), as the studio's draft
 * ({@link ScenarioDraft}) shapes them: added at a turn with a starting value in each field, changed
 * in kind, removed (docs/scenario-format.md, "events").
 */
final class DraftTimeline {

    private final ObjectNode tree;
    private final ScenarioDraft draft;

    DraftTimeline(ObjectNode tree, ScenarioDraft draft) {
        this.tree = tree;
        this.draft = draft;
    }

    /** The kinds of dated events and the fields each has besides its turn and news (docs/scenario-format.md, "events"). */
    static final java.util.Map<String, List<String>> FIELDS = eventFields();

    private static java.util.Map<String, List<String>> eventFields() {
        java.util.Map<String, List<String>> fields = new java.util.LinkedHashMap<>();
        fields.put("news", List.of());
        fields.put("tariff", List.of("product", "origin", "percent", "basis"));
        fields.put("capacity", List.of("site", "change"));
        fields.put("disruption", List.of("sites", "capacityPercent", "extraTransit", "turns"));
        fields.put("demand", List.of("percent", "turns"));
        fields.put("writeOff", List.of("role", "percent"));
        fields.put("subsidy", List.of("country", "percent"));
        return java.util.Collections.unmodifiableMap(fields);
    }

    int count() {
        return tree.path("events").size();
    }

    String type(int event) {
        return tree.path("events").path(event).path("type").asText("");
    }

    /**
     * Adds an event of a kind at a turn, after the events of that turn, with a starting value in each
     * of its fields (the news is left for the teacher to write). Returns its index.
     */
    int add(String type, int turn) {
        ArrayNode events = tree.path("events") instanceof ArrayNode list ? list : tree.putArray("events");
        int at = 0;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).path("turn").asInt(0) <= turn) {
                at = i + 1; // after the last event of this turn or before, wherever the file lists it
            }
        }
        ObjectNode event = JsonNodeFactory.instance.objectNode();
        event.put("turn", turn);
        events.insert(at, event);
        setType(at, type);
        ObjectNode news = event.putObject("news");
        ScenarioDraft.LANGUAGES.forEach(language -> news.put(language, ""));
        return at;
    }

    /**
     * An export licence as the export-controls scenario plays one: the customers it cuts off are gone
     * for the rest of the game (a demand change), and what was built for them is written off.
     */
    List<Integer> addExportLicence(int turn, int demandPercent, int writeOffPercent) {
        int demand = add("demand", turn);
        draft.setTyped("events[" + demand + "].percent", String.valueOf(-Math.abs(demandPercent)));
        draft.setTyped("events[" + demand + "].turns", "0");
        int writeOff = add("writeOff", turn);
        draft.setTyped("events[" + writeOff + "].percent", String.valueOf(writeOffPercent));
        return List.of(demand, writeOff);
    }

    /** Changes an event's kind, keeping its turn and news; the fields of the old kind go, the new kind's start with a value. */
    void setType(int index, String type) {
        ObjectNode event = (ObjectNode) tree.path("events").path(index);
        List<String> keep = FIELDS.getOrDefault(type, List.of());
        for (List<String> fields : FIELDS.values()) {
            fields.stream().filter(f -> !keep.contains(f)).forEach(event::remove);
        }
        event.put("type", type);
        List<String> countries = draft.countries();
        String abroad = countries.stream().filter(c -> !c.equals("US")).findFirst().orElse(countries.isEmpty() ? "US" : countries.get(0));
        List<String> sites = draft.allSiteIds();
        int market = Math.max(0, draft.roleIds().indexOf(tree.path("market").path("role").asText("")));
        switch (type) {
            case "tariff" -> {
                event.putIfAbsent("product", JsonNodeFactory.instance.textNode(draft.productIds().isEmpty() ? "" : draft.productIds().get(draft.productIds().size() - 1)));
                event.putIfAbsent("origin", JsonNodeFactory.instance.textNode(abroad));
                event.putIfAbsent("percent", JsonNodeFactory.instance.numberNode(25));
            }
            case "capacity" -> {
                event.putIfAbsent("site", JsonNodeFactory.instance.textNode(sites.isEmpty() ? "" : sites.get(0)));
                event.putIfAbsent("change", JsonNodeFactory.instance.numberNode(100));
            }
            case "disruption" -> {
                if (!event.has("sites")) {
                    event.putArray("sites").add(sites.isEmpty() ? "" : sites.get(0));
                }
                event.putIfAbsent("capacityPercent", JsonNodeFactory.instance.numberNode(50));
                event.putIfAbsent("turns", JsonNodeFactory.instance.numberNode(2));
            }
            case "demand" -> {
                event.putIfAbsent("percent", JsonNodeFactory.instance.numberNode(-20));
                event.putIfAbsent("turns", JsonNodeFactory.instance.numberNode(0));
            }
            case "writeOff" -> {
                event.putIfAbsent("role", JsonNodeFactory.instance.textNode(draft.roleIds().isEmpty() ? "" : draft.roleIds().get(market)));
                event.putIfAbsent("percent", JsonNodeFactory.instance.numberNode(25));
            }
            case "subsidy" -> {
                event.putIfAbsent("country", JsonNodeFactory.instance.textNode("US"));
                event.putIfAbsent("percent", JsonNodeFactory.instance.numberNode(25));
            }
            default -> { }
        }
    }

    void remove(int index) {
        if (tree.path("events") instanceof ArrayNode events && index >= 0 && index < events.size()) {
            events.remove(index);
        }
    }
}
