package com.chipchain.ui;

import com.chipchain.play.accounts.KnownBrowsers;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Wraps Spring Security's login (a form POST to /login, which also gives the browser a new
 * session id): a try that must wait is sent back to the login page unchecked; the outcome of a
 * checked one is counted by {@link LoginThrottle}; a success leaves the cookie that marks this
 * browser as one the account has used.
 */
final class ThrottledLogin extends OncePerRequestFilter {

    static final String KNOWN_BROWSER_COOKIE = "chipchain-known";

    /** Where Spring Security keeps each session's CSRF token (its default, which Vaadin uses too). */
    private static final HttpSessionCsrfTokenRepository SESSION_TOKENS = new HttpSessionCsrfTokenRepository();

    private final LoginThrottle throttle;
    private final KnownBrowsers known;

    ThrottledLogin(LoginThrottle throttle, KnownBrowsers known) {
        this.throttle = throttle;
        this.known = known;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !("POST".equals(request.getMethod()) && "/login".equals(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!carriesTheLoginPagesToken(request)) {
            // Vaadin leaves the login address out of Spring's CSRF check; a password posted from elsewhere is refused here
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Log in on the login page.");
            return;
        }
        String username = request.getParameter("username");
        String browser = known.browserOf(cookie(request), username == null ? "" : username).orElse(null);
        String address = request.getRemoteAddr();
        String loginPage = request.getContextPath() + "/login";
        Duration wait = throttle.waitFor(username, address, browser);
        if (!wait.isZero()) {
            response.sendRedirect(loginPage + "?wait=" + seconds(wait));
            return;
        }
        Outcome outcome = new Outcome(response);
        chain.doFilter(request, outcome);
        if (outcome.location == null) {
            return;
        }
        if (outcome.location.contains("/login?error")) {
            throttle.failed(username, address, browser);
            Duration next = throttle.waitFor(username, address, browser);
            response.sendRedirect(loginPage + "?error" + (next.isZero() ? "" : "&wait=" + seconds(next)));
            return;
        }
        throttle.succeeded(username, address, browser);
        Cookie mark = new Cookie(KNOWN_BROWSER_COOKIE, known.issue(username));
        mark.setHttpOnly(true);
        mark.setSecure(request.isSecure());
        mark.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        mark.setMaxAge((int) KnownBrowsers.REMEMBERED_FOR.toSeconds());
        mark.setAttribute("SameSite", "Lax");
        response.addCookie(mark);
        response.sendRedirect(outcome.location);
    }

    /**
     * The form came from our login page: it sends back the session's CSRF token, masked as the page
     * holds it. The request attribute holds a freshly masked copy, so compare with the stored raw one.
     */
    private static boolean carriesTheLoginPagesToken(HttpServletRequest request) {
        CsrfToken expected = SESSION_TOKENS.loadToken(request);
        if (expected == null || expected.getToken() == null) {
            return false;
        }
        String sent = new XorCsrfTokenRequestAttributeHandler().resolveCsrfTokenValue(request, expected);
        return sent != null && MessageDigest.isEqual(
                expected.getToken().getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }

    private static String cookie(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (KNOWN_BROWSER_COOKIE.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    /** Holds back the login's redirect, so that the outcome can be counted and the cookie set first. */
    private static final class Outcome extends HttpServletResponseWrapper {
        private String location;

        Outcome(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendRedirect(String location) {
            this.location = location;
        }
    }
}
