package com.chipchain.ui;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.io.IOException;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * A browser that closes while the server pushes a screen update to it makes Vaadin log "Exception
 * in push connection" at ERROR with the broken socket's IOException: every lesson would fill the
 * log with errors nobody can act on (docs/deploy.md, "The log"). This turns exactly that case into
 * one DEBUG line of its own; any other push error still reaches the log as an ERROR.
 */
@Component
class BrowserGoneLogFilter extends TurboFilter {

    static final String PUSH_LOGGER = "com.vaadin.flow.server.communication.PushAtmosphereHandler";
    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(BrowserGoneLogFilter.class);

    BrowserGoneLogFilter() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            logback.addTurboFilter(this);
            start();
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable thrown) {
        if (level != Level.ERROR || logger == null || !PUSH_LOGGER.equals(logger.getName()) || !browserWentAway(thrown)) {
            return FilterReply.NEUTRAL;
        }
        LOG.debug("A browser went away while a screen update was being sent to it: {}", thrown.toString());
        return FilterReply.DENY;
    }

    /** The socket to the browser is gone: an IOException (Tomcat's ClientAbortException, "Broken pipe", ...) at the root. */
    static boolean browserWentAway(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }
}
