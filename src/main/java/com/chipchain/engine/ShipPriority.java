package com.chipchain.engine;

/**
 * How a supplier that is short shares what it has among its open order lines (docs/rules.md,
 * step 5). Within each group lines stay oldest first.
 */
public enum ShipPriority {
    /** Oldest line first, whoever it is for (the beer game's rule, and the default). */
    OLDEST,
    /** Lines to US sites (and US customers) first: keep US plants and US-made products running. */
    US_FIRST,
    /** Lines to sites outside the US first: keep the cheaper offshore route full. */
    ABROAD_FIRST;

    /** The name written in game logs and scenario files. */
    public String id() {
        return switch (this) {
            case OLDEST -> "oldest";
            case US_FIRST -> "us-first";
            case ABROAD_FIRST -> "abroad-first";
        };
    }

    /** The priority written {@code id}, or null when there is none. */
    public static ShipPriority byId(String id) {
        for (ShipPriority priority : values()) {
            if (priority.id().equals(id)) {
                return priority;
            }
        }
        return null;
    }
}
