package com.chipchain.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chipchain.TestScenarios;
import com.chipchain.engine.EventEffect;
import com.chipchain.engine.ImportedContent;
import com.chipchain.engine.Scenario;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Loading refuses a broken file whole and names the file, the path inside it and what is wrong. */
class ScenarioLoaderTest {

    static final List<String> SHIPPED = TestScenarios.SHIPPED;

    private static List<ScenarioProblem> problemsOf(String yaml) {
        try {
            ScenarioLoader.parse("broken.yaml", yaml);
        } catch (InvalidScenarioException e) {
            return e.problems();
        }
        throw new AssertionError("the file was accepted");
    }

    private static String mini() {
        return TestScenarios.MINI;
    }

    @ParameterizedTest
    @FieldSource("SHIPPED")
    void every_shipped_scenario_loads(String id) throws Exception {
        Scenario scenario = ScenarioLoader.load(Path.of("scenarios", id + ".yaml"));
        assertThat(scenario.id()).isEqualTo(id);
        assertThat(scenario.title().en()).isNotBlank();
        assertThat(scenario.title().ko()).isNotBlank();
        assertThat(scenario.description().ko()).isNotBlank();
        assertThat(scenario.turnLabels()).hasSize(scenario.turnCount());
    }

    @Test
    void the_flagship_has_every_element_the_design_asks_for() {
        Scenario flagship = TestScenarios.flagship();
        int phoenix = flagship.siteIndex("phoenix-fab");
        int amkor = flagship.siteIndex("amkor-arizona");
        int indiana = flagship.siteIndex("indiana-fab");
        int texas = flagship.siteIndex("texas");
        assertThat(flagship.site(phoenix).capacity()).isPositive();
        // every new US site learns: its yield rises with the units it has started
        for (int site : new int[] {phoenix, amkor, indiana, texas}) {
            assertThat(flagship.site(site).yieldPercentAt(1, 0)).isLessThan(flagship.site(site).yieldPercentAt(1, 10_000));
        }
        // Indiana stacks Korean DRAM: part of its HBM is Korean content
        assertThat(flagship.site(indiana).importedContent()).isEqualTo(new ImportedContent("KR", 60));
        assertThat(flagship.site(amkor).capacity()).isZero();
        assertThat(flagship.site(indiana).capacity()).isZero();
        assertThat(flagship.timeline()).anySatisfy(e -> assertThat(e.effect()).isEqualTo(new EventEffect.CapacityChange(amkor, 200)));
        assertThat(flagship.timeline()).anySatisfy(e -> {
            assertThat(e.effect()).isInstanceOf(EventEffect.CapacityChange.class);
            assertThat(((EventEffect.CapacityChange) e.effect()).site()).isEqualTo(indiana);
            assertThat(e.turn()).isGreaterThanOrEqualTo(12);
        });
        assertThat(flagship.site(texas).build().leadTime()).isBetween(4, 5);
        // the Section-232-style tariff is announced on the turn before it takes effect
        int tariffTurn = flagship.timeline().stream().filter(e -> e.effect() instanceof EventEffect.TariffSet)
                .mapToInt(e -> e.turn()).min().orElseThrow();
        assertThat(flagship.timeline()).anySatisfy(e -> {
            assertThat(e.turn()).isEqualTo(tariffTurn - 1);
            assertThat(e.news().en()).contains("Section 232");
        });
        assertThat(flagship.shocks()).anySatisfy(s -> assertThat(s.effect())
                .isEqualTo(new EventEffect.TariffSet(flagship.productIndex("system"), "MX", 2500)));
        assertThat(flagship.timeline()).anySatisfy(e -> assertThat(e.news().en()).contains("inference"));
        assertThat(flagship.timeline()).anySatisfy(e -> assertThat(e.news().en()).contains("delays data-centre investments"));
        assertThat(flagship.subsidies()).containsEntry("US", 25);
        assertThat(flagship.timeline()).allSatisfy(e -> assertThat(e.news().ko()).isNotBlank());
    }

    @Nested
    class Broken_files {

        @Test
        void numbers_beyond_64_bits_are_refused_not_wrapped() {
            assertThat(problemsOf(mini().replace("holdingCost: 0.10", "holdingCost: 184467440737095516.17")))
                    .singleElement().satisfies(p -> {
                        assertThat(p.path()).isEqualTo("products[0].holdingCost");
                        assertThat(p.message()).contains("184467440737095516.17");
                    });
            assertThat(problemsOf(mini().replace("capacity: 50", "capacity: 18446744073709551652")))
                    .singleElement().satisfies(p -> assertThat(p.message()).contains("18446744073709551652"));
        }

        @Test
        void a_key_named_twice_is_refused() {
            assertThat(problemsOf(mini().replace("holdingCost: 0.10", "holdingCost: 0.10, holdingCost: 0.20")))
                    .singleElement().satisfies(p -> assertThat(p.message()).containsIgnoringCase("duplicate"));
        }

        @Test
        void aliases_and_anchors_are_refused() {
            assertThat(problemsOf(mini().replace("holdingCost: 0.10", "holdingCost: *nowhere")))
                    .singleElement().satisfies(p -> assertThat(p.message()).contains("nowhere"));
            assertThat(problemsOf(mini().replace("holdingCost: 0.10", "holdingCost: &cost 0.10")))
                    .singleElement().satisfies(p -> assertThat(p.message()).contains("&cost"));
        }

        @Test
        void a_second_document_is_refused() {
            assertThat(problemsOf(mini() + "\n---\nid: other\n"))
                    .singleElement().satisfies(p -> assertThat(p.message()).contains("second YAML document"));
        }

        @Test
        void a_wrong_number_names_its_path() {
            List<ScenarioProblem> problems = problemsOf(mini().replace("capacity: 50", "capacity: fifty"));
            assertThat(problems).singleElement().hasToString(
                    "broken.yaml: roles[0].sites[1].capacity: must be a whole number from 0 to 1000000000, not 'fifty'");
        }

        @Test
        void a_negative_cost_is_out_of_range() {
            assertThat(problemsOf(mini().replace("holdingCost: 0.10", "holdingCost: -0.10")))
                    .extracting(ScenarioProblem::path).containsExactly("products[0].holdingCost");
        }

        @Test
        void too_many_decimals_are_refused() {
            assertThat(problemsOf(mini().replace("price: 5.00", "price: 5.001")))
                    .singleElement().satisfies(p -> {
                        assertThat(p.path()).isEqualTo("roles[0].sites[0].price");
                        assertThat(p.message()).contains("more than two decimals");
                    });
        }

        @Test
        void an_unknown_reference_lists_what_is_known() {
            assertThat(problemsOf(mini().replace("from: maker,", "from: makr,")))
                    .first().satisfies(p -> {
                        assertThat(p.path()).isEqualTo("roles[1].suppliers[0].from");
                        assertThat(p.message()).isEqualTo("unknown role 'makr'; known: maker, builder, seller");
                    });
        }

        @Test
        void a_typo_in_a_field_name_is_not_silently_ignored() {
            assertThat(problemsOf(mini().replace("productionLeadTime: 2", "productionLeadTime: 2\n        capasity: 3")))
                    .singleElement().satisfies(p -> {
                        assertThat(p.path()).isEqualTo("roles[0].sites[1].capasity");
                        assertThat(p.message()).startsWith("unknown field; allowed here:");
                    });
        }

        @Test
        void a_missing_field_is_named() {
            assertThat(problemsOf(mini().replace("    backlogCost: 4.00\n", "")))
                    .extracting(ScenarioProblem::toString)
                    .containsExactly("broken.yaml: roles[2].backlogCost: is missing (a number from 0 to 1000000000)");
        }

        @Test
        void an_event_outside_the_game_is_refused() {
            String late = mini() + """
                    events:
                      - { turn: 11, type: news, news: { en: Late, ko: 늦음 } }
                    """;
            assertThat(problemsOf(late)).extracting(ScenarioProblem::toString)
                    .containsExactly("broken.yaml: events[0].turn: must be from 1 to 10, not 11");
        }

        @Test
        void an_event_of_unknown_type_is_refused() {
            String odd = mini() + """
                    events:
                      - { turn: 2, type: earthquake, news: { en: Boom, ko: 쾅 } }
                    """;
            assertThat(problemsOf(odd)).extracting(ScenarioProblem::path).containsExactly("events[0].type");
        }

        @Test
        void a_bill_of_materials_that_uses_itself_is_refused() {
            String cycle = mini().replace("bom: [ { product: part, quantity: 2 } ]", "bom: [ { product: widget, quantity: 1 } ]");
            assertThat(problemsOf(cycle)).extracting(ScenarioProblem::message)
                    .contains("the bill of materials of 'widget' uses itself, directly or through its inputs");
        }

        @Test
        void a_buyer_without_a_supplier_for_its_inputs_is_refused() {
            String noSupplier = mini().replace(
                    "    suppliers:\n      - { product: part, from: maker, orderDelay: 1, transit: 2 }\n", "");
            assertThat(problemsOf(noSupplier)).extracting(ScenarioProblem::toString)
                    .contains("broken.yaml: roles[1].suppliers: needs a supplier of 'part'");
        }

        @Test
        void a_duplicate_id_is_refused() {
            assertThat(problemsOf(mini().replace("id: seller-us", "id: maker-tw")))
                    .extracting(ScenarioProblem::message).contains("another site already has the id 'maker-tw'");
        }

        @Test
        void an_invalid_opening_decision_names_its_field() {
            String opening = mini().replace("      - { product: widget, from: builder, orderDelay: 1, transit: 1 }",
                    "      - { product: widget, from: builder, orderDelay: 1, transit: 1 }\n    opening:\n      orders: [ { product: widget, site: seller-us, quantity: 5000 } ]");
            assertThat(problemsOf(opening)).singleElement().satisfies(p -> {
                assertThat(p.path()).isEqualTo("roles[2].opening.orders[0].quantity");
                assertThat(p.message()).contains("must be a whole number from 0 to 1000");
            });
        }

        @Test
        void every_problem_is_reported_at_once() {
            String many = mini().replace("capacity: 50", "capacity: -1").replace("price: 6.00", "price: x")
                    .replace("count: 10", "count: 0");
            assertThat(problemsOf(many)).hasSizeGreaterThanOrEqualTo(3);
        }

        @Test
        void text_that_is_not_yaml_says_where() {
            assertThat(problemsOf("id: [unclosed")).singleElement().satisfies(p -> {
                assertThat(p.path()).startsWith("line ");
                assertThat(p.message()).startsWith("is not valid YAML");
            });
        }

        @Test
        void a_missing_file_is_a_problem_not_a_crash() {
            assertThatThrownBy(() -> ScenarioLoader.load(Path.of("scenarios/nope.yaml")))
                    .isInstanceOf(InvalidScenarioException.class)
                    .hasMessageContaining("scenarios/nope.yaml: cannot be read");
        }
    }
}
