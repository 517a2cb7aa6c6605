package com.chipchain.play;

/** A seat a team holds; the token is secret: it is the team's key to act for the seat. */
public record SeatTicket(String sessionId, int chain, String roleId, String teamName, String token) {}
