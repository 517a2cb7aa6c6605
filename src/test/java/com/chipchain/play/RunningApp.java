package com.chipchain.play;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real application on a fresh database for one test class: register it as
 * {@code @RegisterExtension static final RunningApp app = new RunningApp();} and it starts before
 * the class's first test and stops after its last ({@code @Nested} classes share it).
 */
final class RunningApp implements BeforeAllCallback, AfterAllCallback {

    private ConfigurableApplicationContext context;
    private Class<?> owner;
    private final PlayDriver driver = PlayDriver.of(this::context);

    @Override
    public void beforeAll(ExtensionContext extension) {
        if (context == null) {
            owner = extension.getRequiredTestClass();
            context = PlayTestSupport.start(PlayTestSupport.newDatabase());
        }
    }

    @Override
    public void afterAll(ExtensionContext extension) {
        if (context != null && extension.getRequiredTestClass() == owner) {
            context.close();
            context = null;
        }
    }

    ConfigurableApplicationContext context() {
        if (context == null) {
            throw new IllegalStateException("the application runs only while its test class does");
        }
        return context;
    }

    <T> T getBean(Class<T> type) {
        return context().getBean(type);
    }

    /** The play layer's use cases on this application. */
    PlayDriver driver() {
        return driver;
    }
}
