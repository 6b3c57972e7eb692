package io.floorcheck.comparison.ui;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.floorcheck.comparison.ComparisonService;
import io.floorcheck.comparison.ConsensusBoard;
import io.floorcheck.comparison.ConsensusService;
import io.floorcheck.comparison.ItemKey;
import jakarta.annotation.security.PermitAll;

/**
 * The consensus board: every vendor × criterion and recommendation × criterion, disputed items
 * first, filterable by vendor, section and "disputed only". A row opens the item with every
 * evaluator's rating, evidence and linked calls side by side; the lead records or withdraws the
 * agreed value there, and waives a failed gate. Members read it as the comparison allows.
 */
@Route("evaluations/:evaluation/consensus")
@PermitAll
public class ConsensusBoardView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** The query parameter that opens one item (the comparison's heatmap links here with it). */
    static final String ITEM = "item";
    private static final String ALL = "";

    private final transient ConsensusService consensus;
    private final transient ComparisonService comparisons;
    private final Grid<ConsensusBoard.Item> grid = new Grid<>();
    private final Select<String> vendor = new Select<>();
    private final Select<String> section = new Select<>();
    private final Checkbox disputedOnly = new Checkbox();
    private final Span count = new Span();
    private ConsensusBoard board;
    private long evaluationId;
    private String title = "";

    ConsensusBoardView(ConsensusService consensus, ComparisonService comparisons) {
        this.consensus = consensus;
        this.comparisons = comparisons;
        addClassNames("fc-page", "fc-board");
    }

    /** The board's address for an evaluation, optionally opening one item. */
    public static String path(long evaluationId) {
        return "evaluations/" + evaluationId + "/consensus";
    }

    static RouteParameters parameters(long evaluationId) {
        return new RouteParameters("evaluation", String.valueOf(evaluationId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        evaluationId = event.getRouteParameters().getLong("evaluation").orElseThrow();
        if (!comparisons.mayCompare(evaluationId)) {
            title = getTranslation("board.refusedTitle");
            ComparisonView.refused(this, title, evaluationId);
            return;
        }
        board = consensus.board(evaluationId);
        render();
        event.getLocation().getQueryParameters().getSingleParameter(ITEM).flatMap(this::find)
                .ifPresent(this::open);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }

    private void render() {
        removeAll();
        title = getTranslation("board.title", board.evaluationName());
        H1 heading = new H1(title);
        heading.setId("board-title");
        Button back = new Button(getTranslation("board.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(ComparisonView.class, ComparisonView.parameters(evaluationId))));
        back.setId("board-back");
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(back);
        actions.addClassName("fc-actions");
        Paragraph intro = new Paragraph(getTranslation(board.mayEdit() ? "board.introLead"
                : "board.introRead." + board.status()));
        intro.setId("board-intro");
        add(heading, actions, intro, filters(), count, grid());
        refresh();
    }

    private Div filters() {
        vendor.setLabel(getTranslation("board.vendor"));
        vendor.setId("board-vendor");
        vendor.setItems(concat(ALL, board.items().stream().map(ConsensusBoard.Item::vendor).distinct().toList()));
        vendor.setItemLabelGenerator(v -> v.isEmpty() ? getTranslation("board.allVendors") : v);
        vendor.setValue(ALL);
        section.setLabel(getTranslation("board.section"));
        section.setId("board-section");
        section.setItems(concat(ALL, board.items().stream().map(this::sectionOf).distinct().toList()));
        section.setItemLabelGenerator(s -> s.isEmpty() ? getTranslation("board.allSections") : s);
        section.setValue(ALL);
        disputedOnly.setLabel(getTranslation("board.disputedOnly"));
        disputedOnly.setId("board-disputed");
        vendor.addValueChangeListener(e -> refresh());
        section.addValueChangeListener(e -> refresh());
        disputedOnly.addValueChangeListener(e -> refresh());
        Div filters = new Div(vendor, section, disputedOnly);
        filters.addClassName("fc-record-filters");
        return filters;
    }

    /** The section an item belongs to, as the filter names it: a visit section, a recommendation's, the session's. */
    private String sectionOf(ConsensusBoard.Item item) {
        return switch (item.key().part()) {
            case VISIT -> item.sectionCode() + " " + item.sectionTitle();
            case RECOMMENDATION -> getTranslation("board.part.RECOMMENDATION");
            case SESSION -> getTranslation("board.part.SESSION");
        };
    }

    private Grid<ConsensusBoard.Item> grid() {
        grid.setId("board-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(false);
        grid.setHeight("70vh");
        grid.addComponentColumn(this::itemCell).setHeader(getTranslation("board.item")).setFlexGrow(2)
                .setAutoWidth(false);
        grid.addComponentColumn(this::ratingsCell).setHeader(getTranslation("board.ratings")).setFlexGrow(4);
        grid.addColumn(item -> BoardText.spread(item, getLocale())).setHeader(getTranslation("board.spread"))
                .setFlexGrow(0).setWidth("6.5rem");
        grid.addComponentColumn(this::valueCell).setHeader(getTranslation("board.value")).setFlexGrow(1);
        grid.addComponentColumn(item -> {
            String action = getTranslation(board.mayEdit() ? "board.settle" : "board.open");
            Button open = new Button(action, e -> open(item));
            // The visible word first in the accessible name, then which item.
            open.getElement().setAttribute("aria-label", getTranslation("board.openItem", action, item.label()));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return open;
        }).setHeader(getTranslation("board.action")).setFlexGrow(0).setWidth("7.5rem");
        // The whole row opens the item too (the button is there for the keyboard and screen readers).
        grid.addItemClickListener(e -> open(e.getItem()));
        return grid;
    }

    private Div itemCell(ConsensusBoard.Item item) {
        Div cell = new Div();
        Span what = new Span(item.key().criterionCode() + " " + item.criterionTitle());
        what.addClassName("fc-strong");
        Span where = new Span(item.vendor() + (item.recommendationTitle() == null ? ""
                : " · “" + item.recommendationTitle() + "”"));
        where.addClassName("fc-muted");
        cell.add(what, new Div(where));
        if (item.disputed()) {
            Span disputed = new Span(getTranslation("board.disputed"));
            disputed.addClassNames("fc-tag", "fc-tag-disputed");
            cell.addComponentAsFirst(disputed);
        }
        return cell;
    }

    /** Every evaluator's rating with the start of their evidence note and how many calls back it. */
    private Div ratingsCell(ConsensusBoard.Item item) {
        Div cell = new Div();
        cell.addClassName("fc-board-ratings");
        if (item.ratings().isEmpty()) {
            cell.add(new Span(getTranslation("board.noRatings")));
        }
        for (ConsensusBoard.Rating rating : item.ratings()) {
            Div line = new Div();
            line.addClassName("fc-board-rating");
            Span who = new Span(rating.evaluator() + " " + String.join("·", rating.marks().stream()
                    .map(m -> BoardText.mark(m, this::getTranslation)).toList()));
            who.addClassName("fc-board-chip");
            line.add(who);
            String evidence = String.join(" / ", rating.evidence());
            if (!evidence.isEmpty()) {
                Span note = new Span("“" + (evidence.length() > 90 ? evidence.substring(0, 89) + "…" : evidence) + "”");
                note.getElement().setAttribute("title", evidence);
                note.addClassName("fc-muted");
                line.add(note);
            }
            if (!rating.calls().isEmpty()) {
                Span calls = new Span(getTranslation("board.calls", rating.calls().size()));
                calls.addClassName("fc-muted");
                line.add(calls);
            }
            cell.add(line);
        }
        return cell;
    }

    private Div valueCell(ConsensusBoard.Item item) {
        Div cell = new Div(new Span(BoardText.value(item, getLocale(), this::getTranslation)));
        if (item.agreed() != null) {
            Span agreed = new Span(getTranslation("board.agreedBy", item.agreed().recordedBy()));
            agreed.addClassName("fc-muted");
            cell.add(new Div(agreed));
        }
        if (item.waiver() != null) {
            Span waived = new Span(getTranslation("board.waivedBy", item.waiver().approver(),
                    item.waiver().approverRole()));
            waived.addClassName("fc-muted");
            cell.add(new Div(waived));
        }
        return cell;
    }

    private void refresh() {
        List<ConsensusBoard.Item> shown = board.items().stream()
                .filter(i -> vendor.getValue() == null || vendor.getValue().isEmpty()
                        || i.vendor().equals(vendor.getValue()))
                .filter(i -> section.getValue() == null || section.getValue().isEmpty()
                        || sectionOf(i).equals(section.getValue()))
                .filter(i -> !disputedOnly.getValue() || i.disputed())
                .toList();
        grid.setItems(shown);
        long disputed = board.items().stream().filter(ConsensusBoard.Item::disputed).count();
        long settled = board.items().stream().filter(i -> i.disputed() && i.agreed() != null).count();
        count.setText(getTranslation("board.count", shown.size(), board.items().size(), disputed, settled));
        count.setId("board-count");
    }

    /** Opens an item; after a write, the board is read again (values and spreads come from the engine). */
    private void open(ConsensusBoard.Item item) {
        new SettleDialog(consensus, evaluationId, item, board.mayEdit(), () -> {
            board = consensus.board(evaluationId);
            refresh();
        }).open();
    }

    private Optional<ConsensusBoard.Item> find(String itemParameter) {
        return board.items().stream().filter(i -> BoardText.itemParameter(i.key()).equals(itemParameter)).findFirst();
    }

    /** The query parameter's value for an item, for the comparison's links. */
    public static String itemParameter(ItemKey key) {
        return BoardText.itemParameter(key);
    }

    private static List<String> concat(String first, List<String> rest) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), rest.stream())
                .filter(Objects::nonNull).toList();
    }
}
