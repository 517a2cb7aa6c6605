package com.chipchain.ui;

import com.chipchain.play.PlayException;
import com.chipchain.play.ScenarioFacts;
import com.chipchain.play.ScenarioChoices;
import com.chipchain.play.SeatTicket;
import com.chipchain.play.SeatDesk;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

/** The landing page: join a game with its code, rejoin your seat, practise alone, or log in as facilitator. */
@Route(value = "", layout = MainLayout.class)
@AnonymousAllowed
public class HomeView extends VerticalLayout implements HasDynamicTitle, com.vaadin.flow.router.BeforeEnterObserver {

    private final SeatDesk sessions;
    private final TextField code = new TextField();
    private final TextField team = new TextField();
    private final TextField pin = new TextField();
    private final com.vaadin.flow.component.select.Select<SeatDesk.OpenSeat> seat = new com.vaadin.flow.component.select.Select<>();
    private final Button join = new Button();
    private final Button rejoin = new Button();

    public HomeView(SeatDesk sessions, ScenarioChoices screens) {
        this.sessions = sessions;
        setId("home");
        FlexLayout entry = new FlexLayout(joinCard(), otherWaysCard());
        entry.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        entry.addClassName("home-entry");
        add(intro(), entry, new H2(getTranslation("home.scenarios")), scenarioList(screens));
        offerRejoin();
    }

    /** What the game is and how a class plays it, in three lines. */
    private Component intro() {
        Div intro = new Div(new Paragraph(getTranslation("home.what")), new Paragraph(getTranslation("home.who")),
                new Paragraph(getTranslation("home.how")));
        intro.setId("intro");
        intro.addClassName("home-intro");
        return intro;
    }

    private Component joinCard() {
        code.setLabel(getTranslation("join.code"));
        code.setId("join-code");
        code.setMaxLength(12);
        code.addClassName("code-field");
        team.setLabel(getTranslation("join.team"));
        team.setId("team-name");
        team.setMaxLength(40);
        pin.setLabel(getTranslation("join.pin"));
        pin.setId("rejoin-pin-field");
        pin.setMaxLength(8);
        pin.getElement().setAttribute("inputmode", "numeric");
        pin.setHelperText(getTranslation("join.pin-help"));
        pin.setVisible(false);
        seat.setLabel(getTranslation("join.seat"));
        seat.setId("seat-choice");
        seat.setEmptySelectionAllowed(true);
        seat.setEmptySelectionCaption(getTranslation("join.any-seat"));
        seat.setItemLabelGenerator(o -> o == null ? getTranslation("join.any-seat")
                : getTranslation("board.chain", o.chain() + 1) + " · " + Texts.of(o.roleName()));
        seat.setEnabled(false);
        code.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        code.addValueChangeListener(e -> loadSeats());
        join.setText(getTranslation("join.button"));
        join.setId("join");
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        join.addClickListener(e -> join());
        Div card = new Div(new H2(getTranslation("join.title")), code, team, pin, seat, join);
        card.addClassName("panel");
        card.addClassName("join-card");
        return card;
    }

    private Component otherWaysCard() {
        rejoin.setText(getTranslation("join.rejoin"));
        rejoin.setId("rejoin");
        rejoin.setVisible(false);
        RouterLink solo = new RouterLink(getTranslation("home.solo"), SoloView.class);
        solo.setId("solo-link");
        RouterLink facilitator = new RouterLink(getTranslation("home.facilitator"), FacilitatorView.class);
        facilitator.setId("facilitator-link");
        Div card = new Div(new H3(getTranslation("home.other-ways")), rejoin, new Paragraph(solo), new Paragraph(facilitator));
        card.addClassName("panel");
        return card;
    }

    /** The address on the projector (and its QR code) carries the join code: fill it in. */
    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("code").ifPresent(given -> {
            String typed = given.strip().toUpperCase(java.util.Locale.ROOT);
            if (typed.matches("[A-Z0-9]{1,12}")) {
                code.setValue(typed);
                team.focus();
            }
        });
    }

    private void offerRejoin() {
        getElement().executeJs("return localStorage.getItem('chipchain.seat')").then(String.class, token -> {
            if (token != null && !token.isBlank()) {
                rejoin.setVisible(true);
                rejoin.addClickListener(e -> UI.getCurrent().navigate("seat/" + token));
            }
        });
    }

    /** Once a full code is typed, offers the game's open seats (or "any free seat"). */
    private void loadSeats() {
        String typed = code.getValue() == null ? "" : code.getValue().strip();
        seat.clear();
        if (typed.length() < 6) {
            seat.setItems(List.of());
            seat.setEnabled(false);
            return;
        }
        try {
            seat.setItems(sessions.openSeats(typed, client()));
            seat.setEnabled(true);
            code.setInvalid(false);
        } catch (PlayException e) {
            seat.setItems(List.of());
            seat.setEnabled(false);
            code.setErrorMessage(Refusals.of(this, e));
            code.setInvalid(true);
        }
    }

    private void join() {
        code.setInvalid(false);
        team.setInvalid(false);
        try {
            SeatDesk.OpenSeat chosen = seat.getValue();
            SeatTicket ticket = sessions.join(code.getValue(), team.getValue(),
                    chosen == null ? null : chosen.chain(), chosen == null ? null : chosen.roleId(), client(),
                    pin.isVisible() ? pin.getValue() : null);
            UI.getCurrent().navigate("seat/" + ticket.token());
        } catch (PlayException e) {
            if (e.reason() == PlayException.Reason.NAME_TAKEN) {
                // the name is a team's that already joined: its PIN brings it back to its seat
                boolean asked = pin.isVisible();
                pin.setVisible(true);
                pin.setErrorMessage(Refusals.of(this, e));
                pin.setInvalid(asked);
                // one short line at the name (a long one runs into the PIN field on a phone); the PIN's help says the rest
                team.setErrorMessage(getTranslation("join.name-taken-short"));
                team.setInvalid(!asked);
                pin.focus();
                return;
            }
            TextField field = e.reason() == PlayException.Reason.INVALID_INPUT ? team : code;
            field.setErrorMessage(Refusals.of(this, e));
            field.setInvalid(true);
        }
    }

    /** This browser session and its network address: join limits count per device, with a ceiling per address. */
    static com.chipchain.play.Visitor client() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return new com.chipchain.play.Visitor(null, null);
        }
        return new com.chipchain.play.Visitor(session.getSession() == null ? null : session.getSession().getId(),
                session.getBrowser() == null ? null : session.getBrowser().getAddress());
    }

    private Component scenarioList(ScenarioChoices screens) {
        Div list = new Div();
        list.setId("scenario-list");
        list.addClassName("scenario-list");
        for (ScenarioFacts facts : screens.playableScenarios()) {
            Div card = new Div();
            card.addClassName("scenario-card");
            card.setId("scenario-" + facts.id());
            card.getElement().setAttribute("role", "article");
            Span about = new Span(getTranslation("home.facts", facts.turnCount(), facts.roles().size()));
            about.addClassName("scenario-facts");
            card.add(new H3(Texts.of(facts.title())), new Paragraph(Texts.of(facts.description())), about);
            list.add(card);
        }
        if (list.getChildren().findAny().isEmpty()) {
            list.add(new Paragraph(getTranslation("home.no-scenarios")));
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name");
    }
}
