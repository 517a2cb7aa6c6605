package com.chipchain.engine;

import java.util.List;

/**
 * Step 1: events due this turn take effect: the scenario timeline, seeded random shocks, then the
 * facilitator's. A facilitator's tariff wins: once a facilitator sets the tariff on a product and
 * origin, the scenario's later tariff events on that pair no longer change it (docs/rules.md).
 */
final class ApplyEvents implements TurnStep {

    @Override
    public void apply(TurnWork work) {
        Board board = work.board;
        int turn = work.turn;
        if (!board.shifts.isEmpty()) {
            int kept = 0;
            for (int i = 0; i < board.shifts.size(); i++) {
                if (board.shifts.get(i).untilTurn() >= turn) {
                    board.shifts.set(kept++, board.shifts.get(i));
                }
            }
            LandArrivals.truncate(board.shifts, kept);
        }
        if (!board.disruptions.isEmpty()) {
            int kept = 0;
            for (int i = 0; i < board.disruptions.size(); i++) {
                if (board.disruptions.get(i).untilTurn() >= turn) {
                    board.disruptions.set(kept++, board.disruptions.get(i));
                }
            }
            LandArrivals.truncate(board.disruptions, kept);
        }
        List<GameEvent> timeline = work.scenario.timelineOn(turn);
        for (int i = 0; i < timeline.size(); i++) {
            applyOne(work, timeline.get(i));
        }
        List<ShockRule> shocks = work.scenario.shocks();
        for (int i = 0; i < shocks.size(); i++) {
            ShockRule shock = shocks.get(i);
            if (turn < shock.fromTurn() || turn > shock.toTurn() || board.shockCounts[i] >= shock.maxTimes()) {
                continue;
            }
            int stream = GameRandom.SHOCK_STREAM_BASE + i;
            if (GameRandom.below(board.seed, turn, stream, 0, 1000) < shock.permille()) {
                long span = shock.sizeMax() - shock.sizeMin() + 1;
                long size = shock.sizeMin() + GameRandom.below(board.seed, turn, stream, 1, span);
                board.shockCounts[i]++;
                applyOne(work, new GameEvent(turn, shock.effect().withSize(size), shock.news(), GameEvent.Source.SHOCK));
            }
        }
        for (int i = 0; i < work.injected.size(); i++) {
            GameEvent event = work.injected.get(i);
            applyOne(work, new GameEvent(turn, event.effect(), event.news(), event.source()));
        }
    }

    static void applyOne(TurnWork work, GameEvent event) {
        Board board = work.board;
        int turn = work.turn;
        EventEffect effect = event.effect();
        if (effect instanceof EventEffect.TariffSet tariff) {
            int[] table = tariff.onContent() ? board.contentTariffBp : board.tariffBp;
            int index = board.tariffIndex(tariff.product(), tariff.origin());
            int pin = (tariff.onContent() ? table.length : 0) + index;
            if (event.source() == GameEvent.Source.FACILITATOR) {
                board.tariffSetByFacilitator[pin] = true;
            } else if (board.tariffSetByFacilitator[pin]) {
                return;
            }
            table[index] = tariff.basisPoints();
        } else if (effect instanceof EventEffect.WriteOff writeOff) {
            writeOff(work, writeOff);
        } else if (effect instanceof EventEffect.DemandShift shift) {
            int until = shift.turns() == 0 ? Integer.MAX_VALUE : turn + shift.turns() - 1;
            board.shifts.add(new Board.ActiveShift(shift.percent(), until));
        } else if (effect instanceof EventEffect.CapacityChange change) {
            board.capacity[change.site()] = Math.max(0, board.capacity[change.site()] + change.delta());
        } else if (effect instanceof EventEffect.Disruption disruption) {
            int until = disruption.turns() == 0 ? Integer.MAX_VALUE : turn + disruption.turns() - 1;
            board.disruptions.add(new Board.ActiveDisruption(
                    disruption.sites(), disruption.capacityPercent(), disruption.extraTransit(), until, work.scenario.sites().size()));
        } else if (effect instanceof EventEffect.SubsidySet subsidy) {
            board.subsidyPercent[work.scenario.countryIndex(subsidy.country())] = subsidy.percent();
        }
        work.applied.add(event);
    }

    private static void writeOff(TurnWork work, EventEffect.WriteOff writeOff) {
        Board board = work.board;
        int product = work.scenario.role(writeOff.role()).product();
        for (int site : work.scenario.sitesOfShared(writeOff.role())) {
            int cell = board.cell(site, product);
            long lost = board.inventory[cell] * writeOff.percent() / 100;
            if (lost > 0) {
                board.usValue[cell] -= board.usValue[cell] * lost / board.inventory[cell];
                board.inventory[cell] -= lost;
                board.writtenOffUnits[product] += lost;
            }
        }
    }
}
