package com.chipchain;

import com.chipchain.engine.Scenario;
import com.chipchain.scenario.InvalidScenarioException;
import com.chipchain.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The one fixture vocabulary for scenarios in tests: the shipped files and small hand-built networks. */
public final class TestScenarios {

    public static final List<String> SHIPPED = List.of("classic-beer-game", "made-in-america-2025",
            "tariff-escalation", "taiwan-strait-disruption", "demand-bust", "export-controls-2025");

    private TestScenarios() {}

    public static Scenario shipped(String id) {
        try {
            return ScenarioLoader.load(Path.of("scenarios", id + ".yaml"));
        } catch (InvalidScenarioException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    public static Scenario classic() {
        return shipped("classic-beer-game");
    }

    public static Scenario flagship() {
        return shipped("made-in-america-2025");
    }

    public static List<Scenario> allShipped() {
        List<Scenario> all = new ArrayList<>();
        SHIPPED.forEach(id -> all.add(shipped(id)));
        return all;
    }

    public static Scenario parse(String yaml) {
        try {
            return ScenarioLoader.parse("test.yaml", yaml);
        } catch (InvalidScenarioException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /**
     * A three-stage network small enough to follow by hand: a maker of parts with a Taiwan and a
     * US site, a builder who makes a widget from two parts in the US, and a seller who sells
     * widgets to US customers. {@code extra} is appended to the file (events, shocks...).
     */
    public static Scenario mini(String extra) {
        return parse(MINI + extra);
    }

    public static Scenario mini() {
        return mini("");
    }

    public static final String MINI = """
            id: mini
            version: 1
            title: { en: Mini, ko: 미니 }
            description: { en: A small test network, ko: 작은 시험 네트워크 }
            turns: { count: 10, unit: week }
            money: USD
            limits: { maxQuantity: 1000 }
            products:
              - { id: part, name: { en: Part, ko: 부품 }, value: 5.00, holdingCost: 0.10 }
              - id: widget
                name: { en: Widget, ko: 위젯 }
                value: 30.00
                holdingCost: 1.00
                bom: [ { product: part, quantity: 2 } ]
            roles:
              - id: maker
                name: { en: Maker, ko: 제조사 }
                briefing: { en: Makes parts, ko: 부품을 만든다 }
                product: part
                produces: true
                backlogCost: 0.50
                cash: 100.00
                sites:
                  - id: maker-tw
                    name: { en: Maker Taiwan, ko: 대만 }
                    country: TW
                    capacity: 100
                    productionCost: 1.00
                    productionLeadTime: 1
                    price: 5.00
                    stock: { part: 20 }
                  - id: maker-us
                    name: { en: Maker US, ko: 미국 }
                    country: US
                    capacity: 50
                    productionCost: 2.00
                    productionLeadTime: 2
                    price: 6.00
                    build: { leadTime: 2, capexPerUnit: 10.00, maxPerTurn: 100 }
                    stock: { part: 10 }
              - id: builder
                name: { en: Builder, ko: 조립사 }
                briefing: { en: Builds widgets, ko: 위젯을 만든다 }
                product: widget
                produces: true
                backlogCost: 2.00
                cash: 100.00
                sites:
                  - id: builder-us
                    name: { en: Builder US, ko: 미국 }
                    country: US
                    capacity: 10
                    productionCost: 3.00
                    productionLeadTime: 1
                    price: 30.00
                    stock: { widget: 5, part: 4 }
                suppliers:
                  - { product: part, from: maker, orderDelay: 1, transit: 2 }
              - id: seller
                name: { en: Seller, ko: 판매사 }
                briefing: { en: Sells widgets, ko: 위젯을 판다 }
                product: widget
                backlogCost: 4.00
                cash: 100.00
                sites:
                  - { id: seller-us, name: { en: Seller US, ko: 미국 }, country: US, stock: { widget: 6 } }
                suppliers:
                  - { product: widget, from: builder, orderDelay: 1, transit: 1 }
            market:
              role: seller
              product: widget
              country: US
              demand: { base: [4] }
              price: { reference: 50.00, min: 40.00, max: 60.00, elasticityPercent: 100 }
            tariffs:
              - { product: part, origin: TW, percent: 10 }
            subsidies:
              - { country: US, percent: 20 }
            """;
}
