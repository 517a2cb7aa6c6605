package com.chipchain.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.chipchain.TestScenarios;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The engine plays the same games as when they were recorded: a SHA-256 of everything observable
 * (DeterminismTest's fingerprint) of random games on every shipped scenario, against the digests in
 * {@code src/test/resources/recorded-games.txt}. It guards work on the engine's speed, which must
 * change no game. A deliberate change of the rules re-records them:
 * {@code RECORD_GAMES=true mvn -B test -Dtest=RecordedGamesTest}, and the commit says why.
 */
class RecordedGamesTest {

    static final Path RECORD = Path.of("src", "test", "resources", "recorded-games.txt");
    static final long[][] GAMES = {{42, 7}, {1, 1}, {2026, 12}};

    static Map<String, String> digests() throws NoSuchAlgorithmException {
        Map<String, String> digests = new LinkedHashMap<>();
        for (Scenario scenario : TestScenarios.allShipped()) {
            for (long[] game : GAMES) {
                RandomPlay play = new RandomPlay(game[1]);
                GameState state = GameState.start(scenario, game[0]);
                List<TurnResult> results = new ArrayList<>();
                while (!state.finished()) {
                    TurnResult result = TurnResolver.resolve(state, play.decisions(state), play.injected(state));
                    results.add(result);
                    state = result.next();
                }
                byte[] digest = MessageDigest.getInstance("SHA-256")
                        .digest(DeterminismTest.fingerprint(results).getBytes(StandardCharsets.UTF_8));
                digests.put(scenario.id() + " v" + scenario.version() + " seed " + game[0] + " play " + game[1],
                        HexFormat.of().formatHex(digest));
            }
        }
        return digests;
    }

    @Test
    void every_recorded_game_plays_out_the_same() throws IOException, NoSuchAlgorithmException {
        Map<String, String> now = digests();
        StringBuilder text = new StringBuilder();
        now.forEach((game, digest) -> text.append(game).append(" = ").append(digest).append('\n'));
        if (Boolean.getBoolean("record.games") || "true".equals(System.getenv("RECORD_GAMES"))) {
            Files.createDirectories(RECORD.getParent());
            Files.writeString(RECORD, text.toString());
        }
        assertThat(text.toString()).isEqualTo(Files.readString(RECORD));
    }
}
