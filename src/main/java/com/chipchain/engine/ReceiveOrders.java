package com.chipchain.engine;

import java.util.Iterator;

/** Step 4: orders placed earlier reach their suppliers after the order delay and join the backlog, oldest first. */
final class ReceiveOrders implements TurnStep {

    @Override
    public void apply(TurnWork work) {
        Board board = work.board;
        Iterator<MailedOrder> mail = board.mail.iterator();
        while (mail.hasNext()) {
            MailedOrder order = mail.next();
            if (order.dueTurn() > work.turn) {
                continue;
            }
            mail.remove();
            board.backlog.get(order.supplier()).add(order.line());
            work.demandReceived[order.supplier()] += order.line().quantity();
        }
    }
}
