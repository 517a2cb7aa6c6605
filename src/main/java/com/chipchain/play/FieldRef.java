package com.chipchain.play;

/**
 * One field of the decision form, by what it decides (not by its position): an order of a product
 * for a site, production or building at a site, the price, money to a partner, sales to other
 * buyers, or the shipping priority. A refusal names the field it is about with one of these.
 */
public record FieldRef(Kind kind, String product, String site, String partner) {

    public enum Kind { ORDER, PRODUCTION, BUILD, PRICE, FUND, OTHER_SALES, PREPAY, SHIP_FIRST }

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
        };
    }
}
