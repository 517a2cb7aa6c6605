package com.chipchain.cli;

import com.chipchain.play.backup.OnlineBackup;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/** Asks the server running on this machine for a copy of its database (see {@link OnlineBackup}). */
final class RunningServer {

    enum Kind { COPIED, REFUSED, NO_SERVER }

    record Answer(Kind kind, String message) {}

    private RunningServer() {}

    static Answer backup(int port, Path keyFile, Path target) throws IOException {
        String key = null;
        String unreadable = null;
        try {
            key = Files.readString(keyFile, StandardCharsets.US_ASCII).strip();
        } catch (java.nio.file.NoSuchFileException e) {
            unreadable = "there is no key file " + keyFile.toAbsolutePath();
        } catch (IOException e) {
            unreadable = "the key file " + keyFile.toAbsolutePath() + " cannot be read (" + e.getMessage() + ")";
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + OnlineBackup.PATH))
                .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofMinutes(30));
        if (key != null) {
            request.header(OnlineBackup.KEY_HEADER, key);
        }
        HttpResponse<InputStream> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (ConnectException nobodyListens) {
            return new Answer(Kind.NO_SERVER, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the server made the backup", e);
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                String text = new String(body.readNBytes(2000), StandardCharsets.UTF_8);
                String reason = unreadable != null ? unreadable + "; run the command as the server's user, in its folder"
                        : "HTTP " + response.statusCode() + " " + text.replaceAll("(?s)<[^>]*>", " ").replaceAll("\\s+", " ").strip();
                return new Answer(Kind.REFUSED, reason);
            }
            // never leave half a backup under the file's name
            Path part = target.resolveSibling(target.getFileName() + ".part");
            Files.copy(body, part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            return new Answer(Kind.COPIED, null);
        }
    }
}
