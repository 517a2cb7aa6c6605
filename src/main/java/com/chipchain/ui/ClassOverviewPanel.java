package com.chipchain.ui;

import com.chipchain.play.ChainGroup;
import com.chipchain.play.ChainTile;
import com.chipchain.play.ClassOverview;
import com.chipchain.play.FacilitatorCommands;
import com.chipchain.play.PlayException;
import com.chipchain.play.SeatDesk;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.function.Consumer;

/**
 * The console's class overview: a search for a team or a chain, filters for the chains that need
 * the facilitator (a team still deciding, a lost screen, a locked PIN, no team yet), the group of
 * chains this facilitator looks after, an order, and the chains as tiles. Opening a tile is the
 * first click; what to do to the chain is the second (docs/facilitator-guide.md, "A big class").
 */
final class ClassOverviewPanel extends Div {

    private final ClassOverview overview;
    private final String sessionId;
    private final TextField search = new TextField();
    private final Select<ChainTile.Filter> filter = new Select<>();
    private final Select<ChainGroup> group = new Select<>();
    private final Select<ChainTile.Order> order = new Select<>();
    private final Span count = new Span();
    private final ChainTiles tiles;
    private final ChainDialog dialog;
    private List<ChainTile> latest = List.of();
    private boolean finished;

    /** @param act runs a facilitator's command, shows its refusal if any, and refreshes the console */
    ClassOverviewPanel(ClassOverview overview, FacilitatorCommands commands, SeatDesk seats, String sessionId, int chains,
                       Consumer<Runnable> act) {
        this.overview = overview;
        this.sessionId = sessionId;
        setId("class-overview");
        setWidthFull();
        addClassName("class-overview");
        tiles = new ChainTiles(this::openChain);
        dialog = new ChainDialog(new ChainDialog.Actions() {
            @Override
            public void handToBot(int chain, String roleId) {
                act.accept(() -> commands.handToBot(sessionId, chain, roleId));
            }

            @Override
            public void giveBack(int chain, String roleId) {
                act.accept(() -> commands.giveBack(sessionId, chain, roleId));
            }

            @Override
            public void newPin(int chain, String roleId) {
                act.accept(() -> seats.newPin(sessionId, chain, roleId));
            }

            @Override
            public void unlockPin(int chain, String roleId) {
                act.accept(() -> seats.unlockPin(sessionId, chain, roleId));
            }

            @Override
            public boolean message(int chain, String text) {
                try {
                    commands.messageChain(sessionId, chain, text);
                    Notification.show(getTranslation("console.chain-sent", chain + 1), 3000, Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    return true;
                } catch (PlayException e) {
                    Notification.show(Refusals.of(ClassOverviewPanel.this, e), 5000, Notification.Position.MIDDLE)
                            .addThemeVariants(NotificationVariant.LUMO_ERROR);
                    return false;
                }
            }
        });

        search.setId("chain-search");
        search.setLabel(getTranslation("console.search"));
        search.setPlaceholder(getTranslation("console.search-hint"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> redraw());
        filter.setId("chain-filter");
        filter.setLabel(getTranslation("console.filter"));
        filter.setItems(ChainTile.Filter.values());
        filter.setItemLabelGenerator(f -> getTranslation("console.filter." + f.name().toLowerCase().replace('_', '-')));
        filter.setValue(ChainTile.Filter.ALL);
        filter.addValueChangeListener(e -> redraw());
        order.setId("chain-order");
        order.setLabel(getTranslation("console.order"));
        order.setItems(ChainTile.Order.values());
        order.setItemLabelGenerator(o -> getTranslation("console.order." + o.name().toLowerCase()));
        order.setValue(ChainTile.Order.CHAIN);
        order.addValueChangeListener(e -> redraw());
        group.setId("chain-group");
        group.setLabel(getTranslation("console.group"));
        List<ChainGroup> groups = ChainGroup.of(chains);
        group.setItems(groups);
        group.setItemLabelGenerator(g -> g.equals(groups.get(0)) ? getTranslation("console.group.all", chains)
                : getTranslation("console.group.range", g.first() + 1, g.last() + 1));
        // a co-facilitator who took chains 11-20 keeps them when the console reloads
        ChainGroup remembered = (ChainGroup) VaadinSession.getCurrent().getAttribute(groupKey());
        group.setValue(remembered != null && groups.contains(remembered) ? remembered : groups.get(0));
        group.setVisible(groups.size() > 1);
        group.addValueChangeListener(e -> {
            VaadinSession.getCurrent().setAttribute(groupKey(), e.getValue());
            redraw();
        });
        count.setId("chain-count");
        count.addClassName("chain-count");
        Div bar = new Div(search, filter, group, order, count);
        bar.addClassName("class-overview-bar");
        add(bar, tiles);
    }

    private String groupKey() {
        return "chipchain.console-group." + sessionId;
    }

    /** Reads the class again (every change of the session and every clock tick); sends only what changed. */
    void refresh(boolean finished) {
        this.finished = finished;
        latest = overview.tiles(sessionId);
        redraw();
        int open = dialog.chain();
        if (open >= 0) {
            latest.stream().filter(t -> t.chain() == open).findFirst().ifPresent(dialog::show);
        }
    }

    /** Every seat of the class as last read. */
    java.util.stream.Stream<com.chipchain.play.SeatStatus> seats() {
        return latest.stream().flatMap(t -> t.seats().stream());
    }

    private void redraw() {
        List<ChainTile> shown = ClassOverview.select(latest, search.getValue(), filter.getValue(), group.getValue(), order.getValue());
        tiles.show(shown, finished);
        String text = getTranslation("console.chain-count", shown.size(), latest.size());
        if (!text.equals(count.getText())) {
            count.setText(text);
        }
    }

    private void openChain(int chain) {
        latest.stream().filter(t -> t.chain() == chain).findFirst().ifPresent(dialog::open);
    }
}
