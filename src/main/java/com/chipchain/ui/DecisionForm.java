package com.chipchain.ui;

import com.chipchain.play.DecisionInput;
import com.chipchain.play.FieldRef;
import com.chipchain.play.PlayException;
import com.chipchain.play.SeatScreen;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The decision form of one seat for one turn: a text field per number (read strictly by
 * {@link DecisionEntry}), a "US-made only" box per order where it applies, and the shipping
 * priority. Every refusal, typed or from the server, is shown at its field and in one line above
 * the buttons, never as a pop-up over the page.
 */
class DecisionForm extends Div {

    private DecisionEntry entry;
    private final Map<FieldRef, TextField> fields = new LinkedHashMap<>();
    private final Map<FieldRef, Checkbox> usOnly = new LinkedHashMap<>();
    private final Select<String> shipFirst;
    private final Paragraph refusal = new Paragraph();
    private final H3 title = new H3();
    private final boolean opening;

    DecisionForm(SeatScreen screen) {
        SeatScreen.Form form = screen.form();
        entry = new DecisionEntry(form);
        setId("decision-form");
        addClassName("panel");
        addClassName("decision-form");
        opening = screen.openingTurn();
        title.setText(getTranslation("form.title", screen.turnLabel()));
        add(title);
        if (screen.openingTurn()) {
            Paragraph opening = new Paragraph(getTranslation("form.opening-turn"));
            opening.setId("opening-turn");
            opening.addClassName("opening-note");
            add(opening);
        }
        String unit = Texts.unit(screen.moneyUnit(), getLocale());
        for (SeatScreen.OrderField order : form.orders()) {
            FieldRef ref = FieldRef.order(order.product(), order.site());
            TextField field = field(ref, getTranslation("form.order", Texts.of(order.productName()), Texts.of(order.siteName())));
            Checkbox box = new Checkbox(getTranslation("form.us-only"), order.usOnly());
            box.setId("us-only-" + order.product() + "-" + order.site());
            box.setVisible(order.usOnlyPossible());
            usOnly.put(ref, box);
            Div line = new Div(field, box);
            line.addClassName("form-row");
            add(line);
        }
        for (SeatScreen.SiteField site : form.production()) {
            TextField field = field(FieldRef.production(site.site()), getTranslation("form.produce", Texts.of(site.siteName())));
            field.setHelperText(getTranslation("form.capacity-now", site.note()));
            add(field);
        }
        for (SeatScreen.SiteField site : form.investment()) {
            TextField field = field(FieldRef.build(site.site()), getTranslation("form.build", Texts.of(site.siteName())));
            if (site.max() <= 0) {
                field.setEnabled(false);
                field.setHelperText(getTranslation("form.build-later", site.note()));
            } else {
                field.setHelperText(getTranslation("form.build-help", site.note(), unit, Texts.number(site.max())));
            }
            add(field);
        }
        if (form.price() != null) {
            TextField price = field(FieldRef.price(), getTranslation("form.price", unit));
            price.setHelperText(getTranslation("form.range", Texts.money(form.price().min()), Texts.money(form.price().max())));
            add(price);
        }
        for (SeatScreen.FundField fund : form.fund()) {
            add(field(FieldRef.fund(fund.partner()), getTranslation("form.fund", Texts.of(fund.partnerName()), unit)));
        }
        if (form.otherSales() != null) {
            SeatScreen.OtherSalesField others = form.otherSales();
            TextField field = field(FieldRef.otherSales(), getTranslation("form.other-sales"));
            field.setHelperText(getTranslation("form.other-sales-help", Texts.number(others.lastDemand()), Texts.money(others.price())));
            add(field);
        }
        for (SeatScreen.FundField prepay : form.prepayments()) {
            TextField field = field(FieldRef.prepay(prepay.partner()), getTranslation("form.prepay", Texts.of(prepay.partnerName()), unit));
            field.setHelperText(getTranslation("form.prepay-help", Texts.money(prepay.held())));
            add(field);
        }
        shipFirst = form.shipFirst() == null ? null : shipFirstSelect(form.shipFirst());
        if (shipFirst != null) {
            add(shipFirst);
        }
        refusal.setId("form-refusal");
        refusal.addClassName("form-refusal");
        refusal.setVisible(false);
        add(refusal);
    }

    private TextField field(FieldRef ref, String label) {
        DecisionEntry.Spec spec = entry.spec(ref);
        TextField field = new TextField(label);
        field.setId(ref.domId());
        field.setValue(spec.initial());
        field.addClassName(spec.money() ? "money-field" : "quantity-field");
        // a phone shows its number keyboard; the server still reads the text strictly
        field.getElement().setAttribute("inputmode", spec.money() ? "decimal" : "numeric");
        field.setAutoselect(true);
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                showCheck(ref, entry.check(ref, e.getValue()));
            }
        });
        fields.put(ref, field);
        return field;
    }

    private Select<String> shipFirstSelect(String current) {
        Select<String> select = new Select<>();
        select.setId("ship-first");
        select.setLabel(getTranslation("form.ship-first"));
        select.setItems("oldest", "us-first", "abroad-first");
        select.setItemLabelGenerator(id -> getTranslation("form.ship-first." + id));
        select.setValue(current);
        select.setHelperText(getTranslation("form.ship-first-help"));
        return select;
    }

    /** The decision typed, or null after marking every field that does not hold a number it accepts. */
    DecisionInput read() {
        clearRefusals();
        DecisionEntry.Reading reading = entry.read(ref -> fields.get(ref).getValue(),
                ref -> usOnly.containsKey(ref) && usOnly.get(ref).getValue(), shipFirst == null ? null : shipFirst.getValue());
        if (reading.ok()) {
            return reading.input();
        }
        reading.refused().forEach(this::showCheck);
        say(getTranslation("form.fix-fields", reading.refused().size()));
        return null;
    }

    private void showCheck(FieldRef ref, NumberEntry.Result result) {
        TextField field = fields.get(ref);
        if (result.ok()) {
            field.setInvalid(false);
        } else {
            field.setErrorMessage(getTranslation(result.refusalKey(), result.args().toArray()));
            field.setInvalid(true);
        }
    }

    /** Shows why the server refused the decision: each problem at its field, the first one also above the buttons. */
    void showRefusal(PlayException e) {
        List<PlayException.Problem> problems = e.problems();
        for (PlayException.Problem problem : problems) {
            TextField field = problem.ref() == null ? null : fields.get(problem.ref());
            if (field != null) {
                field.setErrorMessage(Refusals.problem(this, problem));
                field.setInvalid(true);
            }
        }
        say(problems.isEmpty() ? Refusals.of(this, e) : Refusals.problem(this, problems.get(0)));
    }

    void say(String text) {
        refusal.setText(text);
        refusal.setVisible(true);
    }

    void clearRefusals() {
        fields.values().forEach(f -> f.setInvalid(false));
        refusal.setVisible(false);
    }

    /** Read-only while the seat may not change its decision (submitted, paused, an opening turn). */
    void setEditable(boolean editable) {
        fields.values().forEach(f -> f.setReadOnly(!editable));
        usOnly.values().forEach(f -> f.setReadOnly(!editable));
        if (shipFirst != null) {
            shipFirst.setReadOnly(!editable);
        }
    }

    /** The same fields in the same order, the same boxes and choices: this form can show {@code fresh} in place. */
    boolean sameFields(DecisionForm fresh) {
        return new java.util.ArrayList<>(fields.keySet()).equals(new java.util.ArrayList<>(fresh.fields.keySet()))
                && usOnly.keySet().equals(fresh.usOnly.keySet()) && opening == fresh.opening
                && (shipFirst == null) == (fresh.shipFirst == null);
    }

    /**
     * Takes the title, labels, notes, values and states of a form drawn for the new turn but never shown:
     * only what differs reaches the browser, instead of a new form on every turn (docs/performance.md).
     */
    void takeFrom(DecisionForm fresh) {
        entry = fresh.entry;
        title.setText(fresh.title.getText());
        fields.forEach((ref, field) -> {
            TextField next = fresh.fields.get(ref);
            field.setLabel(next.getLabel());
            field.setHelperText(next.getHelperText());
            field.setEnabled(next.isEnabled());
            field.setValue(next.getValue());
        });
        usOnly.forEach((ref, box) -> {
            Checkbox next = fresh.usOnly.get(ref);
            box.setValue(next.getValue());
            box.setVisible(next.isVisible());
        });
        if (shipFirst != null) {
            shipFirst.setValue(fresh.shipFirst.getValue());
        }
        clearRefusals();
    }

    Component field(FieldRef ref) {
        return fields.get(ref);
    }
}
