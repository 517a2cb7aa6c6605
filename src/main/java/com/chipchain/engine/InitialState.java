package com.chipchain.engine;

import java.util.List;

/** Where the game starts: stock on hand, goods on the way, production running, orders in the mail, backlog. */
public record InitialState(
        List<Stock> stock,
        List<Shipment> shipments,
        List<Batch> batches,
        List<MailedOrder> mail,
        List<BacklogLine> backlog) {

    public InitialState {
        stock = List.copyOf(stock);
        shipments = List.copyOf(shipments);
        batches = List.copyOf(batches);
        mail = List.copyOf(mail);
        backlog = List.copyOf(backlog);
    }

    public static InitialState empty() {
        return new InitialState(List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** Units of a product on hand at a site. */
    public record Stock(int site, int product, long quantity) {}
}
