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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.floorcheck.rubric.RubricService;
import io.floorcheck.rubric.RubricSummary;
import jakarta.annotation.security.PermitAll;

/** The rubric library: every rubric, what it scores, and its latest published version to read. */
@Route("rubrics")
@Menu(order = 20, icon = "vaadin:clipboard-check", title = "Rubrics")
@PermitAll
class RubricLibraryView extends Main implements HasDynamicTitle {

    RubricLibraryView(RubricService rubrics) {
        addClassName("fc-page");
        Grid<RubricSummary> grid = new Grid<>();
        grid.setId("rubric-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::nameCell).setHeader(getTranslation("rubrics.column.name")).setFlexGrow(4);
        grid.addColumn(rubric -> getTranslation("rubrics.purpose." + rubric.purpose()))
                .setHeader(getTranslation("rubrics.column.purpose")).setFlexGrow(1);
        grid.addColumn(this::latestLabel).setHeader(getTranslation("rubrics.column.latest")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::openButton).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(rubrics.library());
        grid.setSizeFull();
        add(new H1(getTranslation("rubrics.title")), new Paragraph(getTranslation("rubrics.intro")), grid);
    }

    private Div nameCell(RubricSummary rubric) {
        Span name = new Span(rubric.name());
        name.addClassName("fc-strong");
        Span description = new Span(rubric.description() == null ? "" : rubric.description());
        description.addClassName("fc-muted");
        Div cell = new Div(name, description);
        cell.addClassName("fc-rubric-cell");
        return cell;
    }

    private String latestLabel(RubricSummary rubric) {
        return rubric.latestPublishedNumber() == null ? getTranslation("rubrics.noPublished")
                : getTranslation("rubrics.versionLabel", rubric.latestPublishedNumber());
    }

    private Button openButton(RubricSummary rubric) {
        Button open = new Button(getTranslation("rubrics.read"), event -> getUI().ifPresent(ui ->
                ui.navigate(RubricVersionView.class, rubric.latestPublishedVersionId())));
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        open.setEnabled(rubric.latestPublishedVersionId() != null);
        return open;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rubrics.title") + " · " + getTranslation("app.name");
    }
}
