package com.chipchain.engine;

/** An order line on its way to the supplier; it joins the supplier's backlog on {@code dueTurn}. */
public record MailedOrder(int supplier, BacklogLine line, int dueTurn) {}
