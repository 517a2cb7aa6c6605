package com.chipchain.play;

import com.chipchain.engine.EventEffect;
import com.chipchain.engine.Scenario;
import com.chipchain.engine.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * A facilitator's shock turned into an engine event. The limits are the scenario file's
 * (docs/scenario-format.md, events): a shock from the console can do what a scripted event can.
 */
final class Shocks {

    static final int MAX_TARIFF_PERCENT = 1000;
    static final int MAX_DEMAND_PERCENT = 1000;

    private Shocks() {}

    static EventEffect effect(Scenario scenario, ShockInput shock) {
        String type = shock.type() == null ? "" : shock.type();
        switch (type) {
            case "tariff" -> {
                int product = scenario.productIndex(shock.product());
                if (product < 0 || shock.origin() == null || !shock.origin().matches("[A-Z]{2}")
                        || shock.percent() < 0 || shock.percent() > MAX_TARIFF_PERCENT) {
                    throw SessionTransactions.invalid("A tariff needs a product of the scenario, a two-letter origin country and a rate from 0 to "
                            + MAX_TARIFF_PERCENT + " %.").keyed("shock-tariff", MAX_TARIFF_PERCENT);
                }
                return new EventEffect.TariffSet(product, shock.origin(), shock.percent() * 100);
            }
            case "demand" -> {
                if (shock.percent() < -100 || shock.percent() > MAX_DEMAND_PERCENT || shock.turns() < 0) {
                    throw SessionTransactions.invalid("A demand change needs a change from -100 to " + MAX_DEMAND_PERCENT
                            + " % and a number of turns (0 = for good).").keyed("shock-demand", MAX_DEMAND_PERCENT);
                }
                return new EventEffect.DemandShift(shock.percent(), shock.turns());
            }
            case "disruption" -> {
                List<Integer> sites = new ArrayList<>();
                for (String site : shock.sites()) {
                    int index = scenario.siteIndex(site);
                    if (index < 0) {
                        throw SessionTransactions.invalid("There is no site " + site + " in this scenario.").keyed("shock-site", site);
                    }
                    sites.add(index);
                }
                if (sites.isEmpty() || shock.percent() < 0 || shock.percent() > 100 || shock.turns() < 1) {
                    throw SessionTransactions.invalid("A disruption needs at least one site, the capacity kept from 0 to 100 % and at least one turn.").keyed("shock-disruption");
                }
                return new EventEffect.Disruption(sites, shock.percent(), 0, shock.turns());
            }
            default -> throw SessionTransactions.invalid("A shock is a tariff, a demand change or a disruption.").keyed("shock-kind");
        }
    }

    static Text news(ShockInput shock) {
        String en = shock.newsEn() == null ? "" : shock.newsEn().strip();
        String ko = shock.newsKo() == null ? "" : shock.newsKo().strip();
        if (en.isEmpty() && ko.isEmpty()) {
            throw SessionTransactions.invalid("Write the news players will read about the shock.").keyed("shock-news");
        }
        return new Text(en.isEmpty() ? ko : en, ko.isEmpty() ? en : ko);
    }
}
