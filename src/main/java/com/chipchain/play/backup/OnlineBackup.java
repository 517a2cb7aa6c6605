package com.chipchain.play.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A consistent copy of the running server's H2 database, for {@code java -jar chipchain.jar backup}
 * (docs/deploy.md, "Backups"). H2 lets only the server's own process open its file, so the command
 * asks the server, over the loopback address, with a key the server leaves in a file only its own
 * user can read: whoever can read the data folder may copy it anyway.
 */
@Service
@ConditionalOnWebApplication
public class OnlineBackup {

    public static final String KEY_HEADER = "X-Chipchain-Backup-Key";
    public static final String PATH = "/internal/backup";

    private static final Logger LOG = LoggerFactory.getLogger(OnlineBackup.class);

    private final JdbcClient jdbc;
    private final String url;
    private final Path keyFile;
    private volatile byte[] key;

    OnlineBackup(JdbcClient jdbc, @Value("${spring.datasource.url}") String url,
                 @Value("${chipchain.backup.key-file:./data/backup.key}") Path keyFile) {
        this.jdbc = jdbc;
        this.url = url;
        this.keyFile = keyFile.toAbsolutePath().normalize();
    }

    public boolean available() {
        return H2Database.isH2(url) && !url.startsWith("jdbc:h2:mem:");
    }

    /** A new key at every start, so a key copied earlier stops working with a restart. */
    @EventListener(ApplicationReadyEvent.class)
    public void writeKey() {
        if (!available()) {
            return;
        }
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        String text = Base64.getUrlEncoder().withoutPadding().encodeToString(fresh);
        try {
            Files.createDirectories(keyFile.getParent());
            Path next = keyFile.resolveSibling(keyFile.getFileName() + ".new");
            Files.deleteIfExists(next);
            try {
                Files.createFile(next, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(next);
            }
            Files.writeString(next, text + "\n", StandardCharsets.US_ASCII);
            Files.move(next, keyFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            key = text.getBytes(StandardCharsets.US_ASCII);
        } catch (IOException e) {
            LOG.warn("No online backups: the key file {} cannot be written ({}). Stop the server to back up its data folder.",
                    keyFile, e.getMessage());
        }
    }

    /** The key the backup command sent is this start's key. */
    public boolean accepts(String sent) {
        byte[] expected = key;
        return expected != null && sent != null
                && MessageDigest.isEqual(expected, sent.strip().getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Copies the database into a new zip file beside it (H2's BACKUP TO: consistent while the game
     * goes on writing) and returns that file; the caller streams it and deletes it.
     */
    public Path copy() throws IOException {
        H2Database database = H2Database.of(url);
        Path copy = Files.createTempFile(database.directory(), "backup-", ".zip");
        Files.delete(copy);
        jdbc.sql("BACKUP TO '" + copy.toString().replace("'", "''") + "'").update();
        return copy;
    }
}
