package com.chipchain.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A complete, checked game definition: network, starting state, prices, tariffs, timeline and
 * scoring. Built once per scenario file and shared by every game played on it; it holds lookup
 * tables so that resolving a turn never searches by name.
 */
public final class Scenario {

    private final String id;
    private final int version;
    private final Text title;
    private final Text description;
    private final int turnCount;
    private final List<String> turnLabels;
    private final String moneyUnit;
    private final long maxQuantity;
    private final List<Product> products;
    private final List<Role> roles;
    private final List<Site> sites;
    private final List<SupplyLink> links;
    private final List<Lane> lanes;
    private final Market market;
    private final List<TariffRule> tariffs;
    private final Map<String, Integer> subsidies;
    private final List<GameEvent> timeline;
    private final List<ShockRule> shocks;
    private final Scoring scoring;
    private final InitialState initialState;
    private final List<Decision> openingDecisions;
    private final int openingTurns;
    /** Whether sessions share end-customer demand with every team unless the facilitator says otherwise. */
    private final boolean endDemandShared;
    /** The opening decisions made for each turn, [role][turn] (immutable, so every game can share them). */
    private final Decision[][] openingDecisionOn;
    private final Map<String, Map<String, String>> botParameters;
    private final TariffRelief tariffRelief;

    private final List<String> countries;
    private final int[][] roleSites;
    private final int[][] supplierLink;
    private final int[] transit;
    private final long[] freight;
    private final int[] firstUsSiteOfRole;
    private final List<List<SupplyLink>> suppliesOf;
    private final List<List<GameEvent>> timelineByTurn;
    private final int[] siteCountry;
    private final int marketCountry;
    private final int[][][][] shippingOrder;
    // arrays of the lists above for the turn steps' inner loops (a sweep reads them billions of times)
    private final Product[] productArray;
    private final Role[] roleArray;
    private final Site[] siteArray;
    private final Map<String, Integer> productIds = new HashMap<>();
    private final Map<String, Integer> roleIds = new HashMap<>();
    private final Map<String, Integer> siteIds = new HashMap<>();

    @SuppressWarnings("java:S107")
    public Scenario(
            String id,
            int version,
            Text title,
            Text description,
            int turnCount,
            List<String> turnLabels,
            String moneyUnit,
            long maxQuantity,
            List<Product> products,
            List<Role> roles,
            List<Site> sites,
            List<SupplyLink> links,
            List<Lane> lanes,
            Market market,
            List<TariffRule> tariffs,
            Map<String, Integer> subsidies,
            List<GameEvent> timeline,
            List<ShockRule> shocks,
            Scoring scoring,
            InitialState initialState,
            List<Decision> openingDecisions,
            int openingTurns,
            Map<String, Map<String, String>> botParameters,
            TariffRelief tariffRelief,
            boolean endDemandShared) {
        this.id = id;
        this.endDemandShared = endDemandShared;
        this.version = version;
        this.title = title;
        this.description = description;
        this.turnCount = turnCount;
        this.turnLabels = List.copyOf(turnLabels);
        this.moneyUnit = moneyUnit;
        this.maxQuantity = maxQuantity;
        this.products = List.copyOf(products);
        this.roles = List.copyOf(roles);
        this.sites = List.copyOf(sites);
        this.links = List.copyOf(links);
        this.lanes = List.copyOf(lanes);
        this.market = market;
        this.tariffs = List.copyOf(tariffs);
        this.subsidies = Map.copyOf(subsidies);
        this.timeline = List.copyOf(timeline);
        this.shocks = List.copyOf(shocks);
        this.scoring = scoring;
        this.initialState = initialState;
        this.openingDecisions = List.copyOf(openingDecisions);
        this.openingTurns = openingTurns;
        this.openingDecisionOn = new Decision[this.openingDecisions.size()][turnCount + 2];
        for (int r = 0; r < openingDecisionOn.length; r++) {
            for (int t = 0; t < turnCount + 2; t++) {
                openingDecisionOn[r][t] = this.openingDecisions.get(r).forTurn(t);
            }
        }
        this.botParameters = Map.copyOf(botParameters);
        this.tariffRelief = tariffRelief == null ? TariffRelief.NONE : tariffRelief;
        if (turnLabels.size() != turnCount) {
            throw new IllegalArgumentException("need one label per turn");
        }
        if (openingDecisions.size() != roles.size()) {
            throw new IllegalArgumentException("need one opening decision per role");
        }

        for (int i = 0; i < products.size(); i++) {
            productIds.put(products.get(i).id(), i);
        }
        for (int i = 0; i < roles.size(); i++) {
            roleIds.put(roles.get(i).id(), i);
        }
        for (int i = 0; i < sites.size(); i++) {
            siteIds.put(sites.get(i).id(), i);
        }
        this.productArray = this.products.toArray(Product[]::new);
        this.roleArray = this.roles.toArray(Role[]::new);
        this.siteArray = this.sites.toArray(Site[]::new);
        this.countries = collectCountries();
        this.roleSites = new int[roles.size()][];
        this.firstUsSiteOfRole = new int[roles.size()];
        for (int r = 0; r < roles.size(); r++) {
            List<Integer> own = new ArrayList<>();
            firstUsSiteOfRole[r] = -1;
            for (int s = 0; s < sites.size(); s++) {
                if (sites.get(s).role() == r) {
                    own.add(s);
                    if (firstUsSiteOfRole[r] < 0 && sites.get(s).inUs()) {
                        firstUsSiteOfRole[r] = s;
                    }
                }
            }
            roleSites[r] = own.stream().mapToInt(Integer::intValue).toArray();
        }
        this.supplierLink = new int[roles.size()][products.size()];
        for (int[] row : supplierLink) {
            Arrays.fill(row, -1);
        }
        for (int i = 0; i < links.size(); i++) {
            SupplyLink link = links.get(i);
            supplierLink[link.buyer()][link.product()] = i;
        }
        List<List<SupplyLink>> supplies = new ArrayList<>();
        for (int r = 0; r < roles.size(); r++) {
            List<SupplyLink> own = new ArrayList<>();
            for (SupplyLink link : links) {
                if (link.buyer() == r) {
                    own.add(link);
                }
            }
            supplies.add(List.copyOf(own));
        }
        this.suppliesOf = List.copyOf(supplies);
        List<List<GameEvent>> byTurn = new ArrayList<>();
        for (int turn = 0; turn <= turnCount; turn++) {
            final int t = turn;
            byTurn.add(timeline.stream().filter(e -> e.turn() == t).toList());
        }
        this.timelineByTurn = byTurn;
        this.siteCountry = new int[sites.size()];
        for (int site = 0; site < sites.size(); site++) {
            siteCountry[site] = countries.indexOf(sites.get(site).country());
        }
        this.marketCountry = market == null ? -1 : countries.indexOf(market.country());
        this.shippingOrder = new int[roles.size()][countries.size()][2][];
        for (int role = 0; role < roles.size(); role++) {
            for (int country = 0; country < countries.size(); country++) {
                shippingOrder[role][country][0] = shippingOrder(roleSites[role], country, false);
                shippingOrder[role][country][1] = shippingOrder(roleSites[role], country, true);
            }
        }
        this.transit = new int[sites.size() * sites.size()];
        Arrays.fill(transit, -1);
        this.freight = new long[sites.size() * sites.size()];
        for (Lane lane : lanes) {
            transit[lane.from() * sites.size() + lane.to()] = lane.transit();
            freight[lane.from() * sites.size() + lane.to()] = lane.freight();
        }
    }

    private List<String> collectCountries() {
        List<String> found = new ArrayList<>();
        for (Site site : sites) {
            if (!found.contains(site.country())) {
                found.add(site.country());
            }
        }
        for (TariffRule rule : tariffs) {
            if (!found.contains(rule.origin())) {
                found.add(rule.origin());
            }
        }
        for (Site site : sites) {
            if (site.importedContent() != null && !found.contains(site.importedContent().origin())) {
                found.add(site.importedContent().origin());
            }
        }
        for (String country : subsidies.keySet().stream().sorted().toList()) {
            if (!found.contains(country)) {
                found.add(country);
            }
        }
        collectEventCountries(found, timeline.stream().map(GameEvent::effect).toList());
        collectEventCountries(found, shocks.stream().map(ShockRule::effect).toList());
        if (market != null && !found.contains(market.country())) {
            found.add(market.country());
        }
        if (!found.contains(Site.US)) {
            found.add(Site.US);
        }
        return List.copyOf(found);
    }

    private static void collectEventCountries(List<String> found, List<EventEffect> effects) {
        for (EventEffect effect : effects) {
            String country = null;
            if (effect instanceof EventEffect.TariffSet t) {
                country = t.origin();
            } else if (effect instanceof EventEffect.SubsidySet s) {
                country = s.country();
            }
            if (country != null && !found.contains(country)) {
                found.add(country);
            }
        }
    }

    /** Sites in the same country as the destination first, then the others, in scenario order; US sites only if asked. */
    private int[] shippingOrder(int[] own, int destinationCountry, boolean usOnly) {
        List<Integer> order = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            for (int site : own) {
                boolean domestic = siteCountry[site] == destinationCountry;
                if (domestic == (pass == 0) && (!usOnly || sites.get(site).inUs())) {
                    order.add(site);
                }
            }
        }
        return order.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The order in which a supplier's sites fill a line going to a site (or market) in that country. */
    int[] shippingOrder(int supplier, int destinationCountry, boolean usOnly) {
        return shippingOrder[supplier][destinationCountry][usOnly ? 1 : 0];
    }

    int countryIndexOfSite(int site) { return siteCountry[site]; }

    int marketCountryIndex() { return marketCountry; }

    public String id() { return id; }
    public int version() { return version; }
    public Text title() { return title; }
    public Text description() { return description; }
    public int turnCount() { return turnCount; }
    public List<String> turnLabels() { return turnLabels; }
    public String turnLabel(int turn) { return turnLabels.get(turn - 1); }
    public String moneyUnit() { return moneyUnit; }
    public long maxQuantity() { return maxQuantity; }
    public List<Product> products() { return products; }
    public List<Role> roles() { return roles; }
    public List<Site> sites() { return sites; }
    public List<SupplyLink> links() { return links; }
    public List<Lane> lanes() { return lanes; }
    public Market market() { return market; }
    public List<TariffRule> tariffs() { return tariffs; }
    public Map<String, Integer> subsidies() { return subsidies; }
    public List<GameEvent> timeline() { return timeline; }
    public List<ShockRule> shocks() { return shocks; }
    /** The timeline's events of one turn, in file order. */
    public List<GameEvent> timelineOn(int turn) {
        return turn >= 0 && turn < timelineByTurn.size() ? timelineByTurn.get(turn) : List.of();
    }
    public Scoring scoring() { return scoring; }
    public TariffRelief tariffRelief() { return tariffRelief; }

    /** The lane between two sites, or null when the supply link's transit applies. */
    public Lane lane(int fromSite, int toSite) {
        for (Lane lane : lanes) {
            if (lane.from() == fromSite && lane.to() == toSite) {
                return lane;
            }
        }
        return null;
    }
    public InitialState initialState() { return initialState; }
    public List<Decision> openingDecisions() { return openingDecisions; }
    /** Turns whose decisions are fixed by the scenario (the beer game's pre-printed order slips). */
    public int openingTurns() { return openingTurns; }

    /** The default of a session's "share end-customer demand" (the session decides what seats see). */
    public boolean endDemandShared() { return endDemandShared; }

    /** The role's opening decision made for a turn: the same as {@code openingDecisions().get(role).forTurn(turn)}. */
    public Decision openingDecisionOn(int role, int turn) {
        return turn >= 0 && turn < openingDecisionOn[role].length ? openingDecisionOn[role][turn]
                : openingDecisions.get(role).forTurn(turn);
    }
    public List<String> countries() { return countries; }
    /** Default parameters per bot policy for this scenario (docs/bots.md), e.g. base-stock levels. */
    public Map<String, String> botParameters(String policy) { return botParameters.getOrDefault(policy, Map.of()); }

    public Product product(int index) { return productArray[index]; }
    public Role role(int index) { return roleArray[index]; }
    public Site site(int index) { return siteArray[index]; }

    public int productIndex(String productId) { return productIds.getOrDefault(productId, -1); }
    public int roleIndex(String roleId) { return roleIds.getOrDefault(roleId, -1); }
    public int siteIndex(String siteId) { return siteIds.getOrDefault(siteId, -1); }
    public int countryIndex(String country) { return countries.indexOf(country); }

    /** The role's own sites, in the order the scenario lists them. */
    public int[] sitesOf(int role) { return roleSites[role].clone(); }

    int[] sitesOfShared(int role) { return roleSites[role]; }

    public boolean hasUsSite(int role) { return firstUsSiteOfRole[role] >= 0; }

    /** The supply link by which the buyer gets the product, or null when it does not buy it. */
    public SupplyLink linkFor(int buyer, int product) {
        int index = supplierLink[buyer][product];
        return index < 0 ? null : links.get(index);
    }

    /** The links by which the role buys, in scenario order. */
    public List<SupplyLink> suppliesOf(int buyer) {
        return suppliesOf.get(buyer);
    }

    /** Turns from shipping at one site to arrival at another, by lane or by supply link. */
    public int transit(int fromSite, int toSite, SupplyLink link) {
        int lane = transit[fromSite * sites.size() + toSite];
        return lane >= 0 ? lane : link.transit();
    }

    /** Money per unit the shipping role pays to move goods between two sites (0 without a lane). */
    public long freight(int fromSite, int toSite) {
        return freight[fromSite * sites.size() + toSite];
    }

    public int marketRole() { return market.role(); }

    public boolean isMarketRole(int role) { return market.role() == role; }

    /**
     * Whether teams are scored by their costs: a scenario without prices (the beer game) earns no
     * revenue, so every team's profit is minus its costs and lower costs are better.
     */
    public boolean scoresCosts() { return market.price().reference() == 0 && market.price().max() == 0; }

    /** Money written in the scenario's unit with two decimals, e.g. 1234 -> "12.34". */
    public static String formatMoney(long minorUnits) {
        String sign = minorUnits < 0 ? "-" : "";
        long abs = Math.abs(minorUnits);
        return sign + (abs / 100) + "." + String.format("%02d", abs % 100);
    }
}
