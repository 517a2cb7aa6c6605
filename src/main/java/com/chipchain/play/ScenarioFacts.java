package com.chipchain.play;

import java.util.List;

/** The names a menu needs from a scenario: products, sites, roles, countries. */
public record ScenarioFacts(String id, Label title, Label description, int turnCount, List<Named> products,
                            List<Named> sites, List<Named> roles, List<String> countries,
                            java.util.Map<String, List<String>> origins, boolean endDemandShared) {

    /** Where a product can come from into the US (countries of the sites outside the US that make it), for the shock form. */
    public List<String> originsOf(String productId) {
        return origins.getOrDefault(productId, List.of());
    }

    /** Something with an id and a bilingual name. */
    public record Named(String id, Label name) {}

    static ScenarioFacts of(com.chipchain.engine.Scenario s) {
        return new ScenarioFacts(s.id(), Label.of(s.title()), Label.of(s.description()), s.turnCount(),
                s.products().stream().map(p -> new Named(p.id(), Label.of(p.name()))).toList(),
                s.sites().stream().map(x -> new Named(x.id(), Label.of(x.name()))).toList(),
                s.roles().stream().map(r -> new Named(r.id(), Label.of(r.name()))).toList(),
                s.countries().stream().filter(c -> !"US".equals(c)).toList(), origins(s), s.endDemandShared());
    }

    private static java.util.Map<String, List<String>> origins(com.chipchain.engine.Scenario s) {
        java.util.Map<String, List<String>> origins = new java.util.LinkedHashMap<>();
        for (int role = 0; role < s.roles().size(); role++) {
            String product = s.product(s.role(role).product()).id();
            for (int site : s.sitesOf(role)) {
                String country = s.site(site).country();
                List<String> list = origins.computeIfAbsent(product, p -> new java.util.ArrayList<>());
                if (!"US".equals(country) && !list.contains(country)) {
                    list.add(country);
                }
            }
        }
        return origins;
    }
}
