package com.chipchain.ui;

import com.chipchain.play.DecisionInput;
import com.chipchain.play.PlayException;
import com.chipchain.play.ScreenService;
import com.chipchain.play.SeatScreen;
import com.chipchain.play.SessionBroadcaster;
import com.chipchain.play.SessionService;
import com.chipchain.play.SessionStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The player console of one seat: briefing, books by site, news and tariffs, the decision form
 * with a cost preview, who has submitted, the turn clock, and charts of the seat's history.
 * The seat token in the address is the team's key; it is also kept in the browser for rejoining.
 */
@Route(value = "seat/:token", layout = MainLayout.class)
@AnonymousAllowed
public class PlayerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ScreenService screens;
    private final SessionService sessions;
    private final com.chipchain.play.DebriefService debriefs;
    private final SessionBroadcaster broadcaster;

    private String token;
    private SeatScreen screen;
    private int shownTurn = -1;
    private SessionStatus shownStatus;

    private final H2 title = new H2();
    private final Span turnLabel = new Span();
    private final Span statusBadge = new Span();
    private final TurnClockDisplay clock = new TurnClockDisplay();
    private final Div messages = new Div();
    private final Div chainStatus = new Div();
    private final Div body = new Div();
    private final Div formArea = new Div();
    private final Div previewArea = new Div();
    private final Button previewButton = new Button();
    private final Button submitButton = new Button();
    private final Span submitState = new Span();

    /** Form inputs in the order the decision input lists them, so a refused field can be marked. */
    private final List<IntegerField> orderFields = new ArrayList<>();
    private final List<Checkbox> usOnlyBoxes = new ArrayList<>();
    private final List<IntegerField> productionFields = new ArrayList<>();
    private final List<IntegerField> investmentFields = new ArrayList<>();
    private final List<BigDecimalField> fundFields = new ArrayList<>();
    private BigDecimalField priceField;
    private IntegerField otherSalesField;
    private com.vaadin.flow.component.select.Select<String> shipFirstField;
    private final List<BigDecimalField> prepayFields = new ArrayList<>();

    public PlayerView(ScreenService screens, SessionService sessions, SessionBroadcaster broadcaster,
                      com.chipchain.play.DebriefService debriefs) {
        this.screens = screens;
        this.sessions = sessions;
        this.debriefs = debriefs;
        this.broadcaster = broadcaster;
        setId("player");
        addClassName("player-view");
        configureHeader();
        configureButtons();
        add(header(), messages, body);
        // a heartbeat every tick: the facilitator sees the seat as connected while this screen is open
        new LiveSession(this, broadcaster, () -> screen == null ? null : screen.sessionId(), this::refresh, this::heartbeat);
    }

    private void heartbeat() {
        try {
            sessions.heartbeat(token);
        } catch (PlayException e) {
            // the seat is gone: nothing to keep alive
        }
    }

    private Component header() {
        title.addClassName("seat-title");
        turnLabel.setId("turn-label");
        turnLabel.addClassName("turn-label");
        statusBadge.setId("game-status");
        statusBadge.getElement().getThemeList().add("badge");
        clock.setId("turn-clock");
        HorizontalLayout bar = new HorizontalLayout(title, turnLabel, statusBadge, clock);
        bar.setAlignItems(Alignment.BASELINE);
        bar.setWidthFull();
        bar.addClassName("seat-header");
        return bar;
    }

    private void configureHeader() {
        messages.setId("messages");
        messages.addClassName("broadcasts");
        chainStatus.setId("chain-status");
        chainStatus.addClassName("chain-status");
    }

    private void configureButtons() {
        previewButton.setText(getTranslation("form.preview"));
        previewButton.setId("preview");
        previewButton.addClickListener(e -> preview());
        submitButton.setText(getTranslation("form.submit"));
        submitButton.setId("submit");
        submitButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submitButton.addClickListener(e -> submit());
        submitButton.setDisableOnClick(true);
        submitState.setId("submit-state");
        previewArea.setId("preview-area");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        try {
            screen = screens.seat(token);
        } catch (PlayException e) {
            body.removeAll();
            messages.removeAll();
            title.setText(getTranslation("player.unknown-seat"));
            body.add(new Paragraph(e.getMessage()), new RouterLink(getTranslation("player.back-home"), HomeView.class));
            screen = null;
            return;
        }
        getElement().executeJs("localStorage.setItem('chipchain.seat', $0)", token);
        heartbeat();
        render(true);
    }

    private void refresh() {
        try {
            screen = screens.seat(token);
        } catch (PlayException e) {
            return;
        }
        render(screen.turn() != shownTurn || screen.status() != shownStatus);
    }

    /** Redraws the status parts every time, and the books, news, charts and form only when the turn or status changed. */
    private void render(boolean everything) {
        title.setText(getTranslation("player.title", screen.teamName(), Texts.of(screen.roleName()), screen.chain() + 1));
        turnLabel.setText(screen.status() == SessionStatus.FINISHED ? getTranslation("player.final")
                : getTranslation("player.turn", screen.turnLabel(), screen.turn(), screen.turnCount()));
        statusBadge.setText(getTranslation("status." + screen.status().name().toLowerCase()));
        clock.show(screen.status() == SessionStatus.RUNNING ? screen.deadline() : null, "");
        renderMessages();
        renderChainStatus();
        if (everything) {
            shownTurn = screen.turn();
            shownStatus = screen.status();
            body.removeAll();
            body.add(columns());
        }
        renderSubmitState();
    }

    private void renderMessages() {
        messages.removeAll();
        List<String> all = screen.messages();
        if (!all.isEmpty()) {
            Span latest = new Span(getTranslation("player.message", all.get(all.size() - 1)));
            latest.getElement().getThemeList().add("badge contrast");
            messages.add(latest);
        }
    }

    private void renderChainStatus() {
        chainStatus.removeAll();
        chainStatus.add(new H3(getTranslation("player.who-submitted")));
        UnorderedList list = new UnorderedList();
        for (SeatScreen.ChainSeat seat : screen.chainSeats()) {
            String who = seat.bot() ? getTranslation("player.bot") : seat.teamName();
            Span state = new Span(getTranslation(seat.bot() ? "console.state.bot"
                    : seat.submitted() ? "console.state.submitted" : "console.state.waiting"));
            state.getElement().getThemeList().add(seat.submitted() ? "badge success" : "badge contrast");
            ListItem item = new ListItem(state, new Span(" " + Texts.of(seat.roleName()) + " — " + who));
            item.addClassName(seat.submitted() ? "submitted" : "waiting");
            item.getElement().setAttribute("data-role", seat.roleId());
            list.add(item);
        }
        chainStatus.add(list, new Paragraph(getTranslation("player.teams-in", screen.teamsSubmitted(), screen.teamsTotal())));
    }

    private void renderSubmitState() {
        boolean open = screen.status() == SessionStatus.RUNNING && !screen.submitted();
        submitButton.setEnabled(open);
        submitButton.setText(getTranslation(screen.openingTurn() ? "form.confirm" : "form.submit"));
        previewButton.setEnabled(screen.status() != SessionStatus.FINISHED);
        setFormEnabled(open && !screen.openingTurn());
        submitState.setText(screen.status() == SessionStatus.FINISHED ? ""
                : screen.submitted() ? getTranslation("form.submitted")
                : screen.status() == SessionStatus.RUNNING ? "" : getTranslation("status." + screen.status().name().toLowerCase()));
    }

    private Component columns() {
        FlexLayout columns = new FlexLayout();
        columns.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        columns.addClassName("player-columns");
        Div left = new Div(briefing(), books(), lastTurn(), newsAndTariffs());
        left.addClassName("player-column");
        Div right = new Div();
        right.addClassName("player-column");
        if (screen.status() == SessionStatus.FINISHED) {
            right.add(new OutcomePanel(debriefs.soloOutcome(token), token), new H3(getTranslation("player.final")),
                    LeaderboardGrid.of(screen.leaderboard(), screen.chain()));
        } else {
            right.add(decisionForm(), chainStatus);
        }
        Div charts = charts();
        columns.add(left, right, charts);
        return columns;
    }

    private Component briefing() {
        Div box = new Div(new H3(getTranslation("player.briefing")), new Paragraph(Texts.of(screen.briefing())));
        box.setId("briefing");
        box.addClassName("panel");
        return box;
    }

    private Component books() {
        Div box = new Div(new H3(getTranslation("player.books")));
        box.setId("books");
        box.addClassName("panel");
        Paragraph summary = new Paragraph(getTranslation("player.summary", Texts.money(screen.cash()), screen.moneyUnit(),
                Texts.number(screen.backlog()), Texts.number(screen.demandLastTurn())));
        summary.setId("books-summary");
        Grid<SeatScreen.SiteBook> grid = new Grid<>();
        grid.setId("sites");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT,
                com.vaadin.flow.component.grid.GridVariant.LUMO_COMPACT);
        grid.addColumn(s -> Texts.of(s.name()) + " (" + s.country() + ")").setHeader(getTranslation("books.site")).setFlexGrow(2);
        grid.addColumn(s -> s.inventory().isEmpty() ? "0" : s.inventory().entrySet().stream()
                .map(e -> e.getKey() + " " + Texts.number(e.getValue())).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("books.stock")).setFlexGrow(2);
        grid.addColumn(s -> s.usableCapacity() == s.capacity() ? Texts.number(s.capacity())
                : Texts.number(s.usableCapacity()) + " / " + Texts.number(s.capacity())).setHeader(getTranslation("books.capacity"));
        grid.addColumn(s -> Texts.number(s.inProduction())).setHeader(getTranslation("books.in-production"));
        grid.addColumn(s -> Texts.number(s.incoming())).setHeader(getTranslation("books.incoming"));
        grid.addColumn(s -> Texts.number(s.building())).setHeader(getTranslation("books.building"));
        grid.setItems(screen.sites());
        box.add(summary, grid);
        return box;
    }

    private Component lastTurn() {
        Div box = new Div(new H3(getTranslation("player.last-turn")));
        box.setId("last-turn");
        box.addClassName("panel");
        SeatScreen.Preview p = screen.lastTurn();
        if (p == null) {
            box.add(new Paragraph(getTranslation("player.no-history")));
        } else {
            box.add(money(p));
        }
        return box;
    }

    private Component money(SeatScreen.Preview p) {
        return new UnorderedList(
                new ListItem(getTranslation("preview.revenue", Texts.money(p.revenue()))),
                new ListItem(getTranslation("preview.purchases", Texts.money(p.purchases()))),
                new ListItem(getTranslation("preview.production", Texts.money(p.production()))),
                new ListItem(getTranslation("preview.tariffs", Texts.money(p.tariffs()))),
                new ListItem(getTranslation("preview.capex", Texts.money(p.capex()), Texts.money(p.subsidy()))),
                new ListItem(getTranslation("preview.holding", Texts.money(p.holding()), Texts.money(p.backlog()))),
                new ListItem(getTranslation("preview.other", Texts.money(p.otherPayments()))),
                new ListItem(getTranslation("preview.cash", Texts.money(p.cashChange()))));
    }

    private Component newsAndTariffs() {
        Div box = new Div(new H3(getTranslation("player.news")));
        box.setId("news");
        box.addClassName("panel");
        if (screen.news().isEmpty()) {
            box.add(new Paragraph(getTranslation("player.no-news")));
        } else {
            UnorderedList list = new UnorderedList();
            screen.news().forEach(n -> list.add(new ListItem(Texts.of(n))));
            box.add(list);
        }
        box.add(new H3(getTranslation("player.tariffs")));
        Grid<SeatScreen.TariffRow> tariffs = new Grid<>();
        tariffs.setId("tariffs");
        tariffs.setAllRowsVisible(true);
        tariffs.addColumn(t -> Texts.of(t.product())).setHeader(getTranslation("tariffs.product"));
        tariffs.addColumn(SeatScreen.TariffRow::origin).setHeader(getTranslation("tariffs.origin"));
        tariffs.addColumn(t -> t.percent().stripTrailingZeros().toPlainString() + " %").setHeader(getTranslation("tariffs.rate"));
        tariffs.setItems(screen.tariffs());
        box.add(tariffs);
        return box;
    }

    private Component decisionForm() {
        orderFields.clear();
        usOnlyBoxes.clear();
        productionFields.clear();
        investmentFields.clear();
        fundFields.clear();
        prepayFields.clear();
        priceField = null;
        otherSalesField = null;
        shipFirstField = null;
        formArea.removeAll();
        formArea.setId("decision-form");
        formArea.addClassName("panel");
        formArea.add(new H3(getTranslation("form.title", screen.turnLabel())));
        if (screen.openingTurn()) {
            Paragraph opening = new Paragraph(getTranslation("form.opening-turn"));
            opening.setId("opening-turn");
            opening.addClassName("opening-note");
            formArea.add(opening);
        }
        SeatScreen.Form form = screen.form();
        for (SeatScreen.OrderField order : form.orders()) {
            IntegerField field = quantityField("order-" + order.product() + "-" + order.site(),
                    getTranslation("form.order", Texts.of(order.productName()), Texts.of(order.siteName())),
                    order.quantity(), form.maxQuantity());
            orderFields.add(field);
            Checkbox usOnly = new Checkbox(getTranslation("form.us-only"), order.usOnly());
            usOnly.setId("us-only-" + order.product() + "-" + order.site());
            usOnly.setVisible(order.usOnlyPossible());
            usOnlyBoxes.add(usOnly);
            Div line = new Div(field, usOnly);
            line.addClassName("form-row");
            formArea.add(line);
        }
        for (SeatScreen.SiteField site : form.production()) {
            IntegerField field = quantityField("production-" + site.site(),
                    getTranslation("form.produce", Texts.of(site.siteName())), site.quantity(), site.max());
            field.setHelperText(getTranslation("form.capacity-now", site.note()));
            productionFields.add(field);
            formArea.add(field);
        }
        for (SeatScreen.SiteField site : form.investment()) {
            IntegerField field = quantityField("build-" + site.site(),
                    getTranslation("form.build", Texts.of(site.siteName())), 0, Math.max(0, site.max()));
            if (site.max() <= 0) {
                field.setEnabled(false);
                field.setHelperText(getTranslation("form.build-later", site.note()));
            } else {
                field.setHelperText(getTranslation("form.build-help", site.note(), screen.moneyUnit(), site.max()));
            }
            investmentFields.add(field);
            formArea.add(field);
        }
        if (form.price() != null) {
            priceField = new BigDecimalField(getTranslation("form.price", screen.moneyUnit()));
            priceField.setId("price");
            priceField.addClassName("money-field");
            priceField.setValue(form.price().price());
            priceField.setHelperText(getTranslation("form.range", Texts.money(form.price().min()), Texts.money(form.price().max())));
            formArea.add(priceField);
        }
        for (SeatScreen.FundField fund : form.fund()) {
            BigDecimalField field = moneyField("fund-" + fund.partner(),
                    getTranslation("form.fund", Texts.of(fund.partnerName()), screen.moneyUnit()), fund.amount());
            fundFields.add(field);
            formArea.add(field);
        }
        if (form.otherSales() != null) {
            SeatScreen.OtherSalesField others = form.otherSales();
            otherSalesField = quantityField("other-sales", getTranslation("form.other-sales"), others.quantity(), form.maxQuantity());
            otherSalesField.setHelperText(getTranslation("form.other-sales-help", others.lastDemand(), Texts.money(others.price())));
            formArea.add(otherSalesField);
        }
        for (SeatScreen.FundField prepay : form.prepayments()) {
            BigDecimalField field = moneyField("prepay-" + prepay.partner(),
                    getTranslation("form.prepay", Texts.of(prepay.partnerName()), screen.moneyUnit()), prepay.amount());
            field.setHelperText(getTranslation("form.prepay-help", Texts.money(prepay.held())));
            prepayFields.add(field);
            formArea.add(field);
        }
        if (form.shipFirst() != null) {
            shipFirstField = new com.vaadin.flow.component.select.Select<>();
            shipFirstField.setId("ship-first");
            shipFirstField.setLabel(getTranslation("form.ship-first"));
            shipFirstField.setItems("oldest", "us-first", "abroad-first");
            shipFirstField.setItemLabelGenerator(id -> getTranslation("form.ship-first." + id));
            shipFirstField.setValue(form.shipFirst());
            shipFirstField.setHelperText(getTranslation("form.ship-first-help"));
            formArea.add(shipFirstField);
        }
        HorizontalLayout buttons = new HorizontalLayout(previewButton, submitButton, submitState);
        buttons.setAlignItems(Alignment.BASELINE);
        formArea.add(buttons, previewArea);
        previewArea.removeAll();
        return formArea;
    }

    private static BigDecimalField moneyField(String id, String label, java.math.BigDecimal value) {
        BigDecimalField field = new BigDecimalField(label);
        field.setId(id);
        field.addClassName("money-field");
        field.setValue(value);
        return field;
    }

    private IntegerField quantityField(String id, String label, long value, long max) {
        IntegerField field = new IntegerField(label);
        field.setId(id);
        field.setMin(0);
        field.setMax((int) Math.min(Integer.MAX_VALUE, max));
        field.setValue((int) value);
        field.setStepButtonsVisible(false);
        field.setI18n(new IntegerField.IntegerFieldI18n()
                .setBadInputErrorMessage(getTranslation("form.whole-number", max))
                .setMinErrorMessage(getTranslation("form.whole-number", max))
                .setMaxErrorMessage(getTranslation("form.whole-number", max)));
        field.addClassName("quantity-field");
        return field;
    }

    private void setFormEnabled(boolean enabled) {
        orderFields.forEach(f -> f.setReadOnly(!enabled));
        usOnlyBoxes.forEach(f -> f.setReadOnly(!enabled));
        productionFields.forEach(f -> f.setReadOnly(!enabled));
        investmentFields.forEach(f -> f.setReadOnly(!enabled));
        fundFields.forEach(f -> f.setReadOnly(!enabled));
        prepayFields.forEach(f -> f.setReadOnly(!enabled));
        if (priceField != null) {
            priceField.setReadOnly(!enabled);
        }
        if (otherSalesField != null) {
            otherSalesField.setReadOnly(!enabled);
        }
        if (shipFirstField != null) {
            shipFirstField.setReadOnly(!enabled);
        }
    }

    /** The form as a decision, or null after marking every field that is not a number. */
    private DecisionInput readForm() {
        clearErrors();
        boolean ok = true;
        List<DecisionInput.Order> orders = new ArrayList<>();
        SeatScreen.Form form = screen.form();
        for (int i = 0; i < form.orders().size(); i++) {
            Integer value = value(orderFields.get(i), form.maxQuantity());
            ok &= value != null;
            orders.add(new DecisionInput.Order(form.orders().get(i).product(), form.orders().get(i).site(),
                    value == null ? 0 : value, usOnlyBoxes.get(i).getValue()));
        }
        List<DecisionInput.SiteQuantity> production = new ArrayList<>();
        for (int i = 0; i < form.production().size(); i++) {
            Integer value = value(productionFields.get(i), form.production().get(i).max());
            ok &= value != null;
            production.add(new DecisionInput.SiteQuantity(form.production().get(i).site(), value == null ? 0 : value));
        }
        List<DecisionInput.SiteQuantity> investment = new ArrayList<>();
        for (int i = 0; i < form.investment().size(); i++) {
            Integer value = value(investmentFields.get(i), Math.max(0, form.investment().get(i).max()));
            ok &= value != null;
            investment.add(new DecisionInput.SiteQuantity(form.investment().get(i).site(), value == null ? 0 : value));
        }
        List<DecisionInput.Fund> fund = new ArrayList<>();
        for (int i = 0; i < form.fund().size(); i++) {
            BigDecimal amount = fundFields.get(i).getValue();
            fund.add(new DecisionInput.Fund(form.fund().get(i).partner(), amount == null ? BigDecimal.ZERO : amount));
        }
        BigDecimal price = priceField == null ? null : priceField.getValue();
        if (priceField != null && price == null) {
            mark(priceField, getTranslation("form.range", Texts.money(form.price().min()), Texts.money(form.price().max())));
            ok = false;
        }
        long otherSales = 0;
        if (otherSalesField != null) {
            Integer value = value(otherSalesField, form.maxQuantity());
            ok &= value != null;
            otherSales = value == null ? 0 : value;
        }
        List<DecisionInput.Fund> prepayments = new ArrayList<>();
        for (int i = 0; i < form.prepayments().size(); i++) {
            BigDecimal amount = prepayFields.get(i).getValue();
            if (amount != null && amount.signum() > 0) {
                prepayments.add(new DecisionInput.Fund(form.prepayments().get(i).partner(), amount));
            }
        }
        String shipFirst = shipFirstField == null ? null : shipFirstField.getValue();
        return ok ? new DecisionInput(orders, production, investment, price, fund, otherSales, prepayments, shipFirst) : null;
    }

    private Integer value(IntegerField field, long max) {
        Integer value = field.getValue();
        if (value == null || field.isInvalid() || value < 0 || value > max) {
            mark(field, getTranslation("form.whole-number", max));
            return null;
        }
        return value;
    }

    private void preview() {
        DecisionInput input = readForm();
        if (input == null) {
            return;
        }
        try {
            SeatScreen.Preview p = sessions.preview(token, input);
            previewArea.removeAll();
            previewArea.add(new H3(getTranslation("preview.title")), money(p), new Paragraph(getTranslation("preview.note")));
        } catch (PlayException e) {
            showRefusal(e);
        }
    }

    private void submit() {
        DecisionInput input = readForm();
        if (input == null) {
            submitButton.setEnabled(true);
            return;
        }
        try {
            sessions.submit(token, screen.turn(), input);
            refresh();
        } catch (PlayException e) {
            showRefusal(e);
            refresh();
            submitButton.setEnabled(screen.status() == SessionStatus.RUNNING && !screen.submitted());
        }
    }

    /** Shows why an action was refused, marking each named field of the form. */
    private void showRefusal(PlayException e) {
        for (PlayException.Problem problem : e.problems()) {
            Component field = fieldFor(problem.field());
            if (field instanceof HasValidation validated) {
                mark(validated, problem.message());
            }
        }
        Notification note = Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE);
        note.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private Component fieldFor(String path) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\w+)\\[(\\d+)]").matcher(path);
        if (path.startsWith("price")) {
            return priceField;
        }
        if (path.startsWith("otherSales")) {
            return otherSalesField;
        }
        if (path.equals("prepayments") && !prepayFields.isEmpty()) {
            return prepayFields.get(0);
        }
        if (!m.find()) {
            return null;
        }
        int index = Integer.parseInt(m.group(2));
        List<? extends Component> fields = switch (m.group(1)) {
            case "orders" -> orderFields;
            case "production" -> productionFields;
            case "investment" -> investmentFields;
            case "partnerFund" -> fundFields;
            case "prepayments" -> prepayFields;
            default -> List.of();
        };
        return index < fields.size() ? fields.get(index) : null;
    }

    private void mark(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void clearErrors() {
        List<HasValidation> all = new ArrayList<>();
        all.addAll(orderFields);
        all.addAll(productionFields);
        all.addAll(investmentFields);
        all.addAll(fundFields);
        all.addAll(prepayFields);
        if (priceField != null) {
            all.add(priceField);
        }
        if (otherSalesField != null) {
            all.add(otherSalesField);
        }
        all.forEach(f -> f.setInvalid(false));
    }

    private Div charts() {
        Div box = new Div(new H3(getTranslation("player.charts")));
        box.setId("charts");
        box.addClassName("panel");
        box.addClassName("charts");
        SeatScreen.History h = screen.history();
        if (h.labels().isEmpty()) {
            box.add(new Paragraph(getTranslation("player.no-history")));
            return box;
        }
        LineChart orders = new LineChart();
        orders.setId("chart-orders");
        List<LineChart.Series> orderLines = new ArrayList<>(List.of(
                new LineChart.Series(getTranslation("chart.orders"), h.ordersPlaced(), "#1676f3"),
                new LineChart.Series(getTranslation("chart.demand"), h.demandReceived(), "#e8590c")));
        if (!h.endDemand().isEmpty()) {
            orderLines.add(new LineChart.Series(getTranslation("chart.end-demand"), h.endDemand(), "#868e96"));
        }
        orders.show(h.labels(), orderLines, getTranslation("chart.units"));
        LineChart stock = new LineChart();
        stock.setId("chart-stock");
        stock.show(h.labels(), List.of(
                new LineChart.Series(getTranslation("chart.inventory"), h.inventory(), "#2b8a3e"),
                new LineChart.Series(getTranslation("chart.backlog"), h.backlog(), "#c92a2a")), getTranslation("chart.units"));
        LineChart cash = new LineChart();
        cash.setId("chart-cash");
        cash.show(h.labels(), List.of(new LineChart.Series(getTranslation("chart.cash"), h.cash(), "#5f3dc4")), screen.moneyUnit());
        box.add(new Span(getTranslation("chart.orders-title")), orders, new Span(getTranslation("chart.stock-title")), stock,
                new Span(getTranslation("chart.cash-title")), cash);
        return box;
    }

    @Override
    public String getPageTitle() {
        return screen == null ? getTranslation("app.name") : getTranslation("player.page-title", Texts.of(screen.roleName()));
    }
}
