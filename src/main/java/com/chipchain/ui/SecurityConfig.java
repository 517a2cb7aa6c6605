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

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/frontend/**", "/webjars/**").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
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
