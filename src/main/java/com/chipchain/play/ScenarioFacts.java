package com.chipchain.play;

import java.util.List;

/** The names a menu needs from a scenario: products, sites, roles, countries. */
public record ScenarioFacts(String id, Label title, Label description, int turnCount, List<Named> products,
                            List<Named> sites, List<Named> roles, List<String> countries) {

    /** Something with an id and a bilingual name. */
    public record Named(String id, Label name) {}

    static ScenarioFacts of(com.chipchain.engine.Scenario s) {
        return new ScenarioFacts(s.id(), Label.of(s.title()), Label.of(s.description()), s.turnCount(),
                s.products().stream().map(p -> new Named(p.id(), Label.of(p.name()))).toList(),
                s.sites().stream().map(x -> new Named(x.id(), Label.of(x.name()))).toList(),
                s.roles().stream().map(r -> new Named(r.id(), Label.of(r.name()))).toList(),
                s.countries().stream().filter(c -> !"US".equals(c)).toList());
    }
}
