package com.chipchain.bots;

import static org.assertj.core.api.Assertions.assertThat;

import com.chipchain.TestScenarios;
import com.chipchain.engine.Decision;
import com.chipchain.engine.GameLog;
import com.chipchain.engine.GameState;
import com.chipchain.engine.Scenario;
import com.chipchain.engine.Scores;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bots decide as they did when these games were recorded: a SHA-256 of every decision and the
 * final scores of bot games on every shipped scenario, played both ways the code plays them (with
 * reports, and on the fast path the searches use), against {@code src/test/resources/recorded-bot-games.txt}.
 * It guards work on the bots' speed, which must change no decision. A deliberate change of a bot
 * re-records them: {@code RECORD_GAMES=true mvn -B test -Dtest=RecordedBotGamesTest}, and the commit says why.
 */
class RecordedBotGamesTest {

    static final Path RECORD = Path.of("src", "test", "resources", "recorded-bot-games.txt");
    static final List<String> POLICIES = List.of("base-stock", "sterman", "reshorer:fundShare=0.05", "offshore-first",
            "base-stock:priceOffset=1,priceGain=0.5,capexFrom=2,capexUntil=6,site=1,outsideFirst=1",
            "base-stock:contractPremium=0.1,contractUnits=0.5,acceptPremium=0.05");
    static final long[] SEEDS = {3, 2026};

    static Map<String, String> digests() throws NoSuchAlgorithmException {
        Map<String, String> digests = new LinkedHashMap<>();
        for (Scenario scenario : TestScenarios.allShipped()) {
            for (String policy : POLICIES) {
                for (long seed : SEEDS) {
                    List<SeatPolicy> bots = new ArrayList<>();
                    for (int role = 0; role < scenario.roles().size(); role++) {
                        bots.add(Policies.byName(policy, scenario));
                    }
                    StringBuilder text = new StringBuilder();
                    BotGame.Played played = BotGame.play(scenario, seed, bots, false);
                    for (GameLog.LoggedTurn turn : played.log().turns()) {
                        for (Decision decision : turn.decisions()) {
                            // a decision without contract moves reads as it did before contracts existed
                            text.append(decision.toString().replace(", contracts=ContractMoves[offers=[], accept=[], cancel=[]]", ""))
                                    .append('\n');
                        }
                    }
                    text.append(fingerprint(Scores.of(played.finalState())));
                    GameState fast = BotGame.playQuietly(scenario, seed, bots);
                    text.append(fingerprint(Scores.of(fast)));
                    byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
                    digests.put(scenario.id() + " " + policy + " seed " + seed, HexFormat.of().formatHex(digest));
                }
            }
        }
        return digests;
    }

    private static String fingerprint(Scores scores) {
        return Arrays.toString(scores.teamProfits()) + Arrays.toString(scores.endValues()) + scores.chain() + scores.fillRate();
    }

    @Test
    void every_recorded_bot_game_plays_out_the_same() throws IOException, NoSuchAlgorithmException {
        StringBuilder text = new StringBuilder();
        digests().forEach((game, digest) -> text.append(game).append(" = ").append(digest).append('\n'));
        if ("true".equals(System.getenv("RECORD_GAMES"))) {
            Files.writeString(RECORD, text.toString());
        }
        assertThat(text.toString()).isEqualTo(Files.readString(RECORD));
    }
}
