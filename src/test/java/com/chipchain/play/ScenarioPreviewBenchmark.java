package com.chipchain.play;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The studio's checks timed as the page runs them (docs/scenario-library.md): the preview of 1,000
 * flagship seeds on both sides, three times in one JVM, and the quick and thorough exploit searches.
 * A harness, not part of the suite (its name does not end in Test):
 * {@code mvn -B test -Dtest=ScenarioPreviewBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ScenarioPreviewBenchmark {

    @Test
    void time_the_studios_checks_on_the_flagship() throws Exception {
        String flagship = Files.readString(Path.of("scenarios", "made-in-america-2025.yaml"));
        for (int run = 1; run <= 3; run++) {
            ScenarioPreview.Result result = ScenarioPreview.run(flagship, flagship, 1_000, done -> { }, () -> false);
            assertThat(result.seeds()).isEqualTo(1_000);
            System.out.printf("preview, 1000 seeds x 2 scenarios: %d ms%n", result.millis());
        }
        for (int rules : new int[] {ExploitCheck.QUICK, ExploitCheck.THOROUGH}) {
            ExploitCheck.Result result = ExploitCheck.run(flagship, rules, done -> { }, () -> false);
            System.out.printf("exploit search, %d rules a seat: %,d games in %d ms; seats won: %d%n", rules, result.games(),
                    result.millis(), result.seats().stream().filter(ExploitCheck.Seat::wins).count());
        }
    }
}
