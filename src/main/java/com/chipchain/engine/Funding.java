package com.chipchain.engine;

/** Money the market role pays a partner role to lower the partner's US capex. */
public record Funding(int partner, long amount) {}
