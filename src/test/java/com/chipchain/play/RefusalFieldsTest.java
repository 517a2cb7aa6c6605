package com.chipchain.play;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.chipchain.engine.Decision;
import com.chipchain.engine.DecisionRules;
import com.chipchain.engine.GameState;
import com.chipchain.engine.Scenario;
import com.chipchain.engine.Violation;
import com.chipchain.scenario.ScenarioLoader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A refusal names the field it is about: for every number field of every role's form in every
 * shipped scenario, a value the rules refuse, typed into that field alone, comes back marked at
 * that field and nowhere else (the form shows the message under it).
 */
class RefusalFieldsTest {

    static Stream<Arguments> every_field_of_every_form() throws Exception {
        List<Arguments> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                Scenario scenario = ScenarioLoader.load(file);
                GameState state = GameState.start(scenario, 1);
                for (int role = 0; role < scenario.roles().size(); role++) {
                    for (FieldRef field : fields(ScreenService.form(scenario, state, role))) {
                        cases.add(Arguments.of(scenario.id(), scenario.role(role).id(), field));
                    }
                }
            }
        }
        assertThat(cases).hasSizeGreaterThan(60);
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("every_field_of_every_form")
    void a_refused_value_is_marked_at_the_field_it_was_typed_in(String scenarioId, String roleId, FieldRef field)
            throws IOException, com.chipchain.scenario.InvalidScenarioException {
        Scenario scenario = ScenarioLoader.load(Path.of("scenarios", scenarioId + ".yaml"));
        GameState state = GameState.start(scenario, 1);
        int role = scenario.roleIndex(roleId);
        SeatScreen.Form form = ScreenService.form(scenario, state, role);
        DecisionInput input = inputWithOneWrongField(form, field, BigDecimal.valueOf(state.cash(role) + 100, 2));

        PlayException refusal = catchThrowableOfType(PlayException.class, () -> {
            Decision decision = DecisionConverter.toDecision(scenario, state.turn(), input);
            List<Violation> violations = DecisionRules.validate(state, role, decision);
            if (!violations.isEmpty()) {
                throw DecisionConverter.refusal(violations, input);
            }
        });

        assertThat(refusal).as("a refusal for a wrong " + field).isNotNull();
        assertThat(refusal.problems()).isNotEmpty()
                .allSatisfy(problem -> assertThat(problem.ref()).as(problem.rule()).isEqualTo(field));
    }

    private static List<FieldRef> fields(SeatScreen.Form form) {
        List<FieldRef> fields = new ArrayList<>();
        form.orders().forEach(o -> fields.add(FieldRef.order(o.product(), o.site())));
        form.production().forEach(p -> fields.add(FieldRef.production(p.site())));
        form.investment().forEach(b -> fields.add(FieldRef.build(b.site())));
        if (form.price() != null) {
            fields.add(FieldRef.price());
        }
        form.fund().forEach(f -> fields.add(FieldRef.fund(f.partner())));
        if (form.otherSales() != null) {
            fields.add(FieldRef.otherSales());
        }
        form.prepayments().forEach(p -> fields.add(FieldRef.prepay(p.partner())));
        return fields;
    }

    /**
     * The form as it opens, with one field holding a number the rules refuse: a quantity one above
     * what is allowed, a price one cent beyond this turn's range, a payment of more than the cash.
     * Every other payment field holds a small valid amount, so "which of them" is a real question.
     */
    private static DecisionInput inputWithOneWrongField(SeatScreen.Form form, FieldRef wrong, BigDecimal moreThanCash) {
        long tooMany = form.maxQuantity() + 1;
        BigDecimal small = new BigDecimal("1.00");
        List<DecisionInput.Order> orders = form.orders().stream().map(o -> new DecisionInput.Order(o.product(), o.site(),
                wrong.equals(FieldRef.order(o.product(), o.site())) ? tooMany : o.quantity(), false)).toList();
        List<DecisionInput.SiteQuantity> production = form.production().stream().map(p -> new DecisionInput.SiteQuantity(p.site(),
                wrong.equals(FieldRef.production(p.site())) ? tooMany : p.quantity())).toList();
        List<DecisionInput.SiteQuantity> investment = form.investment().stream().map(b -> new DecisionInput.SiteQuantity(b.site(),
                wrong.equals(FieldRef.build(b.site())) ? b.max() + 1 : 0)).toList();
        BigDecimal price = form.price() == null ? null
                : wrong.equals(FieldRef.price()) ? form.price().max().add(new BigDecimal("0.01")) : form.price().price();
        boolean paying = wrong.kind() == FieldRef.Kind.FUND || wrong.kind() == FieldRef.Kind.PREPAY;
        List<DecisionInput.Fund> fund = form.fund().stream().map(f -> new DecisionInput.Fund(f.partner(),
                wrong.equals(FieldRef.fund(f.partner())) ? moreThanCash : paying ? small : f.amount())).toList();
        long otherSales = form.otherSales() == null ? 0
                : wrong.equals(FieldRef.otherSales()) ? tooMany : form.otherSales().quantity();
        List<DecisionInput.Fund> prepayments = form.prepayments().stream()
                .map(p -> new DecisionInput.Fund(p.partner(), wrong.equals(FieldRef.prepay(p.partner())) ? moreThanCash : small))
                .filter(p -> paying).toList();
        return new DecisionInput(orders, production, investment, price, fund, otherSales, prepayments, form.shipFirst());
    }
}
