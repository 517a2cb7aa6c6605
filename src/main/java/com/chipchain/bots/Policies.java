package com.chipchain.bots;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The seat policies known by name (the CLI's --policy and a session's bot seats use these names). */
public final class Policies {

    private static final Map<String, Supplier<SeatPolicy>> BY_NAME = Map.of(
            "naive", NaivePolicy::new,
            "hold", HoldPolicy::new);

    private Policies() {}

    public static List<String> names() {
        return BY_NAME.keySet().stream().sorted().toList();
    }

    /** A fresh policy, or an exception naming the known policies. */
    public static SeatPolicy byName(String name) {
        Supplier<SeatPolicy> policy = BY_NAME.get(name);
        if (policy == null) {
            throw new IllegalArgumentException("unknown policy '" + name + "'; known policies: " + String.join(", ", names()));
        }
        return policy.get();
    }
}
