package com.chipchain.play;

import org.springframework.context.ConfigurableApplicationContext;

/** Another node of the app for tests outside this package (the load harness's second node). */
public final class TestNodes {

    private TestNodes() {}

    /** The real application on a random port, on the given database (e.g. the PostgreSQL the first node uses). */
    public static ConfigurableApplicationContext start(String url, String user, String password, String... moreSettings) {
        return PlayTestSupport.start(url, user, password, moreSettings);
    }

    /** The port a started node serves on. */
    public static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
    }
}
