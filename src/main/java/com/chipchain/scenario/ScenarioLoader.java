package com.chipchain.scenario;

import com.chipchain.engine.BomLine;
import com.chipchain.engine.CapacityBuild;
import com.chipchain.engine.Decision;
import com.chipchain.engine.DecisionRules;
import com.chipchain.engine.EventEffect;
import com.chipchain.engine.GameEvent;
import com.chipchain.engine.GameState;
import com.chipchain.engine.ImportedContent;
import com.chipchain.engine.Learning;
import com.chipchain.engine.OtherBuyers;
import com.chipchain.engine.TariffRelief;
import com.chipchain.engine.InitialState;
import com.chipchain.engine.Lane;
import com.chipchain.engine.Market;
import com.chipchain.engine.PriceBand;
import com.chipchain.engine.Product;
import com.chipchain.engine.Role;
import com.chipchain.engine.Scenario;
import com.chipchain.engine.Scoring;
import com.chipchain.engine.ShockRule;
import com.chipchain.engine.Site;
import com.chipchain.engine.SupplyLink;
import com.chipchain.engine.TariffRule;
import com.chipchain.engine.Text;
import com.chipchain.engine.Violation;
import com.chipchain.engine.YieldStep;
import com.chipchain.engine.Batch;
import com.chipchain.engine.BacklogLine;
import com.chipchain.engine.MailedOrder;
import com.chipchain.engine.Shipment;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a scenario YAML file (format: docs/scenario-format.md) into an engine {@link Scenario}.
 * Everything is checked; a file with any problem is refused whole, with every problem named by
 * file, path and what is wrong.
 */
public final class ScenarioLoader {

    static final long MAX_MONEY = com.chipchain.engine.Decision.MAX_MONEY;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    /** Decimals read exactly (0.1 stays 0.1) and a key named twice is an error, not "the last one wins". */
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private static final Set<String> TOP = Set.of("id", "version", "title", "description", "turns", "money", "limits",
            "products", "roles", "lanes", "initial", "market", "tariffs", "subsidies", "events", "shocks", "scoring", "tariffRelief",
            "openingTurns", "bots", "information");

    private final YamlNode.Problems problems;
    private final Map<String, Integer> productIds = new LinkedHashMap<>();
    private final Map<String, Integer> roleIds = new LinkedHashMap<>();
    private final Map<String, Integer> siteIds = new LinkedHashMap<>();
    private final Map<Integer, Integer> siteRole = new HashMap<>();
    private int turnCount = 1;

    private ScenarioLoader(String file) {
        this.problems = new YamlNode.Problems(file);
    }

    /** The largest scenario file read (the flagship is about 30 kB). */
    public static final long MAX_FILE_BYTES = 1_000_000;

    public static Scenario load(Path file) throws InvalidScenarioException {
        return parse(file.toString(), YamlShape.readFile(file));
    }

    /** A scenario file's text, refused with its reason when it is no readable file of a scenario's size. */
    public static String readFile(Path file) throws InvalidScenarioException {
        return YamlShape.readFile(file);
    }

    public static Scenario parse(String file, String yaml) throws InvalidScenarioException {
        if (yaml.length() > MAX_FILE_BYTES) {
            throw new InvalidScenarioException(List.of(new ScenarioProblem(file, "",
                    "is larger than " + MAX_FILE_BYTES + " characters; a scenario file is a few tens of kilobytes")));
        }
        YamlShape.check(file, yaml);
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new InvalidScenarioException(List.of(new ScenarioProblem(file, where, "is not valid YAML: " + e.getOriginalMessage())));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidScenarioException(List.of(new ScenarioProblem(file, "", "must be a YAML mapping with the fields of docs/scenario-format.md")));
        }
        return new ScenarioLoader(file).read(root);
    }

    private Scenario read(JsonNode rootNode) throws InvalidScenarioException {
        YamlNode root = new YamlNode(rootNode, "", problems);
        root.allowOnly(TOP);
        String id = root.text("id");
        if (!id.isEmpty() && !ID.matcher(id).matches()) {
            root.problem("id", "must be lower-case letters, digits and dashes, like 'made-in-america-2025'");
        }
        int version = (int) root.integer("version", 1, 1_000_000);
        Text title = root.bilingual("title");
        Text description = root.bilingual("description");
        List<String> labels = readTurns(root.child("turns"));
        String money = root.text("money");
        YamlNode limits = root.child("limits");
        limits.allowOnly(Set.of("maxQuantity"));
        long maxQuantity = limits.integer("maxQuantity", 1, 1_000_000_000);

        List<YamlNode> productNodes = root.list("products", true);
        List<YamlNode> roleNodes = root.list("roles", true);
        collectIds(productNodes, roleNodes);

        List<Product> products = readProducts(productNodes);
        List<Role> roles = new ArrayList<>();
        List<Site> sites = new ArrayList<>();
        List<SupplyLink> links = new ArrayList<>();
        List<InitialState.Stock> stock = new ArrayList<>();
        List<Batch> batches = new ArrayList<>();
        Map<Integer, YamlNode> openingNodes = new LinkedHashMap<>();
        for (int r = 0; r < roleNodes.size(); r++) {
            readRole(roleNodes.get(r), r, roles, sites, links, stock, batches, openingNodes);
        }
        List<Lane> lanes = readLanes(root.list("lanes", false));
        MarketSections starting = new MarketSections(ids(), siteRole, turnCount);
        Market market = starting.readMarket(root.child("market"), roles);
        InitialState initial = starting.readInitial(root.optionalChild("initial"), links, stock, batches, market);
        RuleSections rules = new RuleSections(ids(), turnCount);
        List<TariffRule> tariffs = rules.readTariffs(root.list("tariffs", false));
        Map<String, Integer> subsidies = rules.readSubsidies(root.list("subsidies", false));
        List<GameEvent> timeline = rules.readEvents(root.list("events", false));
        List<ShockRule> shocks = rules.readShocks(root.list("shocks", false));
        Scoring scoring = rules.readScoring(root.optionalChild("scoring"));
        TariffRelief relief = rules.readTariffRelief(root.optionalChild("tariffRelief"));
        int openingTurns = (int) root.optionalInteger("openingTurns", 0, turnCount, 0);
        Map<String, Map<String, String>> bots = rules.readBotParameters(root.optionalChild("bots"));
        boolean endDemandShared = RuleSections.readInformation(root.optionalChild("information"));
        NetworkCheck.check(problems, roleNodes, products, roles, links);
        List<Decision> openings = new ArrayList<>();
        for (int r = 0; r < roles.size(); r++) {
            openings.add(DecisionFormat.read(openingNodes.get(r), ids(), 1));
        }
        throwIfAny();

        Scenario scenario = new Scenario(id, version, title, description, turnCount, labels, money, maxQuantity,
                products, roles, sites, links, lanes, market, tariffs, subsidies, timeline, shocks, scoring,
                initial, openings, openingTurns, bots, relief, endDemandShared);
        GameState start = GameState.start(scenario, 0);
        for (int r = 0; r < roles.size(); r++) {
            for (Violation violation : DecisionRules.validate(start, r, openings.get(r))) {
                String where = openingNodes.get(r) == null ? "roles[" + r + "].opening" : openingNodes.get(r).path();
                problems.add(where + "." + violation.field(), violation.message() + " (given " + violation.value() + ")");
            }
        }
        throwIfAny();
        return scenario;
    }

    private void throwIfAny() throws InvalidScenarioException {
        if (!problems.found.isEmpty()) {
            throw new InvalidScenarioException(problems.found);
        }
    }

    private List<String> readTurns(YamlNode turns) {
        turns.allowOnly(Set.of("count", "unit", "start"));
        turnCount = (int) turns.integer("count", 1, 520);
        String unit = turns.text("unit");
        List<String> labels = new ArrayList<>();
        switch (unit) {
            case "week", "month" -> {
                String prefix = unit.equals("week") ? "W" : "M";
                for (int t = 1; t <= turnCount; t++) {
                    labels.add(prefix + t);
                }
            }
            case "quarter" -> {
                String start = turns.text("start");
                java.util.regex.Matcher m = Pattern.compile("(\\d{4})-Q([1-4])").matcher(start);
                if (!m.matches()) {
                    turns.problem("start", "must look like 2025-Q2");
                    return fallbackLabels();
                }
                int year = Integer.parseInt(m.group(1));
                int quarter = Integer.parseInt(m.group(2));
                for (int t = 0; t < turnCount; t++) {
                    int q = quarter - 1 + t;
                    labels.add((year + q / 4) + "-Q" + (q % 4 + 1));
                }
            }
            default -> {
                if (!unit.isEmpty()) {
                    turns.problem("unit", "must be week, month or quarter, not '" + unit + "'");
                }
                return fallbackLabels();
            }
        }
        return labels;
    }

    private List<String> fallbackLabels() {
        List<String> labels = new ArrayList<>();
        for (int t = 1; t <= turnCount; t++) {
            labels.add("T" + t);
        }
        return labels;
    }

    private void collectIds(List<YamlNode> productNodes, List<YamlNode> roleNodes) {
        for (YamlNode product : productNodes) {
            register(product, productIds, "product");
        }
        for (YamlNode role : roleNodes) {
            int roleIndex = register(role, roleIds, "role");
            for (YamlNode site : role.list("sites", true)) {
                int siteIndex = register(site, siteIds, "site");
                siteRole.put(siteIndex, roleIndex);
            }
        }
    }

    private int register(YamlNode node, Map<String, Integer> ids, String kind) {
        String id = node.text("id");
        if (id.isEmpty()) {
            ids.put("#" + node.path(), ids.size());
            return ids.size() - 1;
        }
        if (!ID.matcher(id).matches()) {
            node.problem("id", "must be lower-case letters, digits and dashes, not '" + id + "'");
        }
        if (ids.containsKey(id)) {
            node.problem("id", "another " + kind + " already has the id '" + id + "'");
            ids.put(id + "#" + node.path(), ids.size());
            return ids.size() - 1;
        }
        ids.put(id, ids.size());
        return ids.size() - 1;
    }

    private Ids ids() {
        return new Ids(productIds, roleIds, siteIds);
    }

    static String country(YamlNode node, String field) {
        String country = node.text(field);
        if (!country.isEmpty() && !COUNTRY.matcher(country).matches()) {
            node.problem(field, "must be a two-letter country code such as US, TW, KR, MX, not '" + country + "'");
        }
        return country;
    }

    private int turn(YamlNode node, String field) {
        return (int) node.integer(field, 1, turnCount);
    }

    private List<Product> readProducts(List<YamlNode> nodes) {
        List<Product> products = new ArrayList<>();
        for (YamlNode node : nodes) {
            node.allowOnly(Set.of("id", "name", "value", "holdingCost", "bom"));
            List<BomLine> bom = new ArrayList<>();
            for (YamlNode line : node.list("bom", false)) {
                line.allowOnly(Set.of("product", "quantity"));
                bom.add(new BomLine(ids().product(line, "product"), (int) line.integer("quantity", 1, 1000)));
            }
            products.add(new Product(node.text("id"), node.bilingual("name"),
                    node.optionalHundredths("value", 0, MAX_MONEY, 0),
                    node.hundredths("holdingCost", 0, MAX_MONEY), bom));
        }
        return products;
    }

    @SuppressWarnings("java:S107")
    private void readRole(YamlNode node, int r, List<Role> roles, List<Site> sites, List<SupplyLink> links,
                          List<InitialState.Stock> stock, List<Batch> batches, Map<Integer, YamlNode> openings) {
        node.allowOnly(Set.of("id", "name", "briefing", "product", "produces", "backlogCost", "cash", "sites",
                "suppliers", "opening", "otherBuyers"));
        boolean produces = node.flag("produces", false);
        int product = ids().product(node, "product");
        roles.add(new Role(node.text("id"), node.bilingual("name"), node.bilingual("briefing"), product, produces,
                node.hundredths("backlogCost", 0, MAX_MONEY), node.hundredths("cash", -MAX_MONEY, MAX_MONEY),
                readOtherBuyers(node.optionalChild("otherBuyers"))));
        for (YamlNode site : node.list("sites", true)) {
            sites.add(readSite(site, r, product, produces, stock, batches));
        }
        for (YamlNode supplier : node.list("suppliers", false)) {
            supplier.allowOnly(Set.of("product", "from", "orderDelay", "transit"));
            links.add(new SupplyLink(r, ids().product(supplier, "product"),
                    ids().role(supplier, "from"),
                    (int) supplier.integer("orderDelay", 1, 52), (int) supplier.integer("transit", 1, 52)));
        }
        openings.put(r, node.optionalChild("opening"));
    }

    private OtherBuyers readOtherBuyers(YamlNode node) {
        if (node == null) {
            return null;
        }
        node.allowOnly(Set.of("demand", "price", "noisePercent"));
        List<Long> demand = node.integers("demand", 0, 1_000_000_000);
        if (demand.isEmpty()) {
            node.problem("demand", "give at least one value (units a turn; the last one repeats)");
            demand = List.of(0L);
        } else if (demand.size() > turnCount) {
            node.problem("demand", "has " + demand.size() + " values but the game has only " + turnCount + " turns");
        }
        return new OtherBuyers(demand.stream().mapToLong(Long::longValue).toArray(), node.hundredths("price", 0, MAX_MONEY),
                (int) node.optionalInteger("noisePercent", 0, 100, 0));
    }

    private Site readSite(YamlNode node, int role, int roleProduct, boolean produces, List<InitialState.Stock> stock, List<Batch> batches) {
        node.allowOnly(Set.of("id", "name", "country", "capacity", "productionCost", "productionLeadTime", "price",
                "yield", "build", "stock", "inProduction", "learning", "importedContent"));
        int siteIndex = siteIds.getOrDefault(node.text("id"), 0);
        List<YieldStep> yields = new ArrayList<>();
        int lastFrom = 0;
        for (YamlNode step : node.list("yield", false)) {
            step.allowOnly(Set.of("fromTurn", "percent"));
            int from = turn(step, "fromTurn");
            if (from <= lastFrom) {
                step.problem("fromTurn", "yield steps must be in rising turn order");
            }
            lastFrom = from;
            yields.add(new YieldStep(from, (int) step.integer("percent", 1, 100)));
        }
        CapacityBuild build = null;
        YamlNode buildNode = node.optionalChild("build");
        if (buildNode != null) {
            buildNode.allowOnly(Set.of("leadTime", "capexPerUnit", "maxPerTurn", "fromTurn"));
            build = new CapacityBuild((int) buildNode.integer("leadTime", 1, 52),
                    buildNode.hundredths("capexPerUnit", 0, MAX_MONEY),
                    buildNode.integer("maxPerTurn", 1, 1_000_000_000),
                    (int) buildNode.optionalInteger("fromTurn", 1, turnCount, 1));
        }
        if (node.has("stock")) {
            YamlNode stockNode = node.child("stock");
            for (String product : productIds.keySet()) {
                if (stockNode.has(product)) {
                    stock.add(new InitialState.Stock(siteIndex, productIds.get(product),
                            stockNode.integer(product, 0, 1_000_000_000)));
                }
            }
            stockNode.allowOnly(productIds.keySet());
        }
        int leadTime = produces ? (int) node.integer("productionLeadTime", 1, 52) : 1;
        for (YamlNode batch : node.list("inProduction", false)) {
            batch.allowOnly(Set.of("quantity", "dueTurn"));
            if (!produces) {
                batch.problem("only sites of a producing role can have production running");
            }
            batches.add(new Batch(siteIndex, roleProduct, batch.integer("quantity", 0, 1_000_000_000), 0, turn(batch, "dueTurn")));
        }
        Learning learning = null;
        YamlNode learningNode = node.optionalChild("learning");
        if (learningNode != null) {
            learningNode.allowOnly(Set.of("startPercent", "fullPercent", "halfGapUnits"));
            int start = (int) learningNode.integer("startPercent", 1, 100);
            int full = (int) learningNode.integer("fullPercent", 1, 100);
            if (full < start) {
                learningNode.problem("fullPercent", "must not be below startPercent");
            }
            learning = new Learning(start, full, learningNode.integer("halfGapUnits", 1, 1_000_000_000));
        }
        ImportedContent imported = null;
        YamlNode importedNode = node.optionalChild("importedContent");
        if (importedNode != null) {
            importedNode.allowOnly(Set.of("origin", "percent"));
            imported = new ImportedContent(country(importedNode, "origin"), (int) importedNode.integer("percent", 0, 100));
        }
        return new Site(node.text("id"), node.bilingual("name"), country(node, "country"), role,
                produces ? node.integer("capacity", 0, 1_000_000_000) : node.optionalInteger("capacity", 0, 0, 0),
                produces ? node.hundredths("productionCost", 0, MAX_MONEY) : 0,
                leadTime,
                node.optionalHundredths("price", 0, MAX_MONEY, 0),
                yields, build, learning, imported);
    }

    private List<Lane> readLanes(List<YamlNode> nodes) {
        List<Lane> lanes = new ArrayList<>();
        for (YamlNode node : nodes) {
            node.allowOnly(Set.of("from", "to", "transit", "freight"));
            lanes.add(new Lane(ids().site(node, "from"), ids().site(node, "to"),
                    (int) node.integer("transit", 1, 52), node.optionalHundredths("freight", 0, MAX_MONEY, 0)));
        }
        return lanes;
    }

}
