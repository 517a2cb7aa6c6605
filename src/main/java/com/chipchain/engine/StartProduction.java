package com.chipchain.engine;

/**
 * Step 6: each site of a producing role starts min(decision, usable capacity, what its inputs at
 * that site allow by the bill of materials). Inputs are consumed now and production is paid now;
 * the good units (after yield) are ready after the production lead time.
 */
final class StartProduction implements TurnStep {

    @Override
    public void apply(TurnWork work) {
        Board board = work.board;
        Scenario scenario = work.scenario;
        for (int role = 0; role < scenario.roles().size(); role++) {
            Role company = scenario.role(role);
            if (!company.produces()) {
                continue;
            }
            Decision decision = work.decisions[role];
            Product product = scenario.product(company.product());
            for (int site : scenario.sitesOfShared(role)) {
                long wanted = decision.productionAt(site);
                if (wanted <= 0) {
                    continue;
                }
                long start = Math.min(wanted, board.effectiveCapacity(site));
                for (int i_input = 0; i_input < product.bom().size(); i_input++) {
            BomLine input = product.bom().get(i_input);
                    start = Math.min(start, board.inventory[board.cell(site, input.product())] / input.quantity());
                }
                if (start > 0) {
                    startAt(work, role, site, product, company.product(), start);
                }
            }
        }
    }

    private static void startAt(TurnWork work, int role, int site, Product product, int productIndex, long start) {
        Board board = work.board;
        Scenario scenario = work.scenario;
        Site where = scenario.site(site);
        long inputUsValue = 0;
        long inputValue = 0;
        for (int i_input = 0; i_input < product.bom().size(); i_input++) {
            BomLine input = product.bom().get(i_input);
            int cell = board.cell(site, input.product());
            long used = start * input.quantity();
            long usValue = board.usValue[cell] * used / board.inventory[cell];
            board.inventory[cell] -= used;
            board.usValue[cell] -= usValue;
            board.consumedUnits[input.product()] += used;
            inputUsValue += usValue;
            inputValue += used * scenario.product(input.product()).value();
        }
        long valueAdded = Math.max(0, start * product.value() - inputValue);
        ImportedContent imported = where.importedContent();
        if (imported != null) {
            long importedValue = start * product.value() * imported.percent() / 100;
            valueAdded = Math.max(0, valueAdded - importedValue);
            if (where.inUs()) {
                int rate = board.tariffBp[board.tariffIndex(productIndex, imported.origin())];
                work.ledgers[role].tariffs += LandArrivals.percentOf(importedValue, board.relievedTariffBp(rate, role));
            }
        }
        long usValue = inputUsValue + (where.inUs() ? valueAdded : 0);
        long good = start * where.yieldPercentAt(work.turn, board.siteStartedTotal[site]) / 100;
        board.siteStartedTotal[site] += start;
        long goodUsValue = usValue * good / start;

        board.startedUnits[productIndex] += start;
        board.scrappedUnits[productIndex] += start - good;
        work.started[role] += start;
        work.scrapped[role] += start - good;
        work.siteStarted[site] += start;
        work.ledgers[role].production += start * where.productionCost();
        board.batches.add(new Batch(site, productIndex, good, goodUsValue, work.turn + where.productionLeadTime()));
    }
}
