package com.chipchain.ui;

import com.chipchain.play.ScenarioCatalog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/** The landing page: for now, the scenarios that can be played, in the chosen language. */
@Route(value = "", layout = MainLayout.class)
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    public HomeView(ScenarioCatalog catalog) {
        setId("home");
        add(new H2(getTranslation("home.scenarios")));
        boolean korean = MainLayout.KOREAN.getLanguage().equals(getLocale().getLanguage());
        Div list = new Div();
        list.setId("scenario-list");
        list.addClassName("scenario-list");
        ScenarioCatalog.Listing listing = catalog.list();
        for (ScenarioCatalog.Entry entry : listing.scenarios()) {
            list.add(card(entry, korean));
        }
        if (listing.scenarios().isEmpty()) {
            list.add(new Paragraph(getTranslation("home.no-scenarios")));
        }
        add(list);
    }

    private Div card(ScenarioCatalog.Entry entry, boolean korean) {
        Div card = new Div();
        card.addClassName("scenario-card");
        card.setId("scenario-" + entry.id());
        card.getElement().setAttribute("role", "article");
        H3 title = new H3(korean ? entry.titleKo() : entry.titleEn());
        Paragraph description = new Paragraph(korean ? entry.descriptionKo() : entry.descriptionEn());
        Span facts = new Span(getTranslation("home.facts", entry.turns(), entry.roles().size()));
        facts.addClassName("scenario-facts");
        card.add(title, description, facts);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name");
    }
}
