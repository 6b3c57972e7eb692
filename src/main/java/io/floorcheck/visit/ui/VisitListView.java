package io.floorcheck.visit.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import io.floorcheck.base.RuleViolation;
import io.floorcheck.evaluation.Candidate;
import io.floorcheck.evaluation.EvaluationStatus;
import io.floorcheck.vendor.VendorSite;
import io.floorcheck.visit.VisitBoard;
import io.floorcheck.visit.VisitPlan;
import io.floorcheck.visit.VisitService;
import io.floorcheck.visit.VisitSummary;
import jakarta.annotation.security.PermitAll;

/** The visits of one evaluation; its lead plans them here. */
@Route("evaluations/visits")
@PermitAll
class VisitListView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient VisitService visits;
    private long evaluationId;
    private String title = "";

    VisitListView(VisitService visits) {
        this.visits = visits;
        addClassName("fc-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        evaluationId = id;
        render();
    }

    private void render() {
        removeAll();
        VisitBoard board = visits.board(evaluationId);
        title = getTranslation("visits.title", board.evaluationName());
        H1 heading = new H1(title);
        heading.setId("visits-title");
        Button back = new Button(getTranslation("evaluations.overview"), VaadinIcon.ARROW_LEFT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("evaluations/view/" + evaluationId)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(back);
        actions.addClassName("fc-actions");
        if (board.iLead() && (board.status() == EvaluationStatus.DRAFT || board.status() == EvaluationStatus.OPEN)) {
            Button plan = new Button(getTranslation("visits.plan"), VaadinIcon.PLUS.create(), e -> plan(board));
            plan.setId("visit-plan");
            plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.addComponentAsFirst(plan);
        }
        add(heading, actions);
        if (board.visits().isEmpty()) {
            add(new Paragraph(getTranslation("visits.none")));
            return;
        }
        Grid<VisitSummary> grid = new Grid<>();
        grid.setId("visit-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(VisitSummary::vendorName).setHeader(getTranslation("visits.column.vendor")).setAutoWidth(true);
        grid.addColumn(VisitSummary::siteCity).setHeader(getTranslation("visits.column.site")).setAutoWidth(true);
        grid.addColumn(v -> VisitFormat.shortWhen(v.startsAt(), v.siteZone(), getLocale()))
                .setHeader(getTranslation("visits.column.when")).setFlexGrow(2);
        grid.addComponentColumn(v -> VisitFormat.status(v.status())).setHeader(getTranslation("visits.column.status"))
                .setAutoWidth(true);
        grid.addColumn(v -> String.join(", ", v.attendees())).setHeader(getTranslation("visits.column.attendees"))
                .setFlexGrow(2);
        grid.setItems(board.visits());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(VisitView.class, e.getItem().id())));
        add(grid);
    }

    private void plan(VisitBoard board) {
        Dialog dialog = new Dialog();
        dialog.setId("visit-plan-dialog");
        dialog.setHeaderTitle(getTranslation("visits.plan"));
        Select<Candidate> vendor = new Select<>();
        vendor.setId("visit-vendor");
        vendor.setLabel(getTranslation("visits.column.vendor"));
        vendor.setItems(board.candidates());
        vendor.setItemLabelGenerator(Candidate::name);
        Select<VendorSite> site = new Select<>();
        site.setId("visit-site");
        site.setLabel(getTranslation("visits.column.site"));
        site.setItemLabelGenerator(s -> s.city() + ", " + s.country() + " (" + s.timeZone() + ")");
        vendor.addValueChangeListener(e -> {
            List<VendorSite> sites = e.getValue() == null ? List.of() : e.getValue().vendor().sites();
            site.setItems(sites);
            if (sites.size() == 1) {
                site.setValue(sites.getFirst());
            }
        });
        DateTimePicker when = new DateTimePicker(getTranslation("visits.field.when"));
        when.setId("visit-when");
        when.setHelperText(getTranslation("visits.field.whenHelp"));
        TextArea notes = new TextArea(getTranslation("visits.field.notes"));
        notes.setWidthFull();
        dialog.add(new Div(vendor, site), when, notes);
        Button save = new Button(getTranslation("visits.planSave"), e -> {
            if (vendor.getValue() == null || site.getValue() == null) {
                site.setInvalid(true);
                site.setErrorMessage(getTranslation("visits.error.siteMissing"));
                return;
            }
            try {
                long id = visits.plan(evaluationId, new VisitPlan(vendor.getValue().id(), site.getValue().id(),
                        when.getValue(), notes.getValue()));
                getUI().ifPresent(ui -> ui.navigate(VisitView.class, id));
                dialog.close();
            } catch (RuleViolation violation) {
                when.setInvalid(true);
                when.setErrorMessage(getTranslation(violation.messageKey(), violation.arguments()));
            }
        });
        save.setId("visit-plan-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
