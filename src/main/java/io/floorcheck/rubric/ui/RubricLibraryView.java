package io.floorcheck.rubric.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.floorcheck.rubric.RubricAuthoring;
import io.floorcheck.rubric.RubricService;
import io.floorcheck.rubric.RubricSummary;
import io.floorcheck.security.Roles;
import jakarta.annotation.security.PermitAll;

/**
 * The rubric library: every rubric, what it scores, its latest published version to read and
 * its history. Procurement and administrators also start rubrics, import them and prepare
 * new versions here.
 */
@Route("rubrics")
@Menu(order = 20, icon = "vaadin:clipboard-check", title = "Rubrics")
@PermitAll
class RubricLibraryView extends Main implements HasDynamicTitle {

    private final transient RubricAuthoring authoring;
    private final boolean mayEdit;

    RubricLibraryView(RubricService rubrics, RubricAuthoring authoring, AuthenticationContext authentication) {
        this.authoring = authoring;
        this.mayEdit = authentication.hasAnyRole(Roles.ADMIN, Roles.PROCUREMENT);
        addClassName("fc-page");
        Grid<RubricSummary> grid = new Grid<>();
        grid.setId("rubric-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // What a rubric scores sits under its name, so the grid fits a tablet beside the menu.
        grid.addComponentColumn(this::nameCell).setHeader(getTranslation("rubrics.column.name")).setFlexGrow(1)
                .setWidth("14rem");
        grid.addColumn(this::latestLabel).setHeader(getTranslation("rubrics.column.latest")).setWidth("10rem")
                .setFlexGrow(0);
        grid.addColumn(rubric -> getTranslation("rubrics.used", rubric.evaluations()))
                .setHeader(getTranslation("rubrics.column.used")).setWidth("8rem").setFlexGrow(0);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(rubrics.library());
        grid.setSizeFull();
        add(new H1(getTranslation("rubrics.title")), new Paragraph(getTranslation("rubrics.intro")));
        if (mayEdit) {
            Button create = new Button(getTranslation("rubrics.new"), VaadinIcon.PLUS.create(),
                    click -> new NewRubricDialog(authoring).open());
            create.setId("new-rubric");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button importCsv = new Button(getTranslation("rubrics.importNew"), VaadinIcon.UPLOAD_ALT.create(),
                    click -> new ImportDialog(getTranslation("rubrics.importNew"),
                            getTranslation("rubrics.importNewIntro"), true, authoring::importAsNew).open());
            importCsv.setId("import-rubric");
            Div toolbar = new Div(create, importCsv);
            toolbar.addClassName("fc-actions");
            add(toolbar);
        }
        add(grid);
    }

    private Div nameCell(RubricSummary rubric) {
        Span name = new Span(rubric.name());
        name.addClassName("fc-strong");
        Span purpose = new Span(getTranslation("rubrics.purpose." + rubric.purpose()));
        purpose.addClassName("fc-tag");
        Span description = new Span(rubric.description() == null ? "" : rubric.description());
        description.addClassName("fc-muted");
        Div cell = new Div(name, purpose, description);
        cell.addClassName("fc-rubric-cell");
        return cell;
    }

    private String latestLabel(RubricSummary rubric) {
        String published = rubric.latestPublishedNumber() == null ? getTranslation("rubrics.noPublished")
                : getTranslation("rubrics.versionLabel", rubric.latestPublishedNumber());
        return rubric.draftNumber() == null ? published
                : published + " · " + getTranslation("rubrics.draftInProgress", rubric.draftNumber());
    }

    private Div actions(RubricSummary rubric) {
        Div actions = new Div();
        actions.addClassName("fc-row-actions");
        if (rubric.latestPublishedVersionId() != null) {
            actions.add(link(getTranslation("rubrics.read"), () -> getUI().ifPresent(ui ->
                    ui.navigate(RubricVersionView.class, rubric.latestPublishedVersionId()))));
        }
        actions.add(link(getTranslation("rubrics.history"), () -> getUI().ifPresent(ui ->
                ui.navigate(RubricHistoryView.class, rubric.id()))));
        if (mayEdit && rubric.draftVersionId() != null) {
            Button edit = link(getTranslation("rubrics.continueDraft", rubric.draftNumber()), () -> getUI()
                    .ifPresent(ui -> ui.navigate(RubricEditorView.class, rubric.draftVersionId())));
            edit.setId("edit-draft-" + rubric.id());
            actions.add(edit);
        } else if (mayEdit && rubric.latestPublishedVersionId() != null) {
            Button next = link(getTranslation("rubrics.newVersion"), () -> {
                long draft = authoring.startDraft(rubric.latestPublishedVersionId());
                getUI().ifPresent(ui -> ui.navigate(RubricEditorView.class, draft));
            });
            next.setId("new-version-" + rubric.id());
            actions.add(next);
        }
        return actions;
    }

    private static Button link(String text, Runnable action) {
        Button button = new Button(text, click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rubrics.title") + " · " + getTranslation("app.name");
    }
}
