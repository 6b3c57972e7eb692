package io.floorcheck.home.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.menu.MenuConfiguration;
import io.floorcheck.evaluation.Attention;
import io.floorcheck.evaluation.EvaluationService;
import io.floorcheck.security.Account;
import io.floorcheck.security.CurrentUser;
import io.floorcheck.security.PasswordChangeGate;
import jakarta.annotation.security.PermitAll;

/**
 * The first page after sign-in. Later features add their "needs your attention" items; the
 * links are the menu entries this user may open, so they follow the roles automatically.
 */
@Route("")
@Menu(order = 0, icon = "vaadin:home", title = "Home")
@PermitAll
class HomeView extends Main implements HasDynamicTitle {

    HomeView(EvaluationService evaluations) {
        addClassName("fc-page");
        Account account = CurrentUser.account().orElseThrow();
        String role = account.primaryRole().isEmpty() ? "" : getTranslation("role." + account.primaryRole());

        H1 welcome = new H1(getTranslation("home.welcome", account.displayName()));
        welcome.setId("home-welcome");
        add(welcome, new Paragraph(getTranslation("home.signedInAs", account.email(), role)));

        Div attention = new Div(new H2(getTranslation("home.attention")));
        attention.addClassName("fc-card");
        attention.setId("home-attention");
        List<Attention> items = evaluations.attention();
        if (items.isEmpty()) {
            attention.add(new Paragraph(getTranslation("home.nothingYet")));
        }
        items.forEach(item -> attention.add(attentionLink(item)));

        Div links = new Div(new H2(getTranslation("home.links")));
        links.addClassName("fc-card");
        Div tiles = new Div();
        tiles.addClassName("fc-tiles");
        MenuConfiguration.getMenuEntries().stream()
                .filter(entry -> entry.menuClass() != HomeView.class)
                .forEach(entry -> tiles.add(tile(entry.path(), getTranslation("menu." + entry.title()), entry.icon())));
        // Every user can at least manage their own account; the list is never empty.
        tiles.add(tile("/" + PasswordChangeGate.ACCOUNT_ROUTE, getTranslation("layout.usermenu.account"), "vaadin:user"));
        links.add(tiles);
        add(attention, links);
    }

    private Anchor attentionLink(Attention item) {
        // Paths, not view classes: the evaluation views belong to their own feature.
        String path = switch (item.kind()) {
            case FINISH_SETUP -> "evaluations/setup/" + item.evaluationId();
            case DECLARE_CONFLICTS, REVIEW_CONFLICTS -> "evaluations/view/" + item.evaluationId();
            case COMPARISON_READY -> "evaluations/" + item.evaluationId() + "/comparison";
        };
        Anchor link = new Anchor(path, getTranslation("home.attention." + item.kind(), item.evaluationName(),
                item.count()));
        link.addClassName("fc-attention");
        link.addComponentAsFirst(new Icon(switch (item.kind()) {
            case FINISH_SETUP -> "vaadin:cog";
            case COMPARISON_READY -> "vaadin:bar-chart";
            default -> "vaadin:exclamation-circle-o";
        }));
        return link;
    }

    private static Anchor tile(String path, String title, String icon) {
        Anchor tile = new Anchor(path, title);
        if (icon != null) {
            tile.addComponentAsFirst(new Icon(icon));
        }
        tile.addClassName("fc-tile");
        return tile;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title") + " · " + getTranslation("app.name");
    }
}
