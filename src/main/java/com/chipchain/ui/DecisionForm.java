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

    /** A box of the contracts section: accepting an offer or ending a contract. */
    private record ContractBox(FieldRef ref, String label) {}

    /**
     * The form of one turn as plain values: what is drawn the first time, and what a kept form takes
     * in place later. The contracts section (title, lines, boxes) is part of the shape: when it
     * changes the form is drawn anew.
     */
    private record Look(String title, boolean opening, List<FieldLook> fields, String shipFirst, String contractsTitle,
                        List<String> contractLines, List<ContractBox> contractBoxes, List<String> offerHeadings) {
        List<Object> shape() {
            List<Object> shape = new ArrayList<>();
            shape.add(opening);
            shape.add(shipFirst == null);
            fields.forEach(f -> shape.add(f.box() == null ? f.ref() : List.of(f.ref(), f.box().id())));
            shape.add(String.valueOf(contractsTitle));
            shape.addAll(contractLines);
            shape.addAll(contractBoxes);
            shape.addAll(offerHeadings);
            return shape;
        }
    }

    private static boolean inContracts(FieldRef ref) {
        return ref.kind().name().startsWith("CONTRACT_");
    }

    private DecisionEntry entry;
    private final Map<FieldRef, TextField> fields = new LinkedHashMap<>();
    private final Map<FieldRef, Checkbox> usOnly = new LinkedHashMap<>();
    private final Map<FieldRef, Checkbox> contractBoxes = new LinkedHashMap<>();
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
            if (inContracts(f.ref())) {
                continue;
            }
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
        if (look.contractsTitle() != null) {
            addContracts(look);
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
        SeatScreen.ContractsField contracts = form.contracts() == null ? SeatScreen.ContractsField.NONE : form.contracts();
        List<String> lines = new ArrayList<>();
        List<ContractBox> boxes = new ArrayList<>();
        for (SeatScreen.ContractTerms offer : contracts.offersToMe()) {
            boxes.add(new ContractBox(FieldRef.contractAccept(offer.partner()), getTranslation("form.contract-accept",
                    Texts.of(offer.partnerName()), Texts.money(offer.premium()), Texts.number(offer.units()), offer.firstTurn(),
                    offer.lastTurn())));
        }
        for (SeatScreen.ContractTerms contract : contracts.running()) {
            lines.add(getTranslation(contract.buyer() ? "form.contract-running-buyer" : "form.contract-running-supplier",
                    Texts.of(contract.partnerName()), Texts.money(contract.premium()), Texts.number(contract.units()),
                    contract.lastTurn()));
            boxes.add(new ContractBox(FieldRef.contractEnd(contract.partner()),
                    getTranslation("form.contract-end", Texts.money(contract.breakFee()))));
        }
        for (SeatScreen.ContractTerms offer : contracts.myOffers()) {
            lines.add(getTranslation("form.contract-waiting", Texts.of(offer.partnerName()), Texts.money(offer.premium()),
                    Texts.number(offer.units())));
        }
        List<String> headings = new ArrayList<>();
        for (SeatScreen.OfferTarget target : contracts.offerTo()) {
            String supplier = target.supplier();
            headings.add(getTranslation("form.contract-offer-to", Texts.of(target.supplierName())));
            looks.add(new FieldLook(FieldRef.contractPremium(supplier), getTranslation("form.contract-premium", unit),
                    getTranslation("form.contract-premium-help", Texts.of(target.product()), Texts.money(target.value())), true, null));
            looks.add(new FieldLook(FieldRef.contractUnits(supplier), getTranslation("form.contract-units"), "", true, null));
            looks.add(new FieldLook(FieldRef.contractTurns(supplier), getTranslation("form.contract-turns"),
                    getTranslation("form.contract-turns-help", Texts.number(target.maxTurns())), true, null));
        }
        String contractsTitle = contracts.isEmpty() ? null : getTranslation("form.contracts");
        return new Look(getTranslation("form.title", screen.turnLabel()), screen.openingTurn(), looks, form.shipFirst(),
                contractsTitle, lines, boxes, headings);
    }

    /** The US supply contracts section: how it works in one line, offers to answer, contracts running, and offers to make. */
    private void addContracts(Look look) {
        Div section = new Div();
        section.setId("contracts");
        section.addClassName("contracts");
        section.add(new com.vaadin.flow.component.html.H4(look.contractsTitle()));
        Paragraph help = new Paragraph(getTranslation("form.contracts-help"));
        help.addClassName("form-note");
        section.add(help);
        for (String line : look.contractLines()) {
            Paragraph text = new Paragraph(line);
            text.addClassName("contract-line");
            section.add(text);
        }
        for (ContractBox box : look.contractBoxes()) {
            Checkbox checkbox = new Checkbox(box.label(), false);
            checkbox.setId(box.ref().domId());
            contractBoxes.put(box.ref(), checkbox);
            section.add(checkbox);
        }
        Div row = null;
        int offer = 0;
        for (FieldLook f : look.fields()) {
            if (!inContracts(f.ref())) {
                continue;
            }
            if (f.ref().kind() == FieldRef.Kind.CONTRACT_PREMIUM) {
                Paragraph heading = new Paragraph(look.offerHeadings().get(offer++));
                heading.addClassName("contract-offer-to");
                section.add(heading);
                row = new Div();
                row.addClassName("form-row");
                section.add(row);
            }
            if (row != null) {
                row.add(field(f));
            }
        }
        add(section);
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
                ref -> usOnly.containsKey(ref) ? usOnly.get(ref).getValue()
                        : contractBoxes.containsKey(ref) && contractBoxes.get(ref).getValue(),
                shipFirst == null ? null : shipFirst.getValue());
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
        contractBoxes.values().forEach(f -> f.setReadOnly(!editable));
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
        contractBoxes.values().forEach(box -> box.setValue(false));
        clearRefusals();
        shown = look;
        return true;
    }

    Component field(FieldRef ref) {
        return fields.get(ref);
    }
}
