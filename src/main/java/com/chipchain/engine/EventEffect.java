package com.chipchain.engine;

import java.util.List;

/** What an event changes in the game. Every effect has one main size so random shocks can vary it. */
public sealed interface EventEffect {

    /** The main size of this effect (basis points, percent or units, as the effect says). */
    long size();

    /** The same effect with another main size. */
    EventEffect withSize(long size);

    /**
     * From now on goods of {@code product} from {@code origin} arriving at a US site pay this rate:
     * on what the buyer paid, or with {@code onContent} on the non-US value of the chips inside.
     */
    record TariffSet(int product, String origin, int basisPoints, boolean onContent) implements EventEffect {
        public TariffSet(int product, String origin, int basisPoints) {
            this(product, origin, basisPoints, false);
        }

        public long size() {
            return basisPoints;
        }

        public EventEffect withSize(long size) {
            return new TariffSet(product, origin, (int) size, onContent);
        }
    }

    /**
     * A share of the role's own product that it holds (on hand at its sites) is written off: it was
     * built for customers who may no longer buy it (an export licence requirement).
     */
    record WriteOff(int role, int percent) implements EventEffect {
        public long size() {
            return percent;
        }

        public EventEffect withSize(long size) {
            return new WriteOff(role, (int) size);
        }
    }

    /** End demand is multiplied by (100 + percent) % for {@code turns} turns (0 = for the rest of the game). */
    record DemandShift(int percent, int turns) implements EventEffect {
        public long size() {
            return percent;
        }

        public EventEffect withSize(long size) {
            return new DemandShift((int) size, turns);
        }
    }

    /** A site gains (or loses) capacity for good: a line opens, a plant closes. */
    record CapacityChange(int site, long delta) implements EventEffect {
        public long size() {
            return delta;
        }

        public EventEffect withSize(long size) {
            return new CapacityChange(site, size);
        }
    }

    /**
     * For {@code turns} turns the sites keep only {@code capacityPercent} of their capacity and
     * shipments leaving them take {@code extraTransit} more turns.
     */
    record Disruption(List<Integer> sites, int capacityPercent, int extraTransit, int turns) implements EventEffect {
        public Disruption {
            sites = List.copyOf(sites);
        }

        public long size() {
            return capacityPercent;
        }

        public EventEffect withSize(long size) {
            return new Disruption(sites, (int) size, extraTransit, turns);
        }
    }

    /** From now on capacity built in {@code country} is subsidised by this percent of its capex. */
    record SubsidySet(String country, int percent) implements EventEffect {
        public long size() {
            return percent;
        }

        public EventEffect withSize(long size) {
            return new SubsidySet(country, (int) size);
        }
    }

    /** Only news: changes nothing but what players read. */
    record News() implements EventEffect {
        public long size() {
            return 0;
        }

        public EventEffect withSize(long size) {
            return this;
        }
    }
}
