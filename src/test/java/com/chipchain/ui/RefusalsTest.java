package com.chipchain.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A refusal prints its numbers as the rest of the screen does. */
class RefusalsTest {

    @Test
    void amounts_and_counts_in_a_refusal_are_written_with_thousands_separators() {
        assertThat(Refusals.shown(List.of("45760.00", "5000", "-1234567.50", "hsinchu-fab", "12.5"), Locale.ENGLISH))
                .containsExactly("45,760.00", "5,000", "-1,234,567.50", "hsinchu-fab", "12.5");
        assertThat(Refusals.shown(List.of("45760.00"), Locale.KOREAN)).containsExactly("45,760.00");
    }
}
