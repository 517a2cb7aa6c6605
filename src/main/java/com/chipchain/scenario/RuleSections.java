package com.chipchain.scenario;

import com.chipchain.engine.BacklogLine;
import com.chipchain.engine.Batch;
import com.chipchain.engine.BomLine;
import com.chipchain.engine.EventEffect;
import com.chipchain.engine.GameEvent;
import com.chipchain.engine.InitialState;
import com.chipchain.engine.MailedOrder;
import com.chipchain.engine.Market;
import com.chipchain.engine.PriceBand;
import com.chipchain.engine.Product;
import com.chipchain.engine.Role;
import com.chipchain.engine.Scoring;
import com.chipchain.engine.Shipment;
import com.chipchain.engine.ShockRule;
import com.chipchain.engine.SupplyLink;
import com.chipchain.engine.TariffRelief;
import com.chipchain.engine.TariffRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rule sections of a scenario file: tariffs, subsidies, the event timeline, random shocks, scoring, tariff relief and bot defaults. */
final class RuleSections {

    private final Ids ids;
    private final int turnCount;

    RuleSections(Ids ids, int turnCount) {
        this.ids = ids;
        this.turnCount = turnCount;
    }

    private int turn(YamlNode node, String field) {
        return (int) node.integer(field, 1, turnCount);
    }

    List<ShockRule> readShocks(List<YamlNode> nodes) {
        List<ShockRule> shocks = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (YamlNode node : nodes) {
            Set<String> allowed = new java.util.HashSet<>(EventFormat.FIELDS);
            allowed.remove("turn");
            allowed.addAll(Set.of("id", "fromTurn", "toTurn", "probabilityPercent", "maxTimes", "size"));
            node.allowOnly(allowed);
            String id = node.text("id");
            if (!seen.add(id)) {
                node.problem("id", "another shock already has the id '" + id + "'");
            }
            int from = turn(node, "fromTurn");
            int to = turn(node, "toTurn");
            if (to < from) {
                node.problem("toTurn", "must not be before fromTurn");
            }
            long permille = node.hundredths("probabilityPercent", 0, 10_000) / 10;
            EventEffect effect = EventFormat.readEffect(node, ids, turnCount);
            long min = effect.size();
            long max = effect.size();
            YamlNode size = node.optionalChild("size");
            if (size != null) {
                size.allowOnly(Set.of("min", "max"));
                boolean percentOfTariff = effect instanceof EventEffect.TariffSet;
                min = percentOfTariff ? size.hundredths("min", 0, 100_000) : size.integer("min", -1_000_000_000, 1_000_000_000);
                max = percentOfTariff ? size.hundredths("max", 0, 100_000) : size.integer("max", -1_000_000_000, 1_000_000_000);
                if (max < min) {
                    size.problem("max", "must not be below min");
                }
            }
            shocks.add(new ShockRule(id, from, to, (int) permille, (int) node.optionalInteger("maxTimes", 1, 1000, 1),
                    effect, min, max, node.bilingual("news")));
        }
        return shocks;
    }

    private static final Set<String> POLICIES = Set.of("naive", "hold", "sterman", "base-stock", "benchmark", "cooperative", "reshorer",
            "offshore-first");

    /** {@code bots: {policy: {parameter: value}}}: per-scenario defaults for the bot policies. */
    Map<String, Map<String, String>> readBotParameters(YamlNode node) {
        Map<String, Map<String, String>> all = new LinkedHashMap<>();
        if (node == null) {
            return all;
        }
        node.allowOnly(POLICIES);
        for (String policy : POLICIES.stream().sorted().toList()) {
            if (!node.has(policy)) {
                continue;
            }
            YamlNode parameters = node.child(policy);
            Map<String, String> values = new LinkedHashMap<>();
            for (String key : parameters.fieldNames()) {
                String value = parameters.scalar(key);
                // each policy checks its own ranges when it is built; here only that it is a plain, modest number
                if (!value.matches("-?\\d{1,7}(\\.\\d{1,6})?")) {
                    parameters.problem(key, "must be a number like 2 or 0.5 (at most 7 digits before the point), not '" + value + "'");
                }
                values.put(key, value);
            }
            all.put(policy, values);
        }
        return all;
    }

    /** {@code information:} what teams see by default; the facilitator may change it for a session (docs/scenario-format.md). */
    static boolean readInformation(YamlNode node) {
        if (node == null) {
            return false;
        }
        node.allowOnly(Set.of("endDemandShared"));
        return node.flag("endDemandShared", false);
    }

    Scoring readScoring(YamlNode node) {
        if (node == null) {
            return new Scoring(0, 0);
        }
        node.allowOnly(Set.of("usContentBonus", "serviceBonus", "capacityLifeTurns", "stockValuePercent"));
        return new Scoring(node.optionalHundredths("usContentBonus", 0, ScenarioLoader.MAX_MONEY, 0),
                node.optionalHundredths("serviceBonus", 0, ScenarioLoader.MAX_MONEY, 0),
                (int) node.optionalInteger("capacityLifeTurns", 0, 1000, 0),
                (int) node.optionalInteger("stockValuePercent", 0, 100, 0));
    }

    TariffRelief readTariffRelief(YamlNode node) {
        if (node == null) {
            return TariffRelief.NONE;
        }
        node.allowOnly(Set.of("percentPerUsShare", "maxPercent"));
        return new TariffRelief((int) node.integer("percentPerUsShare", 0, 10_000), (int) node.integer("maxPercent", 0, 100));
    }

    List<TariffRule> readTariffs(List<YamlNode> nodes) {
        List<TariffRule> tariffs = new ArrayList<>();
        for (YamlNode node : nodes) {
            node.allowOnly(Set.of("product", "origin", "percent", "basis"));
            tariffs.add(new TariffRule(ids.product(node, "product"), ScenarioLoader.country(node, "origin"),
                    (int) node.hundredths("percent", 0, 100_000), EventFormat.onContent(node)));
        }
        return tariffs;
    }

    Map<String, Integer> readSubsidies(List<YamlNode> nodes) {
        Map<String, Integer> subsidies = new HashMap<>();
        for (YamlNode node : nodes) {
            node.allowOnly(Set.of("country", "percent"));
            subsidies.put(ScenarioLoader.country(node, "country"), (int) node.integer("percent", 0, 100));
        }
        return subsidies;
    }

    List<GameEvent> readEvents(List<YamlNode> nodes) {
        List<GameEvent> events = new ArrayList<>();
        for (YamlNode node : nodes) {
            events.add(EventFormat.read(node, ids, turnCount, GameEvent.Source.TIMELINE));
        }
        return events;
    }
}
