package com.chipchain.engine;

/** Step 7: this turn's order lines are sent upstream; they reach the supplier after the link's order delay. */
final class PlaceOrders implements TurnStep {

    @Override
    public void apply(TurnWork work) {
        Board board = work.board;
        Scenario scenario = work.scenario;
        for (int role = 0; role < scenario.roles().size(); role++) {
            Decision decision = work.decisions[role];
            for (int i_order = 0; i_order < decision.orders().size(); i_order++) {
            OrderLine order = decision.orders().get(i_order);
                if (order.quantity() <= 0) {
                    continue;
                }
                SupplyLink link = scenario.linkFor(role, order.product());
                BacklogLine line = new BacklogLine(
                        role, order.product(), order.site(), order.quantity(), order.usOnly(), work.turn);
                board.mail.add(new MailedOrder(link.supplier(), line, work.turn + link.orderDelay()));
            }
            work.ordersPlaced[role] = decision.totalOrdered()
                    + (scenario.suppliesOf(role).isEmpty() ? decision.totalProduction() : 0);
            board.ordersPlacedHistory[board.historyIndex(role, work.turn)] = work.ordersPlaced[role];
            board.lastDecisions[role] = decision;
        }
    }
}
