package com.chipchain.scenario;

import com.chipchain.engine.EventEffect;
import com.chipchain.engine.GameEvent;
import com.chipchain.engine.Scenario;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An event written with names: {@code {turn, type, ...fields of the type, news: {en, ko}}}, the
 * same in a scenario's timeline and in a game log's injected events (docs/scenario-format.md).
 */
public final class EventFormat {

    static final Set<String> FIELDS = Set.of("turn", "type", "news", "product", "origin", "percent",
            "turns", "site", "change", "sites", "capacityPercent", "extraTransit", "country", "basis", "role");

    private EventFormat() {}

    static EventEffect readEffect(YamlNode node, Ids ids, int turnCount) {
        String type = node.text("type");
        return switch (type) {
            case "tariff" -> new EventEffect.TariffSet(ids.product(node, "product"),
                    ScenarioLoader.country(node, "origin"), (int) node.hundredths("percent", 0, 100_000), onContent(node));
            case "writeOff" -> new EventEffect.WriteOff(ids.role(node, "role"), (int) node.integer("percent", 0, 100));
            case "demand" -> new EventEffect.DemandShift((int) node.integer("percent", -100, 1000),
                    (int) node.optionalInteger("turns", 0, turnCount, 0));
            case "capacity" -> new EventEffect.CapacityChange(ids.site(node, "site"),
                    node.integer("change", -1_000_000_000, 1_000_000_000));
            case "disruption" -> new EventEffect.Disruption(siteList(node, ids),
                    (int) node.integer("capacityPercent", 0, 100),
                    (int) node.optionalInteger("extraTransit", 0, 52, 0),
                    (int) node.optionalInteger("turns", 0, turnCount, 0));
            case "subsidy" -> new EventEffect.SubsidySet(ScenarioLoader.country(node, "country"),
                    (int) node.integer("percent", 0, 100));
            case "news" -> new EventEffect.News();
            default -> {
                if (!type.isEmpty()) {
                    node.problem("type", "must be one of tariff, demand, capacity, disruption, subsidy, writeOff, news; not '" + type + "'");
                }
                yield new EventEffect.News();
            }
        };
    }

    /** {@code basis: value} (the default: on what the buyer paid) or {@code basis: content} (on the chips inside). */
    static boolean onContent(YamlNode node) {
        if (!node.has("basis")) {
            return false;
        }
        String basis = node.text("basis");
        if (!basis.equals("value") && !basis.equals("content")) {
            node.problem("basis", "must be 'value' (on what the buyer paid) or 'content' (on the non-US chips inside), not '" + basis + "'");
        }
        return basis.equals("content");
    }

    private static List<Integer> siteList(YamlNode node, Ids ids) {
        List<Integer> sites = new ArrayList<>();
        List<String> names = node.texts("sites");
        for (int i = 0; i < names.size(); i++) {
            Integer site = ids.sites().get(names.get(i));
            if (site == null) {
                node.problem("sites[" + i + "]", "unknown site '" + names.get(i) + "'; known: " + String.join(", ", ids.sites().keySet()));
            } else {
                sites.add(site);
            }
        }
        return sites;
    }

    static GameEvent read(YamlNode node, Ids ids, int turnCount, GameEvent.Source source) {
        node.allowOnly(FIELDS);
        int turn = (int) node.integer("turn", 1, turnCount);
        return new GameEvent(turn, readEffect(node, ids, turnCount), node.bilingual("news"), source);
    }

    /** Reads an injected event from JSON; problems name {@code path}. */
    public static GameEvent fromJson(Scenario scenario, JsonNode json, String file, String path)
            throws InvalidScenarioException {
        YamlNode.Problems problems = new YamlNode.Problems(file);
        GameEvent event = read(new YamlNode(json, path, problems), Ids.of(scenario), scenario.turnCount(),
                GameEvent.Source.FACILITATOR);
        if (!problems.found.isEmpty()) {
            throw new InvalidScenarioException(problems.found);
        }
        return event;
    }

    public static ObjectNode toJson(Scenario scenario, GameEvent event) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("turn", event.turn());
        EventEffect effect = event.effect();
        if (effect instanceof EventEffect.TariffSet t) {
            json.put("type", "tariff");
            json.put("product", scenario.product(t.product()).id());
            json.put("origin", t.origin());
            json.put("percent", BigDecimal.valueOf(t.basisPoints(), 2));
            if (t.onContent()) {
                json.put("basis", "content");
            }
        } else if (effect instanceof EventEffect.WriteOff w) {
            json.put("type", "writeOff");
            json.put("role", scenario.role(w.role()).id());
            json.put("percent", w.percent());
        } else if (effect instanceof EventEffect.DemandShift d) {
            json.put("type", "demand");
            json.put("percent", d.percent());
            json.put("turns", d.turns());
        } else if (effect instanceof EventEffect.CapacityChange c) {
            json.put("type", "capacity");
            json.put("site", scenario.site(c.site()).id());
            json.put("change", c.delta());
        } else if (effect instanceof EventEffect.Disruption d) {
            json.put("type", "disruption");
            ArrayNode sites = json.putArray("sites");
            d.sites().forEach(s -> sites.add(scenario.site(s).id()));
            json.put("capacityPercent", d.capacityPercent());
            json.put("extraTransit", d.extraTransit());
            json.put("turns", d.turns());
        } else if (effect instanceof EventEffect.SubsidySet s) {
            json.put("type", "subsidy");
            json.put("country", s.country());
            json.put("percent", s.percent());
        } else {
            json.put("type", "news");
        }
        ObjectNode news = json.putObject("news");
        news.put("en", event.news().en());
        news.put("ko", event.news().ko());
        return json;
    }
}
