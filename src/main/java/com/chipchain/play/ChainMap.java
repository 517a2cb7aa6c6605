package com.chipchain.play;

import com.chipchain.engine.GameState;
import com.chipchain.engine.Scenario;
import com.chipchain.engine.SeatReport;
import com.chipchain.engine.Shipment;
import com.chipchain.engine.Site;
import com.chipchain.engine.SiteReport;
import com.chipchain.engine.SupplyLink;
import com.chipchain.engine.TurnReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One chain drawn as a map: its companies in stages from the raw chips to the end market, each
 * company's sites by country with how full their capacity ran last turn, and the lanes between
 * them with the goods in transit and the US tariff in force on each. Without a game state (the
 * projector) it is the network and its tariffs only. What it shows is public in the game
 * (docs/rules.md, "Information"): no seat's orders, cash, stock or backlog.
 */
public record ChainMap(List<Stage> stages, List<Lane> lanes, boolean withFigures) {

    /** The companies at one distance from the end market (0: the market role). */
    public record Stage(int depth, List<Node> nodes) {}

    /**
     * A site: {@code started} units started last turn against {@code usable} capacity; {@code own}
     * when it belongs to the viewer's seat.
     */
    public record Node(String siteId, Label site, Label company, String country, long capacity, long usable,
                       long started, long building, boolean own) {

        /** How full the site ran last turn, in percent of its usable capacity (-1: it makes nothing). */
        public int percentFull() {
            return usable <= 0 ? (capacity <= 0 ? -1 : 100) : (int) Math.min(999, Math.round(100.0 * started / usable));
        }
    }

    /** A lane from a supplier's site to a buyer's site: the product, units in transit and the US tariff on arrival. */
    public record Lane(String from, String to, Label product, long inTransit, BigDecimal tariffPercent) {}

    /** The same map with no site marked as the viewer's: what every seat of the chain sees alike. */
    public ChainMap unmarked() {
        if (ownSites().isEmpty()) {
            return this;
        }
        List<Stage> plain = new ArrayList<>();
        for (Stage stage : stages) {
            plain.add(new Stage(stage.depth(), stage.nodes().stream().map(n -> n.own() ? new Node(n.siteId(), n.site(), n.company(),
                    n.country(), n.capacity(), n.usable(), n.started(), n.building(), false) : n).toList()));
        }
        return new ChainMap(plain, lanes, withFigures);
    }

    /** The sites of the viewer's seat. */
    public List<String> ownSites() {
        List<String> own = new ArrayList<>();
        stages.forEach(stage -> stage.nodes().stream().filter(Node::own).forEach(n -> own.add(n.siteId())));
        return own;
    }

    /** @param viewerRole the seat looking (its sites are marked), or -1 */
    static ChainMap of(Scenario scenario, GameState state, List<TurnReport> reports, int viewerRole) {
        int roles = scenario.roles().size();
        int[] depth = depths(scenario);
        int deepest = 0;
        for (int d : depth) {
            deepest = Math.max(deepest, d);
        }
        TurnReport last = reports == null || reports.isEmpty() ? null : reports.get(reports.size() - 1);
        List<Stage> stages = new ArrayList<>();
        for (int d = deepest; d >= 0; d--) {
            List<Node> nodes = new ArrayList<>();
            for (int role = 0; role < roles; role++) {
                if (depth[role] != d) {
                    continue;
                }
                for (int site : scenario.sitesOf(role)) {
                    Site where = scenario.site(site);
                    nodes.add(new Node(where.id(), Label.of(where.name()), Label.of(scenario.role(role).name()), where.country(),
                            state == null ? 0 : state.capacity(site), state == null ? 0 : state.usableCapacity(site),
                            started(last, role, site), state == null ? 0 : state.building(site), role == viewerRole));
                }
            }
            stages.add(new Stage(d, nodes));
        }
        List<Lane> lanes = new ArrayList<>();
        for (SupplyLink link : scenario.links()) {
            for (int from : scenario.sitesOf(link.supplier())) {
                for (int to : scenario.sitesOf(link.buyer())) {
                    long moving = 0;
                    if (state != null) {
                        for (Shipment shipment : state.shipments()) {
                            if (shipment.from() == from && shipment.to() == to && shipment.product() == link.product()) {
                                moving += shipment.quantity();
                            }
                        }
                    }
                    String origin = scenario.site(from).country();
                    boolean intoUs = Site.US.equals(scenario.site(to).country()) && !Site.US.equals(origin);
                    int basisPoints = state == null || !intoUs ? 0 : state.tariffBasisPoints(link.product(), origin);
                    lanes.add(new Lane(scenario.site(from).id(), scenario.site(to).id(), Label.of(scenario.product(link.product()).name()),
                            moving, intoUs ? BigDecimal.valueOf(basisPoints, 2) : null));
                }
            }
        }
        return new ChainMap(stages, lanes, state != null);
    }

    /**
     * The class's chains as one map (the projector): each site's capacity, use and builds summed over
     * the chains, the goods in transit on each lane summed, the tariffs of the first chain (every
     * chain has the same news). Figures only once a turn has been played.
     */
    static ChainMap together(List<ChainMap> chains, boolean played) {
        ChainMap first = chains.get(0);
        List<Stage> stages = new ArrayList<>();
        for (int s = 0; s < first.stages().size(); s++) {
            List<Node> nodes = new ArrayList<>();
            for (int n = 0; n < first.stages().get(s).nodes().size(); n++) {
                Node node = first.stages().get(s).nodes().get(n);
                long capacity = 0;
                long usable = 0;
                long started = 0;
                long building = 0;
                for (ChainMap chain : chains) {
                    Node same = chain.stages().get(s).nodes().get(n);
                    capacity += same.capacity();
                    usable += same.usable();
                    started += same.started();
                    building += same.building();
                }
                nodes.add(new Node(node.siteId(), node.site(), node.company(), node.country(), capacity, usable, started, building, false));
            }
            stages.add(new Stage(first.stages().get(s).depth(), nodes));
        }
        List<Lane> lanes = new ArrayList<>();
        for (int l = 0; l < first.lanes().size(); l++) {
            Lane lane = first.lanes().get(l);
            long moving = 0;
            for (ChainMap chain : chains) {
                moving += chain.lanes().get(l).inTransit();
            }
            lanes.add(new Lane(lane.from(), lane.to(), lane.product(), moving, lane.tariffPercent()));
        }
        return new ChainMap(stages, lanes, played);
    }

    private static long started(TurnReport last, int role, int site) {
        if (last == null) {
            return 0;
        }
        SeatReport seat = last.seats().get(role);
        for (SiteReport report : seat.sites()) {
            if (report.site() == site) {
                return report.started();
            }
        }
        return 0;
    }

    /** Each role's distance from the end market along the supply links (the market role is 0). */
    static int[] depths(Scenario scenario) {
        int roles = scenario.roles().size();
        int[] depth = new int[roles];
        java.util.Arrays.fill(depth, -1);
        depth[scenario.marketRole()] = 0;
        for (int pass = 0; pass < roles; pass++) {
            for (SupplyLink link : scenario.links()) {
                if (depth[link.buyer()] >= 0 && depth[link.supplier()] < depth[link.buyer()] + 1) {
                    depth[link.supplier()] = depth[link.buyer()] + 1;
                }
            }
        }
        for (int role = 0; role < roles; role++) {
            depth[role] = Math.max(0, depth[role]);
        }
        return depth;
    }
}
