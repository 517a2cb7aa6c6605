package com.chipchain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.chipchain.TestScenarios;
import com.chipchain.engine.Scenario;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The flagship's site decision stays a gamble (docs/balance.md): reshoring Texas wins on some
 * tariff paths and loses on others, and offshore-first does not win everywhere.
 */
class FlagshipBalanceTest {

    private static MonteCarlo.Mix mix(Scenario scenario, String label, String... specs) throws UsageException {
        List<String> perRole = new ArrayList<>();
        Cli.policies(scenario, List.of(specs)).forEach(p -> perRole.add(p.name()));
        return new MonteCarlo.Mix(label, perRole);
    }

    private static JsonNode shock(JsonNode mix, String id) {
        for (JsonNode shock : mix.get("shocks")) {
            if (shock.get("id").asText().equals(id)) {
                return shock;
            }
        }
        throw new AssertionError("no shock " + id);
    }

    @Test
    void reshoring_texas_pays_off_on_some_tariff_paths_and_not_on_others() throws Exception {
        Scenario flagship = TestScenarios.flagship();
        List<MonteCarlo.Mix> mixes = List.of(
                mix(flagship, "offshore", "offshore-first"),
                mix(flagship, "texas", "offshore-first", "assembler=reshorer", "nvidia=reshorer"));
        MonteCarlo carlo = new MonteCarlo(flagship, 1, 300, 2, null);
        JsonNode summary = carlo.summary(mixes, carlo.run(mixes), 1);
        JsonNode offshore = summary.get("mixes").get(0);
        JsonNode texas = summary.get("mixes").get(1);

        JsonNode usmcaForTexas = shock(texas, "usmca-exemption-removed");
        JsonNode rollbackForTexas = shock(texas, "server-tariff-rollback");
        // neither strategy wins everywhere
        assertThat(texas.get("winShare").asDouble()).isBetween(0.15, 0.85);
        assertThat(shock(offshore, "usmca-exemption-removed").get("winShareWhenFired").asDouble()).isLessThan(0.85);
        // Texas wins more often when the USMCA exemption falls, and less often when tariffs are rolled back
        assertThat(usmcaForTexas.get("winShareWhenFired").asDouble())
                .isGreaterThan(usmcaForTexas.get("winShareWhenNot").asDouble() + 0.1);
        assertThat(rollbackForTexas.get("winShareWhenFired").asDouble())
                .isLessThan(rollbackForTexas.get("winShareWhenNot").asDouble() - 0.1);
    }
}
