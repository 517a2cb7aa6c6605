package com.chipchain.scenario;

import com.chipchain.engine.Scenario;
import java.util.LinkedHashMap;
import java.util.Map;

/** Names to indexes for products, roles and sites: while a file is read, or of a loaded scenario. */
record Ids(Map<String, Integer> products, Map<String, Integer> roles, Map<String, Integer> sites) {

    static Ids of(Scenario scenario) {
        Map<String, Integer> products = new LinkedHashMap<>();
        Map<String, Integer> roles = new LinkedHashMap<>();
        Map<String, Integer> sites = new LinkedHashMap<>();
        scenario.products().forEach(p -> products.put(p.id(), products.size()));
        scenario.roles().forEach(r -> roles.put(r.id(), roles.size()));
        scenario.sites().forEach(s -> sites.put(s.id(), sites.size()));
        return new Ids(products, roles, sites);
    }

    int product(YamlNode node, String field) {
        return ref(node, field, products, "product");
    }

    int role(YamlNode node, String field) {
        return ref(node, field, roles, "role");
    }

    int site(YamlNode node, String field) {
        return ref(node, field, sites, "site");
    }

    private static int ref(YamlNode node, String field, Map<String, Integer> ids, String kind) {
        String id = node.text(field);
        if (id.isEmpty()) {
            return 0;
        }
        Integer index = ids.get(id);
        if (index == null) {
            node.problem(field, "unknown " + kind + " '" + id + "'; known: "
                    + String.join(", ", ids.keySet().stream().filter(k -> !k.contains("#")).toList()));
            return 0;
        }
        return index;
    }
}
