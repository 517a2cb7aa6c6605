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

/** The checks of a scenario's network once every section is read: no product made from itself, every need supplied, one supplier per product. */
final class NetworkCheck {

    private NetworkCheck() {}

    static void check(YamlNode.Problems problems, List<YamlNode> roleNodes, List<Product> products, List<Role> roles, List<SupplyLink> links) {
        if (!problems.found.isEmpty()) {
            return;
        }
        for (int p = 0; p < products.size(); p++) {
            if (reachesItself(products, p, p, 0)) {
                problems.add("products[" + p + "].bom", "the bill of materials of '" + products.get(p).id() + "' uses itself, directly or through its inputs");
            }
        }
        for (int r = 0; r < roles.size(); r++) {
            Role role = roles.get(r);
            YamlNode node = roleNodes.get(r);
            List<Integer> needs = new ArrayList<>();
            if (role.produces()) {
                products.get(role.product()).bom().forEach(line -> needs.add(line.product()));
            } else {
                needs.add(role.product());
            }
            for (int need : needs) {
                if (findLink(links, r, need) == null) {
                    node.problem("suppliers", "needs a supplier of '" + products.get(need).id() + "'");
                }
            }
            for (int i = 0; i < links.size(); i++) {
                SupplyLink link = links.get(i);
                if (link.buyer() != r) {
                    continue;
                }
                if (roles.get(link.supplier()).product() != link.product()) {
                    node.problem("suppliers", "'" + roles.get(link.supplier()).id() + "' does not sell '" + products.get(link.product()).id() + "'");
                }
                if (link.supplier() == r) {
                    node.problem("suppliers", "a role cannot supply itself");
                }
                for (int j = 0; j < i; j++) {
                    if (links.get(j).buyer() == r && links.get(j).product() == link.product()) {
                        node.problem("suppliers", "has two suppliers of '" + products.get(link.product()).id() + "'; one per product");
                    }
                }
            }
        }
    }

    private static boolean reachesItself(List<Product> products, int target, int current, int depth) {
        if (depth > products.size()) {
            return true;
        }
        for (BomLine line : products.get(current).bom()) {
            if (line.product() == target || reachesItself(products, target, line.product(), depth + 1)) {
                return true;
            }
        }
        return false;
    }

    static SupplyLink findLink(List<SupplyLink> links, int buyer, int product) {
        for (SupplyLink link : links) {
            if (link.buyer() == buyer && link.product() == product) {
                return link;
            }
        }
        return null;
    }
}
