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
import java.util.ArrayList;
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

    /** What one number field shows for a turn; an order's field has its "US-made only" box. */
    private record FieldLook(FieldRef ref, String label, String helper, boolean enabled, Box box) {}

    /** An order's "US-made only" box: ticked, and shown only where the scenario allows it. */
    private record Box(String id, boolean ticked, boolean visible) {}

    /** The form of one turn as plain values: what is drawn the first time, and what a kept form takes in place later. */
    private record Look(String title, boolean opening, List<FieldLook> fields, String shipFirst) {
        List<Object> shape() {
            List<Object> shape = new ArrayList<>();
            shape.add(opening);
            shape.add(shipFirst == null);
            fields.forEach(f -> shape.add(f.box() == null ? f.ref() : List.of(f.ref(), f.box().id())));
            return shape;
        }
    }

    private DecisionEntry entry;
    private final Map<FieldRef, TextField> fields = new LinkedHashMap<>();
    private final Map<FieldRef, Checkbox> usOnly = new LinkedHashMap<>();
    private final Select<String> shipFirst;
    private final Paragraph refusal = new Paragraph();
    private final H3 title = new H3();
    private Look shown;

    DecisionForm(SeatScreen screen) {
        entry = new DecisionEntry(screen.form());
        setId("decision-form");
        addClassName("panel");
        addClassName("decision-form");
        Look look = describe(screen);
        title.setText(look.title());
        add(title);
        if (look.opening()) {
            Paragraph opening = new Paragraph(getTranslation("form.opening-turn"));
            opening.setId("opening-turn");
            opening.addClassName("opening-note");
            add(opening);
        }
        for (FieldLook f : look.fields()) {
            TextField field = field(f);
            if (f.box() == null) {
                add(field);
                continue;
            }
            Checkbox box = new Checkbox(getTranslation("form.us-only"), f.box().ticked());
            box.setId(f.box().id());
            box.setVisible(f.box().visible());
            usOnly.put(f.ref(), box);
            Div line = new Div(field, box);
            line.addClassName("form-row");
            add(line);
        }
        shipFirst = look.shipFirst() == null ? null : shipFirstSelect(look.shipFirst());
        if (shipFirst != null) {
            add(shipFirst);
        }
        refusal.setId("form-refusal");
        refusal.addClassName("form-refusal");
        refusal.setVisible(false);
        add(refusal);
        shown = look;
    }

    /** Every text of the form for this turn, in the viewer's language, without building a component. */
    private Look describe(SeatScreen screen) {
        SeatScreen.Form form = screen.form();
        String unit = Texts.unit(screen.moneyUnit(), getLocale());
        List<FieldLook> looks = new ArrayList<>();
        for (SeatScreen.OrderField order : form.orders()) {
            looks.add(new FieldLook(FieldRef.order(order.product(), order.site()),
                    getTranslation("form.order", Texts.of(order.productName()), Texts.of(order.siteName())), "", true,
                    new Box("us-only-" + order.product() + "-" + order.site(), order.usOnly(), order.usOnlyPossible())));
        }
        for (SeatScreen.SiteField site : form.production()) {
            looks.add(new FieldLook(FieldRef.production(site.site()), getTranslation("form.produce", Texts.of(site.siteName())),
                    getTranslation("form.capacity-now", site.note()), true, null));
        }
        for (SeatScreen.SiteField site : form.investment()) {
            looks.add(new FieldLook(FieldRef.build(site.site()), getTranslation("form.build", Texts.of(site.siteName())),
                    site.max() <= 0 ? getTranslation("form.build-later", site.note())
                            : getTranslation("form.build-help", site.note(), unit, Texts.number(site.max())), site.max() > 0, null));
        }
        if (form.price() != null) {
            looks.add(new FieldLook(FieldRef.price(), getTranslation("form.price", unit),
                    getTranslation("form.range", Texts.money(form.price().min()), Texts.money(form.price().max())), true, null));
        }
        for (SeatScreen.FundField fund : form.fund()) {
            looks.add(new FieldLook(FieldRef.fund(fund.partner()), getTranslation("form.fund", Texts.of(fund.partnerName()), unit), "", true, null));
        }
        if (form.otherSales() != null) {
            SeatScreen.OtherSalesField others = form.otherSales();
            looks.add(new FieldLook(FieldRef.otherSales(), getTranslation("form.other-sales"),
                    getTranslation("form.other-sales-help", Texts.number(others.lastDemand()), Texts.money(others.price())), true, null));
        }
        for (SeatScreen.FundField prepay : form.prepayments()) {
            looks.add(new FieldLook(FieldRef.prepay(prepay.partner()), getTranslation("form.prepay", Texts.of(prepay.partnerName()), unit),
                    getTranslation("form.prepay-help", Texts.money(prepay.held())), true, null));
        }
        return new Look(getTranslation("form.title", screen.turnLabel()), screen.openingTurn(), looks, form.shipFirst());
    }

    private TextField field(FieldLook look) {
        FieldRef ref = look.ref();
        DecisionEntry.Spec spec = entry.spec(ref);
        TextField field = new TextField(look.label());
        field.setId(ref.domId());
        field.setValue(spec.initial());
        if (!look.helper().isEmpty()) {
            field.setHelperText(look.helper());
        }
        field.setEnabled(look.enabled());
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
        // only fields that show a refusal: each change of the mark is a call to the browser
        fields.values().stream().filter(TextField::isInvalid).forEach(f -> f.setInvalid(false));
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

    /**
     * Shows the new turn in this form when it has the same fields in the same order (the usual case):
     * the title, labels, notes, values and boxes are set in place and only what differs reaches the
     * browser, instead of a new form on every turn (docs/performance.md). False when the fields differ.
     */
    boolean refill(SeatScreen screen) {
        Look look = describe(screen);
        if (!look.shape().equals(shown.shape())) {
            return false;
        }
        entry = new DecisionEntry(screen.form());
        title.setText(look.title());
        for (FieldLook f : look.fields()) {
            TextField field = fields.get(f.ref());
            field.setLabel(f.label());
            field.setHelperText(f.helper().isEmpty() ? null : f.helper());
            field.setEnabled(f.enabled());
            field.setValue(entry.spec(f.ref()).initial());
            if (f.box() != null) {
                Checkbox box = usOnly.get(f.ref());
                box.setValue(f.box().ticked());
                box.setVisible(f.box().visible());
            }
        }
        if (shipFirst != null) {
            shipFirst.setValue(look.shipFirst());
        }
        clearRefusals();
        shown = look;
        return true;
    }

    Component field(FieldRef ref) {
        return fields.get(ref);
    }
}
