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

/** The market section of a scenario file and the starting state (goods on the way, orders in the mail, backlog). */
final class MarketSections {

    private final Ids ids;
    private final Map<Integer, Integer> siteRole;
    private final int turnCount;

    MarketSections(Ids ids, Map<Integer, Integer> siteRole, int turnCount) {
        this.ids = ids;
        this.siteRole = siteRole;
        this.turnCount = turnCount;
    }

    private int turn(YamlNode node, String field) {
        return (int) node.integer(field, 1, turnCount);
    }

    private static SupplyLink findLink(List<SupplyLink> links, int buyer, int product) {
        return NetworkCheck.findLink(links, buyer, product);
    }

    Market readMarket(YamlNode node, List<Role> roles) {
        node.allowOnly(Set.of("role", "product", "country", "demand", "price", "lostSalesPercent"));
        int role = ids.role(node, "role");
        int product = ids.product(node, "product");
        if (role < roles.size() && roles.get(role).product() != product) {
            node.problem("product", "must be the product the market role sells");
        }
        YamlNode demand = node.child("demand");
        demand.allowOnly(Set.of("base", "noisePercent"));
        List<Long> base = demand.integers("base", 0, 1_000_000_000);
        if (base.size() > turnCount) {
            demand.problem("base", "has " + base.size() + " values but the game has only " + turnCount + " turns");
        }
        YamlNode price = node.child("price");
        price.allowOnly(Set.of("reference", "min", "max", "elasticityPercent", "maxStep"));
        long reference = price.hundredths("reference", 0, ScenarioLoader.MAX_MONEY);
        long min = price.optionalHundredths("min", 0, ScenarioLoader.MAX_MONEY, reference);
        long max = price.optionalHundredths("max", 0, ScenarioLoader.MAX_MONEY, reference);
        if (!(min <= reference && reference <= max)) {
            price.problem("need min <= reference <= max");
        }
        PriceBand band = new PriceBand(reference, min, max, (int) price.optionalInteger("elasticityPercent", 0, 1000, 0),
                price.optionalHundredths("maxStep", 0, ScenarioLoader.MAX_MONEY, 0));
        return new Market(role, product, base.stream().mapToLong(Long::longValue).toArray(),
                (int) demand.optionalInteger("noisePercent", 0, 100, 0), band, ScenarioLoader.country(node, "country"),
                (int) node.optionalInteger("lostSalesPercent", 0, 100, 0));
    }

    InitialState readInitial(YamlNode node, List<SupplyLink> links, List<InitialState.Stock> stock,
                                     List<Batch> batches, Market market) {
        List<Shipment> shipments = new ArrayList<>();
        List<MailedOrder> mail = new ArrayList<>();
        List<BacklogLine> backlog = new ArrayList<>();
        if (node == null) {
            return new InitialState(stock, shipments, batches, mail, backlog);
        }
        node.allowOnly(Set.of("shipments", "orders", "backlog"));
        for (YamlNode s : node.list("shipments", false)) {
            s.allowOnly(Set.of("product", "from", "to", "quantity", "dueTurn"));
            int product = ids.product(s, "product");
            int from = ids.site(s, "from");
            int to = ids.site(s, "to");
            if (findLink(links, siteRole.getOrDefault(to, -1), product) == null) {
                s.problem("the role of site " + s.text("to") + " does not buy this product");
            }
            shipments.add(new Shipment(product, from, to, s.integer("quantity", 0, 1_000_000_000), 0, 0, turn(s, "dueTurn")));
        }
        for (YamlNode o : node.list("orders", false)) {
            o.allowOnly(Set.of("buyer", "product", "site", "quantity", "dueTurn"));
            int buyer = ids.role(o, "buyer");
            int product = ids.product(o, "product");
            int site = ids.site(o, "site");
            SupplyLink link = findLink(links, buyer, product);
            if (link == null) {
                o.problem("the buyer does not buy this product");
                continue;
            }
            if (siteRole.getOrDefault(site, -1) != buyer) {
                o.problem("site", "must be one of the buyer's own sites");
            }
            BacklogLine line = new BacklogLine(buyer, product, site, o.integer("quantity", 0, 1_000_000_000), false, 0);
            mail.add(new MailedOrder(link.supplier(), line, turn(o, "dueTurn")));
        }
        for (YamlNode b : node.list("backlog", false)) {
            b.allowOnly(Set.of("buyer", "product", "site", "quantity"));
            long quantity = b.integer("quantity", 0, 1_000_000_000);
            if ("market".equals(b.text("buyer"))) {
                backlog.add(new BacklogLine(BacklogLine.MARKET, market.product(), -1, quantity, false, 0));
                continue;
            }
            int buyer = ids.role(b, "buyer");
            int product = ids.product(b, "product");
            if (findLink(links, buyer, product) == null) {
                b.problem("the buyer does not buy this product");
                continue;
            }
            backlog.add(new BacklogLine(buyer, product, ids.site(b, "site"), quantity, false, 0));
        }
        return new InitialState(stock, shipments, batches, mail, backlog);
    }
}
