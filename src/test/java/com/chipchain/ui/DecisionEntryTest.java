package com.chipchain.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.chipchain.play.DecisionInput;
import com.chipchain.play.FieldRef;
import com.chipchain.play.Label;
import com.chipchain.play.SeatScreen;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The decision form reads exactly what was typed, or refuses the field; it never rewrites a number. */
class DecisionEntryTest {

    @Nested
    class Quantities {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {"0|0", "12|12", "1200|1200", "1,200|1200", " 7 |7", "5000|5000"})
        void whole_numbers_read_as_typed(String typed, long expected) {
            NumberEntry.Result result = NumberEntry.quantity(typed, 5000);
            assertThat(result.ok()).isTrue();
            assertThat(result.value()).isEqualByComparingTo(BigDecimal.valueOf(expected));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "12.5|entry.whole-units", "1e12|entry.not-a-number", "-3|entry.negative", "abc|entry.not-a-number",
                "''|entry.empty", "NaN|entry.not-a-number", "Infinity|entry.not-a-number", "1,20|entry.not-a-number",
                "5001|entry.at-most", "99999999999999999999999|entry.at-most", "0x10|entry.not-a-number",
                "1 000|entry.not-a-number", "+4|entry.not-a-number", "１２|entry.not-a-number"})
        void anything_else_is_refused_with_its_reason(String typed, String reason) {
            NumberEntry.Result result = NumberEntry.quantity(typed, 5000);
            assertThat(result.ok()).as(typed).isFalse();
            assertThat(result.refusalKey()).isEqualTo(reason);
            assertThat(result.value()).isNull();
        }

        @Test
        void a_number_too_long_to_read_is_refused_before_it_is_converted() {
            assertThat(NumberEntry.quantity("9".repeat(10_000), Long.MAX_VALUE).refusalKey()).isEqualTo("entry.not-a-number");
        }
    }

    @Nested
    class Money {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {"40|40.00", "40.5|40.50", "39.25|39.25", "1,000.10|1000.10", "0|0.00"})
        void amounts_with_up_to_two_decimals_read_as_typed(String typed, String expected) {
            NumberEntry.Result result = NumberEntry.money(typed, BigDecimal.ZERO, new BigDecimal("5000"));
            assertThat(result.ok()).as(typed).isTrue();
            assertThat(result.value()).isEqualTo(new BigDecimal(expected));
        }

        @ParameterizedTest
        @ValueSource(strings = {"1e12", "NaN", "Infinity", "abc", "", "-1", "40.123", "92233720368547758.08", "1..2"})
        void anything_else_is_refused(String typed) {
            assertThat(NumberEntry.money(typed, BigDecimal.ZERO, new BigDecimal("1000000000")).ok()).as(typed).isFalse();
        }

        @Test
        void a_price_outside_this_turns_range_names_the_range() {
            NumberEntry.Result result = NumberEntry.money("60", new BigDecimal("38.50"), new BigDecimal("41.50"));
            assertThat(result.refusalKey()).isEqualTo("entry.range");
            assertThat(result.args()).hasSize(2);
        }
    }

    @Nested
    class The_form {

        final SeatScreen.Form form = new SeatScreen.Form(
                List.of(new SeatScreen.OrderField("module", new Label("module", "module"), "foxconn-tx", new Label("Houston", "Houston"), 100, false, true)),
                List.of(new SeatScreen.SiteField("foxconn-tx", new Label("Houston", "Houston"), 80, 500, "500")),
                List.of(new SeatScreen.SiteField("foxconn-tx", new Label("Houston", "Houston"), 0, 50, "2.00")),
                new SeatScreen.PriceField(new BigDecimal("40.00"), new BigDecimal("38.50"), new BigDecimal("41.50")),
                List.of(new SeatScreen.FundField("memory", new Label("memory", "memory"), new BigDecimal("0.00"))),
                5000, null,
                List.of(new SeatScreen.FundField("packager", new Label("packager", "packager"), new BigDecimal("0.00"))), "oldest");
        final DecisionEntry entry = new DecisionEntry(form);
        final Map<FieldRef, String> typed = new HashMap<>();

        The_form() {
            entry.specs().forEach(spec -> typed.put(spec.ref(), spec.initial()));
        }

        @Test
        void every_field_starts_with_last_turns_decision_in_a_form_it_accepts_back() {
            assertThat(typed).containsEntry(FieldRef.order("module", "foxconn-tx"), "100")
                    .containsEntry(FieldRef.production("foxconn-tx"), "80").containsEntry(FieldRef.price(), "40.00");
            DecisionEntry.Reading reading = entry.read(typed::get, ref -> true, "us-first");
            assertThat(reading.ok()).isTrue();
            DecisionInput input = reading.input();
            assertThat(input.orders()).containsExactly(new DecisionInput.Order("module", "foxconn-tx", 100, true));
            assertThat(input.production()).containsExactly(new DecisionInput.SiteQuantity("foxconn-tx", 80));
            assertThat(input.price()).isEqualByComparingTo("40.00");
            assertThat(input.prepayments()).isEmpty();
            assertThat(input.shipFirst()).isEqualTo("us-first");
        }

        @Test
        void each_bad_field_is_refused_by_its_reference_and_nothing_is_read() {
            typed.put(FieldRef.order("module", "foxconn-tx"), "12.5");
            typed.put(FieldRef.fund("memory"), "1e12");
            typed.put(FieldRef.build("foxconn-tx"), "-3");
            typed.put(FieldRef.prepay("packager"), "lots");
            DecisionEntry.Reading reading = entry.read(typed::get, ref -> false, "oldest");
            assertThat(reading.ok()).isFalse();
            assertThat(reading.refused()).containsOnlyKeys(FieldRef.order("module", "foxconn-tx"), FieldRef.fund("memory"),
                    FieldRef.build("foxconn-tx"), FieldRef.prepay("packager"));
            assertThat(reading.refused().get(FieldRef.order("module", "foxconn-tx")).refusalKey()).isEqualTo("entry.whole-units");
        }

        @Test
        void a_build_beyond_the_sites_limit_is_refused_at_that_field() {
            typed.put(FieldRef.build("foxconn-tx"), "51");
            assertThat(entry.read(typed::get, ref -> false, null).refused().get(FieldRef.build("foxconn-tx")).refusalKey())
                    .isEqualTo("entry.at-most");
        }

        @Test
        void field_references_are_values_and_name_the_page_element() {
            assertThat(FieldRef.order("module", "foxconn-tx")).isEqualTo(FieldRef.order("module", "foxconn-tx"));
            assertThat(FieldRef.order("module", "foxconn-tx").domId()).isEqualTo("order-module-foxconn-tx");
            assertThat(FieldRef.prepay("packager").domId()).isEqualTo("prepay-packager");
        }
    }
}
