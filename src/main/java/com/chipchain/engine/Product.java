package com.chipchain.engine;

import java.util.List;

/**
 * A good that moves through the network.
 *
 * @param value reference value of one unit, used to weigh US content (money minor units)
 * @param holdingCost cost of keeping one unit in any inventory for one turn (money minor units)
 * @param bom the tracked inputs of one unit; empty when made from unlimited raw input
 */
public record Product(String id, Text name, long value, long holdingCost, List<BomLine> bom) {
    public Product {
        bom = List.copyOf(bom);
    }
}
