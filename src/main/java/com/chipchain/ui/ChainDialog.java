package com.chipchain.ui;

import com.chipchain.play.ChainTile;
import com.chipchain.play.SeatStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * One chain opened from the class overview: its seats with their PINs, and what a facilitator does
 * to it in one more click: hand a seat whose team left to a bot (and back), a new PIN or an
 * unlocked one, and a message only this chain's teams read.
 */
final class ChainDialog extends Dialog {

    /** What the console does on a facilitator's click; each refuses with a message when it cannot. */
    interface Actions {
        void handToBot(int chain, String roleId);

        void giveBack(int chain, String roleId);

        void newPin(int chain, String roleId);

        void unlockPin(int chain, String roleId);

        /** @return whether the message was sent (the field is then cleared) */
        boolean message(int chain, String text);
    }

    private final Actions actions;
    private final Div seats = new Div();
    private final H3 heading = new H3();
    private final TextField message = new TextField();
    private ChainTile shown;

    ChainDialog(Actions actions) {
        this.actions = actions;
        setId("chain-dialog");
        seats.addClassName("chain-dialog-seats");
        message.setId("chain-message");
        message.setMaxLength(500);
        Button send = new Button(getTranslation("console.chain-send"), e -> {
            if (shown != null && actions.message(shown.chain(), message.getValue())) {
                message.clear();
            }
        });
        send.setId("chain-message-send");
        HorizontalLayout talk = new HorizontalLayout(message, send);
        talk.setWidthFull();
        talk.setAlignItems(FlexComponent.Alignment.BASELINE);
        // on a phone the button goes below the field instead of running off the dialog's edge
        talk.addClassName("wrap-row");
        message.setWidth(null);
        message.getStyle().set("min-width", "min(14rem, 100%)");
        talk.setFlexGrow(1, message);
        Button close = new Button(getTranslation("console.chain-close"), e -> close());
        close.setId("chain-dialog-close");
        getHeader().add(heading);
        add(seats, talk);
        getFooter().add(close);
        setWidth("min(40rem, 96vw)");
    }

    /** Opens the dialog on this chain. */
    void open(ChainTile tile) {
        shown = null;
        show(tile);
        message.setLabel(getTranslation("console.chain-message", tile.chain() + 1));
        message.clear();
        open();
    }

    /** The chain being shown, or -1 when the dialog is closed. */
    int chain() {
        return isOpened() && shown != null ? shown.chain() : -1;
    }

    /** Draws the chain again when something in it changed (a seat submitted, a PIN was renewed). */
    void show(ChainTile tile) {
        if (tile.equals(shown)) {
            return;
        }
        shown = tile;
        heading.setText(getTranslation("board.chain", tile.chain() + 1)
                + (tile.versus() == null ? "" : " · #" + tile.rank() + " · " + Texts.versus(tile.versus())));
        seats.removeAll();
        for (SeatStatus s : tile.seats()) {
            seats.add(seat(s));
        }
    }

    private Div seat(SeatStatus s) {
        String where = (s.chain() + 1) + "-" + s.roleId();
        String who = SeatWords.who(this, s);
        Span role = new Span(Texts.of(s.roleName()));
        role.addClassName("chain-dialog-role");
        Span name = new Span(who);
        name.addClassName("chain-dialog-who");
        Div line = new Div(role, name);
        line.setId("chain-seat-" + where);
        line.addClassName("chain-dialog-seat");
        if (s.kind() == SeatStatus.Kind.TEAM) {
            Span state = new Span(getTranslation(SeatWords.stateKey(s)));
            state.getElement().getThemeList().add(s.submitted() ? "badge success" : s.connected() ? "badge" : "badge error");
            line.add(state);
        }
        if (s.rejoinPin() != null) {
            Span pin = new Span(getTranslation("console.chain-pin", s.pinLocked() ? getTranslation("console.pin-locked", s.rejoinPin()) : s.rejoinPin()));
            pin.setId("chain-pin-" + where);
            pin.addClassName("chain-dialog-pin");
            line.add(pin);
        }
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.addClassName("wrap-row");
        if (s.kind() == SeatStatus.Kind.TEAM) {
            buttons.add(button("hand-bot-" + where, "console.hand-to-bot", () -> actions.handToBot(s.chain(), s.roleId())));
            buttons.add(button("chain-new-pin-" + where, "console.new-pin", () -> actions.newPin(s.chain(), s.roleId())));
            if (s.pinLocked()) {
                buttons.add(button("chain-unlock-" + where, "console.unlock-pin", () -> actions.unlockPin(s.chain(), s.roleId())));
            }
        } else if (s.handedToBot()) {
            buttons.add(button("give-back-" + where, "console.give-back", () -> actions.giveBack(s.chain(), s.roleId())));
        }
        if (buttons.getComponentCount() > 0) {
            line.add(buttons);
        }
        return line;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(getTranslation(key), e -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }
}
