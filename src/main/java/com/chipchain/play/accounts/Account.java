package com.chipchain.play.accounts;

import java.time.Instant;

/** A teacher's account as the administrator's page lists it (never the password hash). */
public record Account(String username, boolean admin, boolean enabled, Instant createdAt) {}
