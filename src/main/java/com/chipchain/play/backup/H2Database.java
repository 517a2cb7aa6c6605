package com.chipchain.play.backup;

import com.chipchain.play.PlayException;
import java.nio.file.Path;

/** Where an H2 file URL keeps its database: {@code jdbc:h2:file:./data/chipchain;...} is ./data/chipchain.mv.db. */
public record H2Database(Path directory, String name) {

    public static boolean isH2(String url) {
        return url != null && url.startsWith("jdbc:h2:");
    }

    public static H2Database of(String url) {
        String path = url.substring("jdbc:h2:".length());
        int settings = path.indexOf(';');
        path = settings < 0 ? path : path.substring(0, settings);
        if (path.startsWith("file:")) {
            path = path.substring("file:".length());
        }
        if (path.startsWith("mem:") || path.startsWith("tcp:") || path.startsWith("ssl:")) {
            throw new PlayException(PlayException.Reason.INVALID_INPUT, "backup and restore need an H2 file database, not " + url);
        }
        if (path.startsWith("~")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        Path full = Path.of(path).toAbsolutePath().normalize();
        return new H2Database(full.getParent(), full.getFileName().toString());
    }

    public Path dataFile() {
        return directory.resolve(name + ".mv.db");
    }
}
