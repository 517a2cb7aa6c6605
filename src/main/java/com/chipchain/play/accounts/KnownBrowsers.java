package com.chipchain.play.accounts;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Service;

/**
 * "This browser has logged in to this account before": a signed token the login leaves in a
 * cookie. The login throttle lets such a browser through while strangers' wrong passwords hold the
 * account back (docs/deploy.md, "Wrong passwords"). The signing key is shared by all nodes through
 * the database.
 */
@Service
public class KnownBrowsers {

    public static final Duration REMEMBERED_FOR = Duration.ofDays(120);
    private static final String KEY_NAME = "known-browser-key";

    private final AccountStore store;
    private final Clock clock;
    private volatile byte[] key;

    KnownBrowsers(AccountStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** A token for a browser that just logged in as {@code username}. */
    public String issue(String username) {
        byte[] id = new byte[12];
        new SecureRandom().nextBytes(id);
        String body = Base64.getUrlEncoder().withoutPadding().encodeToString(
                Accounts.normalize(username).getBytes(StandardCharsets.UTF_8)) + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(id) + "." + clock.instant().plus(REMEMBERED_FOR).getEpochSecond();
        return body + "." + sign(body);
    }

    /** The browser's own id, when the token is genuine, unexpired and for {@code username}. */
    public Optional<String> browserOf(String token, String username) {
        if (token == null) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.");
        if (parts.length != 4) {
            return Optional.empty();
        }
        String body = parts[0] + "." + parts[1] + "." + parts[2];
        if (!MessageDigest.isEqual(sign(body).getBytes(StandardCharsets.US_ASCII), parts[3].getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            String name = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
            Instant until = Instant.ofEpochSecond(Long.parseLong(parts[2]));
            if (!name.equals(Accounts.normalize(username)) || !clock.instant().isBefore(until)) {
                return Optional.empty();
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.of(parts[1]);
    }

    private String sign(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private byte[] key() {
        byte[] current = key;
        if (current == null) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            String stored = store.secretOrInsert(KEY_NAME, Base64.getEncoder().encodeToString(fresh));
            current = Base64.getDecoder().decode(stored);
            key = current;
        }
        return current;
    }
}
