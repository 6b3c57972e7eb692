package io.floorcheck.audit.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.floorcheck.audit.AuditEvent;
import io.floorcheck.audit.AuditQuery;
import io.floorcheck.audit.AuditService;
import io.floorcheck.audit.SystemRecordKind;
import io.floorcheck.base.ui.ViewerTime;
import io.floorcheck.base.ui.WhenAndWho;
import io.floorcheck.security.Roles;
import jakarta.annotation.security.RolesAllowed;

/**
 * The administrators' audit trail: sign-ins (with the address they came from), refusals, user
 * changes and the rubric library, outside any evaluation; newest first, filtered by person, kind
 * and days, paged in the database. What happens inside an evaluation is in its Record.
 */
@Route("audit")
@Menu(order = 95, icon = "vaadin:records", title = "Audit")
@RolesAllowed(Roles.ADMIN)
class AuditView extends Main implements HasDynamicTitle {

    private final transient AuditService audit;
    private final Grid<AuditEvent> grid = new Grid<>();
    private final ComboBox<String> person = new ComboBox<>();
    private final Select<SystemRecordKind> kind = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Span count = new Span();
    private final ZoneId zone;

    AuditView(AuditService audit) {
        this.audit = audit;
        this.zone = ViewerTime.zone();
        addClassNames("fc-page", "fc-record");
        H1 heading = new H1(getTranslation("audit.title"));
        heading.setId("audit-title");
        add(heading, new Paragraph(getTranslation("audit.intro", zone.getId())), filters(), count, grid());
        refresh();
    }

    private Div filters() {
        person.setLabel(getTranslation("record.person"));
        person.setId("audit-person");
        person.setItems(audit.systemRecordActors());
        person.setClearButtonVisible(true);
        person.setPlaceholder(getTranslation("record.everyone"));
        kind.setLabel(getTranslation("record.kind"));
        kind.setId("audit-kind");
        kind.setItems(SystemRecordKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("record.allKinds"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("record.allKinds")
                : getTranslation("audit.kind." + k));
        from.setLabel(getTranslation("record.from"));
        from.setClearButtonVisible(true);
        to.setLabel(getTranslation("record.to"));
        to.setClearButtonVisible(true);
        person.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        Div row = new Div(person, kind, from, to);
        row.addClassName("fc-record-filters");
        return row;
    }

    private AuditQuery query() {
        LocalDate first = from.getValue();
        LocalDate last = to.getValue();
        return new AuditQuery(person.getValue(), kind.getValue() == null ? Set.of() : kind.getValue().actions(),
                first == null ? null : first.atStartOfDay(zone).toInstant(),
                last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant());
    }

    private Grid<AuditEvent> grid() {
        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(e -> new WhenAndWho(ViewerTime.dateTime(e.occurredAt(), zone, getLocale()), e.actor()))
                .setHeader(getTranslation("record.whenWho")).setWidth("12rem").setFlexGrow(0);
        grid.addComponentColumn(this::what).setHeader(getTranslation("record.what")).setWidth("11rem").setFlexGrow(1);
        grid.addComponentColumn(this::change).setHeader(getTranslation("record.change")).setWidth("14rem")
                .setFlexGrow(3);
        grid.setPageSize(50);
        grid.setHeight("36rem");
        return grid;
    }

    private Component what(AuditEvent event) {
        Div cell = new Div(new Span(action(event.action())));
        if (event.entityType() != null) {
            Span subject = new Span(event.entityType() + " " + (event.entityId() == null ? "" : event.entityId()));
            subject.addClassName("fc-muted");
            cell.add(subject);
        }
        if (event.clientAddress() != null) {
            Span address = new Span(getTranslation("audit.address", event.clientAddress()));
            address.addClassName("fc-muted");
            cell.add(address);
        }
        cell.addClassName("fc-record-what");
        return cell;
    }

    private Component change(AuditEvent event) {
        Div cell = new Div();
        cell.addClassName("fc-record-change");
        if (event.oldValue() != null) {
            cell.add(new Span(event.oldValue()), new Span(" → "));
        }
        if (event.newValue() != null) {
            cell.add(new Span(event.newValue()));
        }
        if (event.reason() != null) {
            Paragraph reason = new Paragraph(getTranslation("record.reason", event.reason()));
            reason.addClassName("fc-record-reason");
            cell.add(reason);
        }
        return cell;
    }

    private String action(String action) {
        String key = "audit.action." + action;
        String words = getTranslation(key);
        return words.startsWith("!") || words.equals(key) ? action : words;
    }

    private void refresh() {
        AuditQuery query = query();
        count.setText(getTranslation("record.count", audit.systemRecordCount(query)));
        count.setId("audit-count");
        grid.setItems(q -> audit.systemRecord(query, q.getOffset(), q.getLimit()).stream(),
                q -> audit.systemRecordCount(query));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · " + getTranslation("app.name");
    }
}
