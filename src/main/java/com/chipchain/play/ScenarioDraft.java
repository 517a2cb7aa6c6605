package com.chipchain.play;

import com.chipchain.scenario.InvalidScenarioException;
import com.chipchain.scenario.ScenarioLoader;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A scenario being shaped in the studio: the scenario file as a tree, changed field by field, and
 * checked by the same loader that reads scenario files (docs/scenario-library.md, "The studio"). A
 * field names the path the loader uses in its problems (e.g. {@code roles[2].cash}), so a refusal
 * is shown at the field it is about. Comments of the file it started from are not kept.
 */
public final class ScenarioDraft {

    private static final YAMLMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    /** The languages every player-facing text has. */
    public static final List<String> LANGUAGES = List.of("en", "ko");

    private final ObjectNode tree;
    private final ScenarioPaths paths;
    private final DraftTimeline timeline;

    private ScenarioDraft(ObjectNode tree) {
        this.tree = tree;
        this.paths = new ScenarioPaths(tree);
        this.timeline = new DraftTimeline(tree, this);
    }

    /** A draft of a scenario file's text; refused when the text is not a YAML mapping. */
    public static ScenarioDraft of(String yaml) {
        try {
            JsonNode node = YAML.readTree(yaml);
            if (!(node instanceof ObjectNode object)) {
                throw new PlayException(PlayException.Reason.INVALID_INPUT, "A scenario file is a YAML mapping (id:, title:, ...).");
            }
            return new ScenarioDraft(object);
        } catch (JsonProcessingException e) {
            throw new PlayException(PlayException.Reason.INVALID_INPUT, "This is not YAML: " + e.getOriginalMessage());
        }
    }

    public ScenarioDraft copy() {
        return new ScenarioDraft(tree.deepCopy());
    }

    /** The scenario file this draft stands for. */
    public String yaml() {
        try {
            return YAML.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree read from YAML can be written back", e);
        }
    }

    /**
     * One refusal of the loader: the path of the field it is about, what is wrong, and the line of
     * the text it was found in (0 when the text does not have the field at all).
     */
    public record Problem(String path, String message, int line) {

        public Problem(String path, String message) {
            this(path, message, 0);
        }
    }

    /** What the loader refuses in the draft, in its words: empty when it can be saved and played. */
    public List<Problem> problems() {
        return problemsOf(yaml());
    }

    /** What the loader refuses in a scenario file's text, each problem at its line of that text. */
    public static List<Problem> problemsOf(String yaml) {
        try {
            com.chipchain.engine.Scenario scenario = ScenarioLoader.parse("draft", yaml);
            return botProblems(scenario, yaml);
        } catch (InvalidScenarioException e) {
            com.chipchain.scenario.YamlLines lines = com.chipchain.scenario.YamlLines.of(yaml);
            return e.problems().stream().map(p -> new Problem(p.path(), p.message(), lines.lineOf(p.path()))).toList();
        }
    }

    /**
     * The loader only checks that bot parameters are plain numbers; each policy checks its own names
     * and ranges when a game makes it. The studio asks every policy now, parameter by parameter, so a
     * refusal is shown at its field instead of when a class starts.
     */
    private static List<Problem> botProblems(com.chipchain.engine.Scenario scenario, String yaml) {
        List<Problem> problems = new ArrayList<>();
        for (String policy : com.chipchain.bots.Policies.names()) {
            for (var parameter : scenario.botParameters(policy).entrySet()) {
                try {
                    com.chipchain.bots.Policies.of(new com.chipchain.bots.PolicySpec(policy,
                            java.util.Map.of(parameter.getKey(), parameter.getValue())));
                } catch (IllegalArgumentException e) {
                    String path = "bots." + policy + "." + parameter.getKey();
                    problems.add(new Problem(path, e.getMessage(), com.chipchain.scenario.YamlLines.of(yaml).lineOf(path)));
                }
            }
        }
        return problems;
    }

    /** The problems at one field's path (and below it). */
    public static List<Problem> at(List<Problem> problems, String path) {
        return problems.stream().filter(p -> p.path().equals(path) || p.path().startsWith(path + ".")
                || p.path().startsWith(path + "[")).toList();
    }

    // --- names and texts

    public String id() { return tree.path("id").asText(""); }

    public void setId(String id) { tree.put("id", id == null ? "" : id.strip()); }

    public int version() { return tree.path("version").asInt(1); }

    public void setVersion(int version) { tree.put("version", version); }

    /** The title in a language ({@code en} or {@code ko}); path {@code title.<lang>}. */
    public String title(String language) { return tree.path("title").path(language).asText(""); }

    public void setTitle(String language, String text) { text(tree, "title").put(language, text == null ? "" : text); }

    public String description(String language) { return tree.path("description").path(language).asText(""); }

    public void setDescription(String language, String text) { text(tree, "description").put(language, text == null ? "" : text); }

    // --- roles

    /** The role ids in scenario order; role i's fields have paths {@code roles[i]....}. */
    public List<String> roleIds() {
        List<String> ids = new ArrayList<>();
        tree.path("roles").forEach(role -> ids.add(role.path("id").asText("")));
        return ids;
    }

    public String roleName(int role, String language) { return role(role).path("name").path(language).asText(""); }

    public String briefing(int role, String language) { return role(role).path("briefing").path(language).asText(""); }

    public void setBriefing(int role, String language, String text) { text(role(role), "briefing").put(language, text == null ? "" : text); }

    /** Starting cash of a role, in the scenario's money; path {@code roles[i].cash}. */
    public BigDecimal cash(int role) { return role(role).path("cash").decimalValue(); }

    public void setCash(int role, BigDecimal cash) { role(role).put("cash", cash); }

    // --- turns and demand

    /** Number of turns; path {@code turns.count}. */
    public int turns() { return tree.path("turns").path("count").asInt(0); }

    /**
     * Sets the number of turns and keeps the rest of the file within them, as the loader asks: demand
     * lists are cut to the new length (a shorter list repeats its last value), dated events and
     * shocks after the last turn are left out, and a shock window or a build start is moved to the
     * last turn. Returns what was changed besides the count, for the teacher to read.
     */
    public List<TurnsChange> setTurns(int count) { return DraftTurns.setTurns(tree, count); }

    /** What {@link #setTurns} changed besides the count, by kind, with the paths it changed. */
    public record TurnsChange(Kind kind, List<String> paths) {
        public enum Kind { DEMAND_CUT, OUTSIDE_DEMAND_CUT, BUILD_START_MOVED, EVENTS_LEFT_OUT, SHOCKS_LEFT_OUT, SHOCKS_END_EARLIER }
    }

    /** End-customer demand per turn from turn 1 (the last value repeats); path {@code market.demand.base}. */
    public List<Long> demand() {
        List<Long> values = new ArrayList<>();
        tree.path("market").path("demand").path("base").forEach(v -> values.add(v.asLong()));
        return values;
    }

    public void setDemand(List<Long> perTurn) {
        ArrayNode base = tree.withObjectProperty("market").withObjectProperty("demand").putArray("base");
        perTurn.forEach(base::add);
    }

    /**
     * A demand path a teacher describes in words: a level on turn 1, growth in % a turn, and a dip
     * (negative %) or a boom (positive %) from a turn for some turns. Rounded to whole units.
     */
    public static List<Long> demandPath(long level, double growthPercent, int turns, int shockTurn, int shockPercent,
                                        int shockTurns) {
        List<Long> values = new ArrayList<>();
        for (int turn = 1; turn <= turns; turn++) {
            double trend = level * Math.pow(1 + growthPercent / 100.0, turn - 1);
            boolean shocked = shockTurn >= 1 && turn >= shockTurn && turn < shockTurn + Math.max(1, shockTurns);
            values.add(Math.max(0, Math.round(shocked ? trend * (100 + shockPercent) / 100.0 : trend)));
        }
        return values;
    }

    // --- any field by its path (ScenarioPaths)

    /**
     * The value at a path as the loader names it ({@code roles[2].sites[0].build.leadTime},
     * {@code market.price.reference}), as text; empty when the file does not have it.
     */
    public String valueAt(String path) { return paths.valueAt(path); }

    /** True when the file has a value (or a section) at the path. */
    public boolean has(String path) { return paths.has(path); }

    /**
     * A number as a teacher typed it, at its path: stored as a number when it reads as one, else as
     * the text typed, so the loader refuses it at that path in its own words; empty removes the field.
     */
    public void setTyped(String path, String typed) { paths.setTyped(path, typed); }

    /** A name or a code (a site, a product, a country) at its path; empty removes the field. */
    public void setText(String path, String text) { paths.setText(path, text); }

    /** A list of names at its path (the sites of a disruption). */
    public void setTexts(String path, List<String> texts) { paths.setTexts(path, texts); }

    /** The names in a list at a path. */
    public List<String> textsAt(String path) { return paths.textsAt(path); }

    /** The field names of the mapping at a path (the products of a site's stock), in file order. */
    public List<String> keysAt(String path) { return paths.keysAt(path); }

    // --- products, sites and the market

    /** The product ids in scenario order; product i's fields have paths {@code products[i]....}. */
    public List<String> productIds() {
        List<String> ids = new ArrayList<>();
        tree.path("products").forEach(product -> ids.add(product.path("id").asText("")));
        return ids;
    }

    public String productName(int product, String language) {
        return tree.path("products").path(product).path("name").path(language).asText("");
    }

    /** The site ids of a role in scenario order; paths {@code roles[i].sites[j]....}. */
    public List<String> siteIds(int role) {
        List<String> ids = new ArrayList<>();
        role(role).path("sites").forEach(site -> ids.add(site.path("id").asText("")));
        return ids;
    }

    /** Every site id of the scenario, role by role. */
    public List<String> allSiteIds() {
        List<String> ids = new ArrayList<>();
        for (int r = 0; r < roleIds().size(); r++) {
            ids.addAll(siteIds(r));
        }
        return ids;
    }

    public String siteName(int role, int site, String language) {
        return role(role).path("sites").path(site).path("name").path(language).asText("");
    }

    /** True when the role's sites make its product (they have capacities and production costs). */
    public boolean produces(int role) {
        return role(role).path("produces").asBoolean(false);
    }

    /** The countries of the scenario's sites, in order of first use, for the menus of tariffs and subsidies. */
    public List<String> countries() {
        java.util.LinkedHashSet<String> countries = new java.util.LinkedHashSet<>();
        tree.path("roles").forEach(role -> role.path("sites").forEach(site -> countries.add(site.path("country").asText(""))));
        tree.path("tariffs").forEach(tariff -> countries.add(tariff.path("origin").asText("")));
        countries.remove("");
        return List.copyOf(countries);
    }

    // --- the timeline (DraftTimeline)

    /** The kinds of dated events and the fields each has besides its turn and news (docs/scenario-format.md, "events"). */
    public static final java.util.Map<String, List<String>> EVENT_FIELDS = DraftTimeline.FIELDS;

    public int eventCount() { return timeline.count(); }

    public String eventType(int event) { return timeline.type(event); }

    /**
     * Adds an event of a kind at a turn, after the events of that turn, with a starting value in each
     * of its fields (the news is left for the teacher to write). Returns its index.
     */
    public int addEvent(String type, int turn) { return timeline.add(type, turn); }

    /**
     * An export licence as the export-controls scenario plays one: the customers it cuts off are gone
     * for the rest of the game (a demand change), and what was built for them is written off.
     */
    public List<Integer> addExportLicence(int turn, int demandPercent, int writeOffPercent) {
        return timeline.addExportLicence(turn, demandPercent, writeOffPercent);
    }

    /** Changes an event's kind, keeping its turn and news; the fields of the old kind go, the new kind's start with a value. */
    public void setEventType(int index, String type) { timeline.setType(index, type); }

    public void removeEvent(int index) { timeline.remove(index); }

    // --- what players see

    /** Whether sessions share end-customer demand with every team by default; path {@code information.endDemandShared}. */
    public boolean endDemandShared() {
        return tree.path("information").path("endDemandShared").asBoolean(false);
    }

    /** Sets the default; "not shared" is left out of the file (it is the default). */
    public void setEndDemandShared(boolean shared) {
        if (shared) {
            tree.withObjectProperty("information").put("endDemandShared", true);
        } else if (tree.path("information") instanceof ObjectNode information) {
            information.remove("endDemandShared");
            if (information.isEmpty()) {
                tree.remove("information");
            }
        }
    }

    // --- bots

    /** The bot policies the scenario gives parameters for ({@code bots:}), in file order. */
    public List<String> botPolicies() {
        List<String> names = new ArrayList<>();
        tree.path("bots").fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** A policy's parameter names ({@code stockTurns}, or {@code ROLE.key} for one seat), in file order. */
    public List<String> botKeys(String policy) {
        List<String> keys = new ArrayList<>();
        tree.path("bots").path(policy).fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    public String botValue(String policy, String key) {
        return tree.path("bots").path(policy).path(key).asText("");
    }

    /** A bot parameter as typed; path {@code bots.<policy>.<key>} (the key may hold a dot: {@code foundry.theta}). */
    public void setBotValue(String policy, String key, String typed) {
        ObjectNode parameters = tree.withObjectProperty("bots").withObjectProperty(policy);
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            parameters.remove(key);
            return;
        }
        try {
            parameters.put(key, new BigDecimal(text));
        } catch (NumberFormatException e) {
            parameters.put(key, text);
        }
    }

    // --- the tree

    private ArrayNode roles() {
        return tree.path("roles") instanceof ArrayNode roles ? roles : tree.putArray("roles");
    }

    private ObjectNode role(int role) {
        ArrayNode roles = roles();
        if (role < 0 || role >= roles.size() || !(roles.get(role) instanceof ObjectNode object)) {
            throw new IllegalArgumentException("no role " + role + " in this scenario");
        }
        return object;
    }

    private static ObjectNode text(ObjectNode parent, String field) {
        return parent.path(field) instanceof ObjectNode object ? object : parent.putObject(field);
    }
}
