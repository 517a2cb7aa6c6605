package com.chipchain.ui;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Facilitators log in (form login); players need no account: their seat token is their key. The
 * facilitator's credentials come from configuration; without a password one is generated and
 * printed at start-up.
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

    static final String FACILITATOR = "FACILITATOR";
    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfig.class);

    /**
     * What Vaadin needs and no more: its bootstrap script is inline and it evaluates the expressions
     * the server sends ('unsafe-inline', 'unsafe-eval'), pushes over a websocket, and QR codes are
     * data: images. Nothing is loaded from anywhere else and no page may frame this one.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' ws: wss:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/frontend/**", "/webjars/**").permitAll());
        // seat tokens are in page addresses: never send them on as a referrer
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
        // the login view checks passwords inside Vaadin's CSRF-protected requests (LoginView): a bare form POST is refused
        http.addFilterBefore(new NoFormLoginPost(),
                org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    /** Refuses a password posted straight to /login, which would skip both the throttle and Vaadin's CSRF token. */
    static final class NoFormLoginPost extends org.springframework.web.filter.OncePerRequestFilter {
        @Override
        protected void doFilterInternal(jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
                                        jakarta.servlet.FilterChain chain) throws java.io.IOException, jakarta.servlet.ServletException {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if ("POST".equals(request.getMethod()) && "/login".equals(path) && request.getParameter("v-r") == null) {
                response.sendError(jakarta.servlet.http.HttpServletResponse.SC_FORBIDDEN, "Log in on the login page.");
                return;
            }
            chain.doFilter(request, response);
        }
    }

    @Bean
    org.springframework.security.authentication.AuthenticationManager authenticationManager(UserDetailsService users,
                                                                                          PasswordEncoder encoder) {
        org.springframework.security.authentication.dao.DaoAuthenticationProvider provider =
                new org.springframework.security.authentication.dao.DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        return new org.springframework.security.authentication.ProviderManager(provider);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService facilitators(@Value("${chipchain.facilitator.username:teacher}") String username,
                                    @Value("${chipchain.facilitator.password:}") String password,
                                    PasswordEncoder encoder) {
        String secret = password;
        if (secret == null || secret.isBlank()) {
            byte[] bytes = new byte[9];
            new SecureRandom().nextBytes(bytes);
            secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            LOG.warn("""

                    ============================================================
                      Facilitator login:  {}  /  {}
                      (set chipchain.facilitator.password to choose a password)
                    ============================================================""", username, secret);
        }
        return new InMemoryUserDetailsManager(User.withUsername(username).password(encoder.encode(secret))
                .roles(FACILITATOR).build());
    }
}
