package io.floorcheck.audit.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
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
import io.floorcheck.base.ui.RecordCells;
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
    private final DatePicker from = RecordCells.day("", "audit-from");
    private final DatePicker to = RecordCells.day("", "audit-to");
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
        to.setLabel(getTranslation("record.to"));
        person.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        return RecordCells.filters(person, kind, from, to);
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
        RecordCells.columns(grid, new String[] {getTranslation("record.whenWho"), getTranslation("record.what"),
                getTranslation("record.change")},
                e -> RecordCells.whenWho(ViewerTime.dateTime(e.occurredAt(), zone, getLocale()), e.actor()),
                this::what,
                e -> RecordCells.change(e.oldValue(), e.newValue(),
                        e.reason() == null ? null : getTranslation("record.reason", e.reason()), null));
        return grid;
    }

    private Component what(AuditEvent event) {
        String key = "audit.action." + event.action();
        return RecordCells.what(RecordCells.actionWords(event.action(), getTranslation(key), key),
                event.entityType() == null ? null
                        : event.entityType() + " " + (event.entityId() == null ? "" : event.entityId()),
                event.clientAddress() == null ? null : getTranslation("audit.address", event.clientAddress()));
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
