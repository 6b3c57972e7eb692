package io.floorcheck.home.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.menu.MenuConfiguration;
import io.floorcheck.evaluation.Attention;
import io.floorcheck.home.ToDo;
import io.floorcheck.home.ToDoService;
import io.floorcheck.visit.AttendedVisit;
import io.floorcheck.visit.CardProgress;
import io.floorcheck.security.Account;
import io.floorcheck.security.CurrentUser;
import io.floorcheck.security.PasswordChangeGate;
import jakarta.annotation.security.PermitAll;

/**
 * The first page after sign-in: the person's to-do list, most urgent first, each line one tap
 * from the place to act; then the menu entries this user may open, so they follow the roles.
 */
@Route("")
@Menu(order = 0, icon = "vaadin:home", title = "Home")
@PermitAll
class HomeView extends Main implements HasDynamicTitle {

    HomeView(ToDoService toDos) {
        addClassName("fc-page");
        Account account = CurrentUser.account().orElseThrow();
        String role = account.primaryRole().isEmpty() ? "" : getTranslation("role." + account.primaryRole());

        H1 welcome = new H1(getTranslation("home.welcome", account.displayName()));
        welcome.setId("home-welcome");
        add(welcome, new Paragraph(getTranslation("home.signedInAs", account.email(), role)));

        Div attention = new Div(new H2(getTranslation("home.attention")));
        attention.addClassName("fc-card");
        attention.setId("home-attention");
        List<ToDo> items = toDos.mine();
        if (items.isEmpty()) {
            attention.add(new Paragraph(getTranslation("home.nothingYet")));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("fc-todo");
            items.forEach(item -> list.add(new ListItem(link(item))));
            attention.add(list);
        }

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

    private Anchor link(ToDo item) {
        return switch (item) {
            case ToDo.Card card -> cardLink(card);
            case ToDo.Declare declare -> declareLink(declare);
            case ToDo.Visit visit -> visitLink(visit);
            case ToDo.Evaluation evaluation -> evaluationLink(evaluation.attention());
        };
    }

    private Anchor cardLink(ToDo.Card card) {
        AttendedVisit visit = card.visit();
        CardProgress progress = card.progress();
        String step = !progress.opened() ? "start" : card.allMarked() ? "submit" : "continue";
        String kind = card.kind() == ToDo.CardKind.VISIT ? "scorecard" : "leadership";
        String path = (card.kind() == ToDo.CardKind.VISIT ? "scorecards/" : "leadership/") + visit.visitId();
        return item(path, card.kind() == ToDo.CardKind.VISIT ? "vaadin:clipboard-check" : "vaadin:comments-o",
                getTranslation("home.todo." + kind + "." + step, progress.scored(), progress.total()),
                where(visit));
    }

    /** Scoring waits for the declaration: the link opens the declaration itself. */
    private Anchor declareLink(ToDo.Declare declare) {
        AttendedVisit visit = declare.visit();
        String path = "evaluations/view/" + visit.evaluationId()
                + (declare.pending() ? "?at=my-tasks" : "?declare=" + visit.vendorId());
        return item(path, "vaadin:exclamation-circle-o", getTranslation(declare.pending()
                ? "home.todo.declarationPending" : "home.todo.declareFirst", visit.vendorName()), where(visit));
    }

    private Anchor visitLink(ToDo.Visit todo) {
        AttendedVisit visit = todo.visit();
        // The site's wall clock: what the agenda and the people on the floor go by.
        String when = todo.day() == ToDo.Visit.Day.TODAY
                ? DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale()).format(visit.startsAt())
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                        .format(visit.startsAt());
        String key = switch (todo.day()) {
            case OVERDUE -> "home.todo.visitOverdue";
            case TODAY -> "home.todo.visitToday";
            case UPCOMING -> "home.todo.visitUpcoming";
        };
        return item("visits/" + visit.visitId(), "vaadin:calendar-clock", getTranslation(key, when), where(visit));
    }

    /** "Łódź Contact, Łódź (Europe/Warsaw) · Customer care 2027": whose site, its clock, which evaluation. */
    private String where(AttendedVisit visit) {
        return getTranslation("home.todo.where", visit.vendorName(), visit.siteCity(), visit.siteZone(),
                visit.evaluationName());
    }

    private Anchor evaluationLink(Attention item) {
        // Paths, not view classes: the evaluation views belong to their own feature. Conflicts land
        // on the card where they are declared or decided, not on the top of the page.
        String path = switch (item.kind()) {
            case FINISH_SETUP -> "evaluations/setup/" + item.evaluationId();
            case DECLARE_CONFLICTS -> "evaluations/view/" + item.evaluationId() + "?at=my-tasks";
            case REVIEW_CONFLICTS -> "evaluations/view/" + item.evaluationId() + "?at=coi-record";
            case DECISION_NEAR -> "evaluations/view/" + item.evaluationId();
            case REACH_CONSENSUS -> "evaluations/" + item.evaluationId() + "/consensus";
            case COMPARISON_READY -> "evaluations/" + item.evaluationId() + "/comparison";
        };
        String text = item.kind() == Attention.Kind.DECISION_NEAR
                ? getTranslation("home.attention.DECISION_NEAR", item.evaluationName(), 0,
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                                .format(item.date()), item.count())
                : getTranslation("home.attention." + item.kind(), item.evaluationName(), item.count());
        return item(path, switch (item.kind()) {
            case FINISH_SETUP -> "vaadin:cog";
            case COMPARISON_READY -> "vaadin:bar-chart";
            case REACH_CONSENSUS -> "vaadin:handshake";
            case DECISION_NEAR -> "vaadin:calendar";
            default -> "vaadin:exclamation-circle-o";
        }, text, null);
    }

    /** One line of the list: the whole of it is the link, a finger wide. */
    private static Anchor item(String path, String icon, String text, String detail) {
        Span title = new Span(text);
        title.addClassName("fc-todo-title");
        Div words = new Div(title);
        if (detail != null) {
            Span context = new Span(detail);
            context.addClassName("fc-todo-detail");
            words.add(context);
        }
        Icon symbol = new Icon(icon);
        symbol.getElement().setAttribute("aria-hidden", "true");
        Anchor link = new Anchor(path, symbol, words);
        link.addClassName("fc-attention");
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
