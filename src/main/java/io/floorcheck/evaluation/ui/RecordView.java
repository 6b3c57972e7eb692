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
import io.floorcheck.base.ui.RecordCells;
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
    private final DatePicker from = RecordCells.day("", "record-from");
    private final DatePicker to = RecordCells.day("", "record-to");
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
        from.setLabel(getTranslation("record.from"));
        to.setLabel(getTranslation("record.to"));
        return RecordCells.filters(person, kind, from, to, csv);
    }

    private RecordFilter filter() {
        RecordPerson who = person.getValue();
        return new RecordFilter(who == null ? null : who.login(), kind.getValue(), from.getValue(), to.getValue(), zone);
    }

    private Grid<RecordEntry> grid() {
        grid.setId("record-grid");
        RecordCells.columns(grid, headers(),
                e -> RecordCells.whenWho(ViewerTime.dateTime(e.at(), zone, getLocale()), e.actorName()),
                this::what,
                e -> RecordCells.change(e.oldValue(), e.newValue(),
                        e.reason() == null ? null : getTranslation("record.reason", e.reason()),
                        e.valuesHidden() ? getTranslation("record.valuesHidden") : null));
        return grid;
    }

    private String[] headers() {
        return new String[] {getTranslation("record.whenWho"), getTranslation("record.what"),
                getTranslation("record.change")};
    }

    private Component what(RecordEntry entry) {
        String key = "audit.action." + entry.action();
        Div cell = RecordCells.what(RecordCells.actionWords(entry.action(), getTranslation(key), key),
                entry.subject());
        if (entry.marker() != null) {
            Span marker = new Span(getTranslation("record.marker." + entry.marker()));
            marker.addClassName("fc-record-marker");
            marker.getElement().setAttribute("data-marker", entry.marker());
            cell.add(marker);
        }
        return cell;
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
