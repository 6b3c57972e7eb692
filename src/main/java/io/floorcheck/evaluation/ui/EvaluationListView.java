package io.floorcheck.evaluation.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.floorcheck.base.RuleViolation;
import io.floorcheck.evaluation.EvaluationDraft;
import io.floorcheck.evaluation.EvaluationService;
import io.floorcheck.evaluation.EvaluationSummary;
import io.floorcheck.security.Roles;
import jakarta.annotation.security.PermitAll;

/** The evaluations the user may see: their own, or all of them for an administrator. */
@Route("evaluations")
@Menu(order = 10, icon = "vaadin:scale", title = "Evaluations")
@PermitAll
class EvaluationListView extends Main implements HasDynamicTitle {

    private final transient EvaluationService evaluations;

    EvaluationListView(EvaluationService evaluations, AuthenticationContext authentication) {
        this.evaluations = evaluations;
        addClassName("fc-page");
        add(new H1(getTranslation("evaluations.title")));
        if (authentication.hasAnyRole(Roles.ADMIN, Roles.PROCUREMENT)) {
            Button create = new Button(getTranslation("evaluations.new"), VaadinIcon.PLUS.create(), e -> create());
            create.setId("evaluation-new");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Div actions = new Div(create);
            actions.addClassName("fc-actions");
            add(actions);
        }
        Grid<EvaluationSummary> grid = new Grid<>();
        grid.setId("evaluation-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(EvaluationSummary::name).setHeader(getTranslation("evaluations.column.name")).setFlexGrow(3);
        grid.addComponentColumn(e -> StatusBadge.of(e.status())).setHeader(getTranslation("evaluations.column.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.decisionDate() == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(getLocale()).format(e.decisionDate())).setHeader(getTranslation("evaluations.column.decision"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.myRole() == null ? "" : getTranslation("evaluations.role." + e.myRole()))
                .setHeader(getTranslation("evaluations.column.role")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> getTranslation("evaluations.progress", e.candidates(), e.evaluators(),
                e.declarationsMade(), e.declarationsExpected(), e.visitsCompleted(), e.visits(), e.scorecardsSubmitted(), e.scorecardsExpected()))
                .setHeader(getTranslation("evaluations.column.progress"))
                .setFlexGrow(2);
        grid.setItems(evaluations.visible());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(EvaluationView.class, e.getItem().id())));
        grid.setSizeFull();
        if (grid.getListDataView().getItemCount() == 0) {
            add(new Paragraph(getTranslation("evaluations.none")));
        }
        add(grid);
    }

    private void create() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("evaluations.new"));
        TextField name = new TextField(getTranslation("evaluations.field.name"));
        name.setId("evaluation-new-name");
        name.setWidthFull();
        name.setPlaceholder(getTranslation("evaluations.field.namePlaceholder"));
        Span hint = new Span(getTranslation("evaluations.newHint"));
        hint.addClassName("fc-muted");
        dialog.add(name, hint);
        Button create = new Button(getTranslation("evaluations.create"), e -> {
            try {
                EvaluationDraft defaults = evaluations.newDraft();
                long id = evaluations.create(new EvaluationDraft(name.getValue(), null, null, defaults.visitRubricId(),
                        defaults.recommendationRubricId(), defaults.sessionRubricId(), defaults.weights()));
                getUI().ifPresent(ui -> ui.navigate(EvaluationSetupView.class, id));
                dialog.close();
            } catch (RuleViolation violation) {
                name.setInvalid(true);
                name.setErrorMessage(getTranslation(violation.messageKey(), violation.arguments()));
            }
        });
        create.setId("evaluation-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), create);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("evaluations.title") + " · " + getTranslation("app.name");
    }
}
