package com.chipchain.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A browser that went away is no ERROR in the log; every other push error still is. */
class BrowserGoneLogFilterTest {

    final LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();
    final BrowserGoneLogFilter filter = new BrowserGoneLogFilter();
    final Logger push = logback.getLogger(BrowserGoneLogFilter.PUSH_LOGGER);
    final ListAppender<ILoggingEvent> seen = new ListAppender<>();

    BrowserGoneLogFilterTest() {
        seen.start();
        push.addAppender(seen);
    }

    @AfterEach
    void removeFilter() {
        logback.getTurboFilterList().remove(filter);
        push.detachAppender(seen);
    }

    @Test
    void a_broken_socket_under_a_push_is_not_logged_as_an_error() {
        push.error("Exception in push connection", new RuntimeException(new IOException("Broken pipe")));
        push.error("Exception in push connection", new IOException("Socket closed"));
        assertThat(seen.list).isEmpty();
    }

    @Test
    void any_other_push_error_and_broken_sockets_elsewhere_still_are() {
        push.error("Exception in push connection", new IllegalStateException("a real bug"));
        LoggerFactory.getLogger("com.chipchain.play.Somewhere").error("Failed", new IOException("disk full"));
        assertThat(seen.list).extracting(ILoggingEvent::getMessage).containsExactly("Exception in push connection");
    }
}
