package com.chipchain.play;

/**
 * One field of the decision form, by what it decides (not by its position): an order of a product
 * for a site, production or building at a site, the price, money to a partner, sales to other
 * buyers, or the shipping priority. A refusal names the field it is about with one of these.
 */
public record FieldRef(Kind kind, String product, String site, String partner) {

    public enum Kind { ORDER, PRODUCTION, BUILD, PRICE, FUND, OTHER_SALES, PREPAY, SHIP_FIRST, CONTRACT_PREMIUM, CONTRACT_UNITS,
        CONTRACT_TURNS, CONTRACT_ACCEPT, CONTRACT_END }

    public static FieldRef order(String product, String site) {
        return new FieldRef(Kind.ORDER, product, site, null);
    }

    public static FieldRef production(String site) {
        return new FieldRef(Kind.PRODUCTION, null, site, null);
    }

    public static FieldRef build(String site) {
        return new FieldRef(Kind.BUILD, null, site, null);
    }

    public static FieldRef price() {
        return new FieldRef(Kind.PRICE, null, null, null);
    }

    public static FieldRef fund(String partner) {
        return new FieldRef(Kind.FUND, null, null, partner);
    }

    public static FieldRef otherSales() {
        return new FieldRef(Kind.OTHER_SALES, null, null, null);
    }

    public static FieldRef prepay(String supplier) {
        return new FieldRef(Kind.PREPAY, null, null, supplier);
    }

    public static FieldRef shipFirst() {
        return new FieldRef(Kind.SHIP_FIRST, null, null, null);
    }

    /** The premium per US-made unit offered to a supplier in a US supply contract (docs/rules.md). */
    public static FieldRef contractPremium(String supplier) {
        return new FieldRef(Kind.CONTRACT_PREMIUM, null, null, supplier);
    }

    public static FieldRef contractUnits(String supplier) {
        return new FieldRef(Kind.CONTRACT_UNITS, null, null, supplier);
    }

    public static FieldRef contractTurns(String supplier) {
        return new FieldRef(Kind.CONTRACT_TURNS, null, null, supplier);
    }

    /** The box that accepts a buyer's offer. */
    public static FieldRef contractAccept(String buyer) {
        return new FieldRef(Kind.CONTRACT_ACCEPT, null, null, buyer);
    }

    /** The box that ends the running contract with a partner. */
    public static FieldRef contractEnd(String partner) {
        return new FieldRef(Kind.CONTRACT_END, null, null, partner);
    }

    /** A stable id for the page (tests and screen readers find the field by it). */
    public String domId() {
        return switch (kind) {
            case ORDER -> "order-" + product + "-" + site;
            case PRODUCTION -> "production-" + site;
            case BUILD -> "build-" + site;
            case PRICE -> "price";
            case FUND -> "fund-" + partner;
            case OTHER_SALES -> "other-sales";
            case PREPAY -> "prepay-" + partner;
            case SHIP_FIRST -> "ship-first";
            case CONTRACT_PREMIUM -> "contract-premium-" + partner;
            case CONTRACT_UNITS -> "contract-units-" + partner;
            case CONTRACT_TURNS -> "contract-turns-" + partner;
            case CONTRACT_ACCEPT -> "contract-accept-" + partner;
            case CONTRACT_END -> "contract-end-" + partner;
        };
    }
}
