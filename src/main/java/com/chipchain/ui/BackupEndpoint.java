package com.chipchain.ui;

import com.chipchain.play.backup.OnlineBackup;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where {@code java -jar chipchain.jar backup} fetches its copy of the running server's database:
 * only from the server's own machine, and only with the key in the server's key file.
 */
@RestController
@ConditionalOnWebApplication
class BackupEndpoint {

    private final OnlineBackup backup;

    BackupEndpoint(OnlineBackup backup) {
        this.backup = backup;
    }

    @PostMapping(OnlineBackup.PATH)
    void copy(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress() || request.getHeader("X-Forwarded-For") != null) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "Backups are made on the server's own machine.");
            return;
        }
        if (!backup.available()) {
            refuse(response, HttpServletResponse.SC_CONFLICT, "This server's database is not an H2 file; use pg_dump.");
            return;
        }
        if (!backup.accepts(request.getHeader(OnlineBackup.KEY_HEADER))) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "The backup key does not match this server's key file.");
            return;
        }
        Path copy = backup.copy();
        try {
            response.setContentType("application/zip");
            response.setContentLengthLong(Files.size(copy));
            try (OutputStream out = response.getOutputStream()) {
                Files.copy(copy, out);
            }
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    /** A plain answer (an error page would send the command to the login page). */
    private static void refuse(HttpServletResponse response, int status, String why) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(why);
    }
}
