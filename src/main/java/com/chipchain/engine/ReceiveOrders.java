package com.chipchain.engine;

import java.util.ArrayList;

/** Step 4: orders placed earlier reach their suppliers after the order delay and join the backlog, oldest first. */
final class ReceiveOrders implements TurnStep {

    @Override
    public void apply(TurnWork work) {
        Board board = work.board;
        ArrayList<MailedOrder> mail = board.mail;
        int kept = 0;
        for (int i = 0; i < mail.size(); i++) {
            MailedOrder order = mail.get(i);
            if (order.dueTurn() > work.turn) {
                mail.set(kept++, order);
                continue;
            }
            board.backlog.get(order.supplier()).add(order.line());
            work.demandReceived[order.supplier()] += order.line().quantity();
        }
        LandArrivals.truncate(mail, kept);
    }
}
