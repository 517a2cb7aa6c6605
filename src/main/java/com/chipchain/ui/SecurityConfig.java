package com.chipchain.ui;

import com.chipchain.play.accounts.KnownBrowsers;
import com.chipchain.play.backup.OnlineBackup;
import org.springframework.http.HttpMethod;
import com.chipchain.play.accounts.TeacherLogins;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Teachers log in with their own account (Spring Security's form login, which renews the session
 * id at login); players need no account: their seat token is their key.
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

    static final String FACILITATOR = TeacherLogins.FACILITATOR;
    static final String ADMIN = TeacherLogins.ADMIN;

    /**
     * What Vaadin needs and no more: its bootstrap script is inline and it evaluates the expressions
     * the server sends ('unsafe-inline', 'unsafe-eval'), pushes over a websocket, and QR codes are
     * data: images. Nothing is loaded from anywhere else and no page may frame this one.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' ws: wss:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle, KnownBrowsers known) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/frontend/**", "/webjars/**").permitAll()
                // a drawing's key is the permission to see it (MapDrawings)
                .requestMatchers(HttpMethod.GET, "/" + MapDrawings.PATH + "**").permitAll()
                .requestMatchers(HttpMethod.POST, OnlineBackup.PATH).permitAll());
        // the backup command is no browser: it proves itself with the key file (BackupEndpoint)
        http.csrf(csrf -> csrf.ignoringRequestMatchers(OnlineBackup.PATH));
        // seat tokens are in page addresses: never send them on as a referrer
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
        http.addFilterBefore(new ThrottledLogin(throttle, known), UsernamePasswordAuthenticationFilter.class);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }
}
