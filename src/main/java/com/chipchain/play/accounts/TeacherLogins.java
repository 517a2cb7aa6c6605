package com.chipchain.play.accounts;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Looks up a teacher at login; a disabled account is found but refused by Spring Security. */
@Service
public class TeacherLogins implements UserDetailsService {

    public static final String FACILITATOR = "FACILITATOR";
    public static final String ADMIN = "ADMIN";

    private final AccountStore store;

    TeacherLogins(AccountStore store) {
        this.store = store;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        AccountStore.Row row = store.find(Accounts.normalize(username))
                .orElseThrow(() -> new UsernameNotFoundException("no account"));
        List<GrantedAuthority> roles = new ArrayList<>(List.of(new SimpleGrantedAuthority("ROLE_" + FACILITATOR)));
        if (row.admin()) {
            roles.add(new SimpleGrantedAuthority("ROLE_" + ADMIN));
        }
        return User.withUsername(row.username()).password(row.passwordHash()).disabled(!row.enabled())
                .authorities(roles).build();
    }

    /** Whether the account may still act: a teacher disabled while logged in is stopped at the next page. */
    public boolean active(String username) {
        return store.find(Accounts.normalize(username)).map(AccountStore.Row::enabled).orElse(false);
    }
}
