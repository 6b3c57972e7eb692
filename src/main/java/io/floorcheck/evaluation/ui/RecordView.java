package io.floorcheck.evaluation.ui;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.floorcheck.base.ui.ViewerTime;
import io.floorcheck.base.ui.WhenAndWho;
import io.floorcheck.evaluation.Evaluation;
import io.floorcheck.evaluation.EvaluationService;
import io.floorcheck.evaluation.MemberRole;
import io.floorcheck.evaluation.RecordEntry;
import io.floorcheck.evaluation.RecordFilter;
import io.floorcheck.evaluation.RecordKind;
import io.floorcheck.evaluation.RecordPerson;
import jakarta.annotation.security.PermitAll;

/**
 * An evaluation's Record: who changed what, when, from what to what, and why, for everything in
 * it (the evaluation, its visits, scorecards, debriefs, calls and conflicts). The lead and readers
 * read all of it, evaluators their own entries. Filter by person, kind and days; the grid pages in
 * the database; the filtered record downloads as CSV. Times are the viewer's, with the zone named.
 */
@Route("evaluations/record")
@PermitAll
class RecordView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient EvaluationService evaluations;
    private final Grid<RecordEntry> grid = new Grid<>();
    private final ComboBox<RecordPerson> person = new ComboBox<>();
    private final Select<RecordKind> kind = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Span count = new Span();
    private long id;
    private String title = "";
    private ZoneId zone = ZoneId.of("UTC");

    RecordView(EvaluationService evaluations) {
        this.evaluations = evaluations;
        addClassNames("fc-page", "fc-record");
    }

    @Override
    public void setParameter(BeforeEvent event, Long evaluationId) {
        id = evaluationId;
        zone = ViewerTime.zone();
        render(evaluations.evaluation(id));
    }

    private void render(Evaluation evaluation) {
        removeAll();
        title = getTranslation("record.title", evaluation.name());
        H1 heading = new H1(title);
        heading.setId("record-title");
        Button back = new Button(getTranslation("record.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(EvaluationView.class, id)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div line = new Div(back);
        line.addClassName("fc-actions");
        add(heading, line);
        add(new Paragraph(getTranslation(evaluation.myRole() == MemberRole.EVALUATOR ? "record.introOwn"
                : "record.intro", zone.getId())));
        add(filters(), count, grid());
        refresh();
    }

    private Div filters() {
        person.setLabel(getTranslation("record.person"));
        person.setId("record-person");
        person.setItems(evaluations.recordPeople(id));
        person.setItemLabelGenerator(RecordPerson::name);
        person.setClearButtonVisible(true);
        person.setPlaceholder(getTranslation("record.everyone"));
        kind.setLabel(getTranslation("record.kind"));
        kind.setId("record-kind");
        kind.setItems(RecordKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("record.allKinds"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("record.allKinds")
                : getTranslation("record.kind." + k));
        from.setLabel(getTranslation("record.from"));
        from.setId("record-from");
        from.setClearButtonVisible(true);
        to.setLabel(getTranslation("record.to"));
        to.setId("record-to");
        to.setClearButtonVisible(true);
        person.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(download -> {
            byte[] bytes = evaluations.recordCsv(id, filter());
            return new DownloadResponse(new ByteArrayInputStream(bytes), "record-" + id + "-" + LocalDate.now(zone)
                    + ".csv", "text/csv; charset=UTF-8", bytes.length);
        }), getTranslation("record.csv"));
        csv.setId("record-csv");
        csv.setTarget(AnchorTarget.DEFAULT);
        csv.getElement().setAttribute("download", true);
        csv.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        csv.addClassName("fc-action-link");
        Div row = new Div(person, kind, from, to, csv);
        row.addClassName("fc-record-filters");
        return row;
    }

    private RecordFilter filter() {
        RecordPerson who = person.getValue();
        return new RecordFilter(who == null ? null : who.login(), kind.getValue(), from.getValue(), to.getValue(), zone);
    }

    private Grid<RecordEntry> grid() {
        grid.setId("record-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(e -> new WhenAndWho(ViewerTime.dateTime(e.at(), zone, getLocale()), e.actorName()))
                .setHeader(getTranslation("record.whenWho")).setWidth("10.5rem").setFlexGrow(0);
        grid.addComponentColumn(this::what).setHeader(getTranslation("record.what")).setWidth("11rem")
                .setFlexGrow(1);
        grid.addComponentColumn(this::change).setHeader(getTranslation("record.change")).setWidth("14rem")
                .setFlexGrow(3);
        grid.setPageSize(50);
        grid.setHeight("36rem");
        return grid;
    }

    private Component what(RecordEntry entry) {
        Div cell = new Div(new Span(action(entry.action())));
        if (entry.subject() != null) {
            Span subject = new Span(entry.subject());
            subject.addClassName("fc-muted");
            cell.add(subject);
        }
        if (entry.marker() != null) {
            Span marker = new Span(getTranslation("record.marker." + entry.marker()));
            marker.addClassName("fc-record-marker");
            marker.getElement().setAttribute("data-marker", entry.marker());
            cell.add(marker);
        }
        cell.addClassName("fc-record-what");
        return cell;
    }

    private Component change(RecordEntry entry) {
        Div cell = new Div();
        cell.addClassName("fc-record-change");
        if (entry.valuesHidden()) {
            Span hidden = new Span(getTranslation("record.valuesHidden"));
            hidden.addClassName("fc-muted");
            cell.add(hidden);
        }
        if (entry.oldValue() != null) {
            Span old = new Span(entry.oldValue());
            old.addClassName("fc-record-old");
            cell.add(old, new Span(" → "));
        }
        if (entry.newValue() != null) {
            Span now = new Span(entry.newValue());
            now.addClassName("fc-record-new");
            cell.add(now);
        }
        if (entry.reason() != null) {
            Paragraph reason = new Paragraph(getTranslation("record.reason", entry.reason()));
            reason.addClassName("fc-record-reason");
            cell.add(reason);
        }
        return cell;
    }

    /** The action in words; an action without words yet shows as recorded. */
    private String action(String action) {
        String key = "audit.action." + action;
        String words = getTranslation(key);
        return words.startsWith("!") || words.equals(key) ? action : words;
    }

    private void refresh() {
        RecordFilter filter = filter();
        int total = evaluations.recordCount(id, filter);
        count.setText(getTranslation("record.count", total));
        count.setId("record-count");
        grid.setItems(query -> evaluations.record(id, filter, query.getOffset(), query.getLimit()).stream(),
                query -> evaluations.recordCount(id, filter));
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
