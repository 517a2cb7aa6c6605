package com.chipchain.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.chipchain.TestScenarios;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A short supplier chooses whom to serve first (docs/rules.md, step 5). */
class AllocationTest {

    private static final String US_SITE = "        stock: { widget: 5, part: 4 }\n";
    private static final String TAIWAN_SITE = "      - { id: builder-tw, name: { en: Builder Taiwan, ko: 대만 }, country: TW,"
            + " capacity: 10, productionCost: 2.00, productionLeadTime: 1, price: 30.00 }\n";

    private final Scenario scenario = withTaiwanBuilder();

    private static Scenario withTaiwanBuilder() {
        assertThat(TestScenarios.MINI).contains(US_SITE);
        return TestScenarios.parse(TestScenarios.MINI.replace(US_SITE, US_SITE + TAIWAN_SITE));
    }
    private final int maker = scenario.roleIndex("maker");
    private final int us = scenario.siteIndex("builder-us");
    private final int tw = scenario.siteIndex("builder-tw");

    /** The maker's open lines after turn 2, written site x 1000 + units owed. */
    private List<Long> backlogAfterTurn2(ShipPriority priority) {
        Decision orders = Decisions.on(scenario, 1).order("part", "builder-us", 20).order("part", "builder-tw", 20).get();
        GameState state = TurnResolver.resolve(GameState.start(scenario, 1), Decisions.only(scenario, "builder", orders)).next();
        Decision serve = Decision.empty(2).withShipFirst(priority);
        GameState after = TurnResolver.resolve(state, Decisions.only(scenario, "maker", serve)).next();
        return after.backlog(maker).stream().map(line -> line.site() * 1000L + line.quantity()).toList();
    }

    @Test
    void oldest_line_first_by_default() {
        // 30 parts on hand for 40 ordered: the US line came first, so the Taiwan line is 10 short
        assertThat(backlogAfterTurn2(ShipPriority.OLDEST)).containsExactly(tw * 1000L + 10);
        assertThat(backlogAfterTurn2(ShipPriority.US_FIRST)).containsExactly(tw * 1000L + 10);
    }

    @Test
    void sites_abroad_first_when_the_supplier_asks_for_it() {
        // Taiwan's line takes Taiwan's 20; the US line gets only the 10 made in the US
        assertThat(backlogAfterTurn2(ShipPriority.ABROAD_FIRST)).containsExactly(us * 1000L + 10);
    }

    @Test
    void the_priority_is_kept_in_game_logs() {
        Decision decision = Decision.empty(2).withShipFirst(ShipPriority.US_FIRST);
        var json = com.chipchain.scenario.DecisionFormat.toJson(scenario, decision);
        assertThat(json.get("shipFirst").asText()).isEqualTo("us-first");
    }
}
