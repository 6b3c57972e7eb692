package io.floorcheck.rubric.ui;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.floorcheck.base.RuleViolation;
import io.floorcheck.rubric.RubricAuthoring;
import io.floorcheck.rubric.RubricChange;
import io.floorcheck.rubric.RubricService;
import io.floorcheck.rubric.RubricSummary;
import io.floorcheck.rubric.VersionStatus;
import io.floorcheck.rubric.VersionSummary;
import io.floorcheck.security.Roles;
import jakarta.annotation.security.PermitAll;

/**
 * Every version of a rubric, and what changed between any two of them: added, removed and
 * changed sections and criteria, with weights before and after.
 */
@Route("rubrics/history")
@PermitAll
class RubricHistoryView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient RubricService rubrics;
    private final transient RubricAuthoring authoring;
    private final boolean mayEdit;
    private final Div changes = new Div();
    private String name = "";

    RubricHistoryView(RubricService rubrics, RubricAuthoring authoring, AuthenticationContext authentication) {
        this.rubrics = rubrics;
        this.authoring = authoring;
        this.mayEdit = authentication.hasAnyRole(Roles.ADMIN, Roles.PROCUREMENT);
        addClassName("fc-page");
        changes.setId("rubric-diff");
    }

    @Override
    public void setParameter(BeforeEvent event, Long rubricId) {
        RubricSummary rubric = rubrics.library().stream().filter(r -> r.id() == rubricId).findFirst()
                .orElseThrow(() -> new RuleViolation("rubrics.error.versionNotFound"));
        name = rubric.name();
        render(rubricId);
    }

    private void render(long rubricId) {
        removeAll();
        List<VersionSummary> versions = rubrics.history(rubricId);
        boolean draftExists = versions.stream().anyMatch(v -> v.status() == VersionStatus.DRAFT);
        Grid<VersionSummary> grid = new Grid<>();
        grid.setId("version-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(v -> getTranslation("rubrics.versionLabel", v.number()))
                .setHeader(getTranslation("history.version")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(v -> getTranslation("rubrics.status." + v.status())).setHeader(getTranslation("history.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(v -> v.publishedAt() == null ? "" : date(v.publishedAt()))
                .setHeader(getTranslation("history.published")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(v -> v.changeNote() == null ? "" : v.changeNote()).setHeader(getTranslation("history.note"))
                .setFlexGrow(1);
        grid.addComponentColumn(v -> actions(rubricId, v, draftExists)).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(versions);
        add(new H1(name), new Paragraph(getTranslation("history.intro")), grid);
        if (versions.size() >= 2) {
            add(comparison(versions));
        }
    }

    private Div actions(long rubricId, VersionSummary version, boolean draftExists) {
        Div actions = new Div();
        actions.addClassName("fc-row-actions");
        actions.add(button(getTranslation("rubrics.read"),
                () -> getUI().ifPresent(ui -> ui.navigate(RubricVersionView.class, version.id()))));
        if (!mayEdit) {
            return actions;
        }
        if (version.status() == VersionStatus.DRAFT) {
            actions.add(button(getTranslation("rubrics.continueDraft", version.number()),
                    () -> getUI().ifPresent(ui -> ui.navigate(RubricEditorView.class, version.id()))));
        } else if (!draftExists) {
            actions.add(button(getTranslation("history.newFrom"), () -> {
                long draft = authoring.startDraft(version.id());
                getUI().ifPresent(ui -> ui.navigate(RubricEditorView.class, draft));
            }));
        }
        if (version.status() == VersionStatus.PUBLISHED) {
            actions.add(button(getTranslation("history.retire"), () -> {
                ConfirmDialog confirm = new ConfirmDialog(getTranslation("history.retireTitle", version.number()),
                        getTranslation("history.retireText"), getTranslation("history.retire"), yes -> {
                            authoring.retire(version.id());
                            render(rubricId);
                        });
                confirm.setCancelable(true);
                confirm.setCancelText(getTranslation("action.cancel"));
                confirm.open();
            }));
        }
        return actions;
    }

    private Div comparison(List<VersionSummary> versions) {
        Select<VersionSummary> from = versionSelect("history.from", versions);
        Select<VersionSummary> to = versionSelect("history.to", versions);
        from.setId("diff-from");
        to.setId("diff-to");
        to.setValue(versions.getFirst());
        from.setValue(versions.get(1));
        from.addValueChangeListener(e -> showChanges(from.getValue(), to.getValue()));
        to.addValueChangeListener(e -> showChanges(from.getValue(), to.getValue()));
        Div pickers = new Div(from, to);
        pickers.addClassName("fc-edit-row");
        Div card = new Div(new H2(getTranslation("history.compare")), pickers, changes);
        card.addClassName("fc-card");
        showChanges(from.getValue(), to.getValue());
        return card;
    }

    private Select<VersionSummary> versionSelect(String labelKey, List<VersionSummary> versions) {
        Select<VersionSummary> select = new Select<>();
        select.setLabel(getTranslation(labelKey));
        select.setWidth("17rem");
        select.setItems(versions);
        select.setItemLabelGenerator(v -> getTranslation("rubrics.versionLabel", v.number()) + " · "
                + getTranslation("rubrics.status." + v.status()));
        return select;
    }

    private void showChanges(VersionSummary from, VersionSummary to) {
        changes.removeAll();
        if (from == null || to == null) {
            return;
        }
        List<RubricChange> diff = rubrics.diff(from.id(), to.id());
        if (diff.isEmpty()) {
            changes.add(new Paragraph(getTranslation("history.same")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("fc-diff");
        diff.forEach(change -> list.add(item(change)));
        changes.add(list);
    }

    private ListItem item(RubricChange change) {
        Span kind = new Span(getTranslation("history.kind." + change.kind()));
        kind.addClassName("fc-diff-kind");
        kind.getElement().setAttribute("data-kind", change.kind().name());
        String what = change.target() == RubricChange.Target.VERSION ? getTranslation("history.target.VERSION")
                : getTranslation("history.target." + change.target(), change.code(), change.title());
        ListItem item = new ListItem(kind, new Span(what));
        if (!change.fields().isEmpty()) {
            UnorderedList fields = new UnorderedList();
            change.fields().forEach(field -> fields.add(new ListItem(getTranslation("history.field",
                    getTranslation("history.field." + field.field()), shown(field.before()), shown(field.after())))));
            item.add(fields);
        }
        return item;
    }

    private String shown(String value) {
        return value == null ? getTranslation("history.empty") : value;
    }

    private String date(java.time.Instant instant) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .format(instant.atZone(ZoneOffset.UTC));
    }

    private static Button button(String text, Runnable action) {
        Button button = new Button(text, click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("history.pageTitle", name) + " · " + getTranslation("app.name");
    }
}
