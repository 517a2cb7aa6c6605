package com.chipchain.ui;

import com.chipchain.play.ScenarioDraft;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The studio's numbers of the supply chain (docs/scenario-format.md): each site's capacity, costs,
 * lead times, price, what building capacity costs and the stock it starts with; each team's backlog
 * cost, each product's holding cost, and the end customers' prices. One collapsible part per team.
 */
final class StudioCosts {

    private StudioCosts() {}

    static Div panel(StudioForm form) {
        ScenarioDraft draft = form.draft();
        Div panel = form.panel("studio.costs-title", new Paragraph(form.t("studio.costs-intro")));
        for (int r = 0; r < draft.roleIds().size(); r++) {
            Details team = new Details(form.roleName(r), teamFields(form, r));
            team.setId("studio-costs-" + draft.roleIds().get(r));
            panel.add(team);
        }
        Details products = new Details(form.t("studio.costs-products"), productFields(form));
        products.setId("studio-costs-products");
        Details market = new Details(form.t("studio.costs-market"), marketFields(form));
        market.setId("studio-costs-market");
        panel.add(products, market);
        return panel;
    }

    private static Div teamFields(StudioForm form, int role) {
        ScenarioDraft draft = form.draft();
        String roleId = draft.roleIds().get(role);
        String at = "roles[" + role + "]";
        Div fields = new Div(row(form.number("studio-backlog-" + roleId, at + ".backlogCost", form.t("studio.field.backlogCost"))));
        List<String> sites = draft.siteIds(role);
        for (int s = 0; s < sites.size(); s++) {
            String site = at + ".sites[" + s + "]";
            String id = "studio-site-" + sites.get(s) + "-";
            String name = draft.siteName(role, s, StudioForm.language());
            Div siteRow = row();
            if (draft.produces(role)) {
                siteRow.add(form.number(id + "capacity", site + ".capacity", form.t("studio.field.capacity")),
                        form.number(id + "cost", site + ".productionCost", form.t("studio.field.productionCost")),
                        form.number(id + "lead", site + ".productionLeadTime", form.t("studio.field.productionLeadTime")));
            }
            siteRow.add(form.number(id + "price", site + ".price", form.t("studio.field.price")));
            if (draft.has(site + ".build")) {
                siteRow.add(form.number(id + "build-lead", site + ".build.leadTime", form.t("studio.field.buildLeadTime")),
                        form.number(id + "build-capex", site + ".build.capexPerUnit", form.t("studio.field.capexPerUnit")),
                        form.number(id + "build-max", site + ".build.maxPerTurn", form.t("studio.field.maxPerTurn")));
            }
            for (String product : stockProducts(draft, role, site)) {
                siteRow.add(form.number(id + "stock-" + product, site + ".stock." + product,
                        form.t("studio.field.stock", productName(draft, product))));
            }
            Span title = new Span(name.isEmpty() ? sites.get(s) : name);
            title.addClassName("studio-site-name");
            fields.add(new Div(title, siteRow));
        }
        return fields;
    }

    /** The products a site starts with stock of, and the team's own product (so stock can be given where there is none). */
    private static List<String> stockProducts(ScenarioDraft draft, int role, String site) {
        List<String> products = new ArrayList<>(draft.keysAt(site + ".stock"));
        String own = draft.valueAt("roles[" + role + "].product");
        if (!own.isEmpty() && !products.contains(own)) {
            products.add(0, own);
        }
        return products;
    }

    private static Div productFields(StudioForm form) {
        ScenarioDraft draft = form.draft();
        Div row = row();
        List<String> products = draft.productIds();
        for (int p = 0; p < products.size(); p++) {
            row.add(form.number("studio-holding-" + products.get(p), "products[" + p + "].holdingCost",
                    form.t("studio.field.holdingCost", productName(draft, products.get(p)))));
        }
        return row;
    }

    private static Div marketFields(StudioForm form) {
        return row(form.number("studio-market-reference", "market.price.reference", form.t("studio.field.priceReference")),
                form.number("studio-market-min", "market.price.min", form.t("studio.field.priceMin")),
                form.number("studio-market-max", "market.price.max", form.t("studio.field.priceMax")),
                form.number("studio-market-step", "market.price.maxStep", form.t("studio.field.priceMaxStep")),
                form.number("studio-market-elasticity", "market.price.elasticityPercent", form.t("studio.field.elasticity")),
                form.number("studio-market-noise", "market.demand.noisePercent", form.t("studio.field.noise")),
                form.number("studio-market-lost", "market.lostSalesPercent", form.t("studio.field.lostSales")));
    }

    static String productName(ScenarioDraft draft, String product) {
        int index = draft.productIds().indexOf(product);
        String name = index < 0 ? "" : draft.productName(index, StudioForm.language());
        return name.isEmpty() ? product : name;
    }

    private static Div row(com.vaadin.flow.component.Component... fields) {
        Div row = new Div(fields);
        row.addClassName("studio-fields");
        return row;
    }
}
