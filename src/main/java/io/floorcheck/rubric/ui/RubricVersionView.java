package io.floorcheck.rubric.ui;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.floorcheck.rubric.Criterion;
import io.floorcheck.rubric.EvidenceRule;
import io.floorcheck.rubric.Level;
import io.floorcheck.rubric.RubricCsv;
import io.floorcheck.rubric.RubricSection;
import io.floorcheck.rubric.RubricAuthoring;
import io.floorcheck.rubric.RubricService;
import io.floorcheck.rubric.RubricSummary;
import io.floorcheck.rubric.RubricVersion;
import io.floorcheck.rubric.VersionStatus;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.floorcheck.security.Roles;
import jakarta.annotation.security.PermitAll;

/**
 * A rubric version exactly as an evaluator will see it: every section, criterion, gate and
 * level descriptor, with the weights behind the total. Printable, so a team can review it on
 * paper before its visits.
 */
@Route("rubrics/version")
@PermitAll
class RubricVersionView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient RubricService rubrics;
    private final transient RubricAuthoring authoring;
    private final boolean mayEdit;
    private String title = "";

    RubricVersionView(RubricService rubrics, RubricAuthoring authoring, AuthenticationContext authentication) {
        this.rubrics = rubrics;
        this.authoring = authoring;
        this.mayEdit = authentication.hasAnyRole(Roles.ADMIN, Roles.PROCUREMENT);
        addClassName("fc-page");
        addClassName("fc-rubric");
    }

    @Override
    public void setParameter(BeforeEvent event, Long versionId) {
        removeAll();
        RubricVersion version = rubrics.version(versionId);
        title = version.rubricName();
        // Print and export are actions for the screen only.
        Button print = new Button(getTranslation("rubrics.print"), VaadinIcon.PRINT.create(),
                click -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Anchor export = new Anchor(DownloadHandler.fromInputStream(download -> {
            byte[] csv = RubricCsv.export(version);
            return new DownloadResponse(new ByteArrayInputStream(csv), RubricCsv.fileName(version),
                    "text/csv; charset=UTF-8", csv.length);
        }), AttachmentType.DOWNLOAD, getTranslation("rubrics.exportCsv"));
        export.setId("rubric-export");
        export.addComponentAsFirst(VaadinIcon.DOWNLOAD_ALT.create());
        export.addClassName("fc-action-link");
        Button history = new Button(getTranslation("rubrics.history"), VaadinIcon.TIME_BACKWARD.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(RubricHistoryView.class, version.rubricId())));
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div();
        if (mayEdit) {
            actions.add(editAction(version));
        }
        actions.add(print, export, history);
        actions.addClassNames("fc-actions", "fc-no-print");
        H1 heading = new H1(version.rubricName());
        heading.setId("rubric-title");
        add(heading, new Paragraph(versionLine(version)), actions);
        if (version.isDraft()) {
            Paragraph draft = new Paragraph(getTranslation("rubrics.draftNotice"));
            draft.addClassNames("fc-notice", "fc-no-print");
            add(draft);
        }
        if (version.scaleGuidance() != null) {
            add(card("rubric-scale", new H2(getTranslation("rubrics.scale")), new Paragraph(version.scaleGuidance()),
                    new Paragraph(evidenceLine(version.evidenceRule()))));
        }
        version.sections().forEach(section -> add(section(section)));
    }

    /** Drafts go back to the editor; a published version is changed only by a new version copied from it. */
    private Button editAction(RubricVersion version) {
        Button edit;
        if (version.isDraft()) {
            edit = new Button(getTranslation("rubrics.backToEditor"), VaadinIcon.EDIT.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(RubricEditorView.class, version.id())));
        } else {
            RubricSummary rubric = rubrics.library().stream().filter(r -> r.id() == version.rubricId()).findFirst()
                    .orElseThrow();
            Long draft = rubric.draftVersionId();
            edit = draft != null
                    ? new Button(getTranslation("rubrics.continueDraft", rubric.draftNumber()),
                            VaadinIcon.EDIT.create(),
                            click -> getUI().ifPresent(ui -> ui.navigate(RubricEditorView.class, draft)))
                    : new Button(getTranslation("rubrics.newVersion"), VaadinIcon.EDIT.create(), click -> {
                        long started = authoring.startDraft(version.id());
                        getUI().ifPresent(ui -> ui.navigate(RubricEditorView.class, started));
                    });
        }
        edit.setId("rubric-edit");
        edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return edit;
    }

    private String versionLine(RubricVersion version) {
        String status = version.status() == VersionStatus.PUBLISHED && version.publishedAt() != null
                ? getTranslation("rubrics.publishedOn", DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(getLocale()).format(version.publishedAt().atZone(ZoneOffset.UTC)))
                : getTranslation("rubrics.status." + version.status());
        return getTranslation("rubrics.purpose." + version.purpose()) + " · "
                + getTranslation("rubrics.versionLabel", version.number()) + " · " + status;
    }

    private String evidenceLine(EvidenceRule rule) {
        return io.floorcheck.base.ui.EvidenceRuleText.of(this, rule.atMost(), rule.atLeast());
    }

    private Div section(RubricSection section) {
        Div card = card(null, new H2(section.code().matches("\\d+") ? section.code() + " · " + section.title()
                : section.title()));
        card.addClassName("fc-rubric-section");
        Span weight = new Span(section.weight() == null ? getTranslation("rubrics.section.gates")
                : getTranslation("rubrics.section.weight", plain(section.weight())));
        weight.addClassName("fc-weight");
        card.add(weight);
        if (section.guidance() != null) {
            card.add(new Paragraph(section.guidance()));
        }
        if (!section.levels().isEmpty()) {
            card.add(new H3(getTranslation("rubrics.section.levels")), levels(section.levels()));
        }
        section.criteria().forEach(criterion -> card.add(criterion(section, criterion)));
        return card;
    }

    private Div criterion(RubricSection section, Criterion criterion) {
        Span code = new Span(criterion.code());
        code.addClassName("fc-code");
        Div head = new Div(code, new Span(criterion.title()));
        head.addClassName("fc-criterion-head");
        Div box = new Div(head);
        box.addClassName("fc-criterion");
        if (criterion.guidance() != null) {
            Paragraph guidance = new Paragraph(criterion.guidance());
            guidance.addClassName("fc-muted");
            box.add(guidance);
        }
        if (criterion.gate()) {
            box.add(new Paragraph(getTranslation("rubrics.gate.passes", criterion.passCondition())));
        } else {
            Span facts = new Span(getTranslation("rubrics.criterion.facts", criterion.scaleMin(), criterion.scaleMax(),
                    plain(section.shareOfTotal(criterion)),
                    getTranslation(criterion.naAllowed() ? "rubrics.criterion.na" : "rubrics.criterion.noNa")));
            facts.addClassName("fc-weight");
            box.add(facts);
            if (criterion.upsellMinimum()) {
                Span upsell = new Span(getTranslation("rubrics.criterion.upsellMinimum", criterion.scaleMin()));
                upsell.addClassName("fc-weight");
                box.add(upsell);
            }
            if (!criterion.levels().isEmpty()) {
                box.add(levels(section.descriptorsFor(criterion)));
            }
        }
        return box;
    }

    private Div levels(List<Level> levels) {
        Div table = new Div();
        table.addClassName("fc-levels");
        levels.forEach(level -> {
            Span score = new Span(String.valueOf(level.score()));
            score.addClassName("fc-level-score");
            Div row = new Div(score, new Span(level.descriptor()));
            row.addClassName("fc-level");
            table.add(row);
        });
        return table;
    }

    private static Div card(String id, com.vaadin.flow.component.Component... content) {
        Div card = new Div(content);
        card.addClassName("fc-card");
        if (id != null) {
            card.setId(id);
        }
        return card;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
