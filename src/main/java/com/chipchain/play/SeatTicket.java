package com.chipchain.play;

/**
 * A seat a team holds; the token is secret: it is the team's key to act for the seat. The rejoin
 * PIN, with the join code and the team name, gets the team a new token when it lost its link.
 */
public record SeatTicket(String sessionId, int chain, String roleId, String teamName, String token, String rejoinPin) {}
